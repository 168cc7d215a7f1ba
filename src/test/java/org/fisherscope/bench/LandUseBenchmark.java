package org.fisherscope.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.Percolation;
import org.fisherscope.landuse.SyntheticLandscape;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The land-use pipeline on the shipped 1558 × 1113 × 8 sample (decoding, counts, transitions,
 * percolation, box counting, chain, trajectory), and the percolation labelling alone on one year's
 * Built mask (divide the cells, 1.73 M, by the time for the rate in pixels/s).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LandUseBenchmark {

    private final int[] years = new int[SyntheticLandscape.YEARS];
    private final List<LandUseAnalysis.YearRaster> rasters = new ArrayList<>();
    private boolean[] mask;

    @Setup
    public void prepare() {
        System.setProperty("java.awt.headless", "true");
        for (int y = 0; y < years.length; y++) {
            years[y] = SyntheticLandscape.FIRST_YEAR + y;
            Path file = Path.of("sample-data/landuse/synthetic_lulc_" + years[y] + ".tif");
            rasters.add(() -> TiffRasterSource.open(file));
        }
        Random random = new Random(1);
        mask = new boolean[SyntheticLandscape.ROWS * SyntheticLandscape.COLUMNS];
        for (int i = 0; i < mask.length; i++) {
            // Near the square lattice's percolation threshold, where clusters are hardest to label.
            mask[i] = random.nextDouble() < 0.59;
        }
    }

    @Benchmark
    public LandUseAnalysis.Result wholePipelineOnTheSample() throws Exception {
        return LandUseAnalysis.run(years, rasters, Legend.esri(), () -> false);
    }

    @Benchmark
    public Percolation.Result percolationAtThreshold() {
        return Percolation.of(mask, SyntheticLandscape.ROWS, SyntheticLandscape.COLUMNS, () -> false);
    }
}
