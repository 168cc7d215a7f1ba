package org.fisherscope.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.RasterSource;
import org.junit.jupiter.api.Test;

class LandUseAnalysisTest {

    /** A map held in memory, for tests. */
    private static LandUseAnalysis.YearRaster raster(int rows, int columns, int[] codes) {
        return () -> new RasterSource() {
            @Override
            public int width() {
                return columns;
            }

            @Override
            public int height() {
                return rows;
            }

            @Override
            public void readRow(int row, int[] out) {
                System.arraycopy(codes, row * columns, out, 0, columns);
            }

            @Override
            public Optional<GeoTransform> geoTransform() {
                return Optional.empty();
            }

            @Override
            public String name() {
                return "memory " + rows + "×" + columns;
            }

            @Override
            public void close() {
            }
        };
    }

    @Test
    void builtRetentionHasTheWilsonInterval() throws Exception {
        int[] before = new int[200];
        int[] after = new int[200];
        for (int i = 0; i < 200; i++) {
            before[i] = i < 100 ? 7 : 5;
            after[i] = i < 96 ? 7 : i < 100 ? 8 : 5;
        }
        LandUseAnalysis.Result r = LandUseAnalysis.run(new int[] {2017, 2018},
                List.of(raster(10, 20, before), raster(10, 20, after)), Legend.esri(), () -> false);
        LandUseAnalysis.Retention retention = r.retention().get(0);
        assertEquals(100, retention.n());
        assertEquals(0.96, retention.retention(), 1e-15);
        // Wilson score interval for 96/100 at 95 %, from scipy's binomtest(96, 100).proportion_ci('wilson').
        assertEquals(0.9016292856411208, retention.lower(), 1e-12);
        assertEquals(0.9843366960084523, retention.upper(), 1e-12);
        assertEquals(0.96, r.chain().builtSelfRetention(), 1e-15);
    }

    /** At retention exactly 1 the Wilson band must still contain the estimate (rounding once put it at 1 − 2e-16). */
    @Test
    void theWilsonBandContainsTheEstimateAtTheEnds() {
        Legend legend = Legend.esri();
        int built = legend.markovClasses().indexOf(legend.absorbing());
        int size = legend.markovClasses().size();
        for (long kept : new long[] {0, 37}) {
            long[][] counts = new long[size][size];
            counts[built][built] = kept;
            counts[built][(built + 1) % size] = 37 - kept;
            LandUseAnalysis.Retention r = LandUseAnalysis.retention(2017, 2018, counts, legend);
            assertTrue(r.lower() <= r.retention() && r.retention() <= r.upper(), r.toString());
            assertTrue(r.lower() >= 0 && r.upper() <= 1, r.toString());
        }
    }

    @Test
    void aGridTooSmallForBoxCountingSaysSoInsteadOfNaN() throws Exception {
        for (int side : new int[] {10, 14}) {
            int[] codes = new int[side * side];
            java.util.Arrays.fill(codes, 5);
            for (int r = 2; r < 6; r++) {
                for (int c = 2; c < 6; c++) {
                    codes[r * side + c] = 7;
                }
            }
            LandUseAnalysis.Result r = LandUseAnalysis.run(new int[] {2017, 2018},
                    List.of(raster(side, side, codes), raster(side, side, codes)), Legend.esri(), () -> false);
            LandUseAnalysis.YearResult year = r.perYear().get(0);
            assertNull(year.boundary(), "side " + side);
            assertTrue(year.boundaryReason().contains("16"), year.boundaryReason());
            assertEquals(1, year.percolation().clusters(), "percolation is still measured");
        }
    }

    @Test
    void gridsMustMatchAndYearsMustBeTwoOrMore() {
        assertThrows(InvalidInputException.class, () -> LandUseAnalysis.run(new int[] {2017, 2018},
                List.of(raster(2, 2, new int[] {5, 5, 5, 5}), raster(1, 4, new int[] {5, 5, 5, 5})), Legend.esri(),
                () -> false));
        assertThrows(InvalidInputException.class, () -> LandUseAnalysis.run(new int[] {2017},
                List.of(raster(2, 2, new int[] {5, 5, 5, 5})), Legend.esri(), () -> false));
    }
}
