package org.fisherscope.app.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.GeoTiffWriter;
import org.fisherscope.io.RasterSource;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the Land-use workspace loads: windows, tables, and the refusals that keep the old analysis. */
class LandUseLoaderTest {

    /** Sums of a few hundred counts divided once: the two routes give the same doubles up to rounding. */
    private static final double ROUNDING = 1e-14;

    private final LandUseLoader loader = new LandUseLoader(LandUseLoader.defaultCellBudget());

    @TempDir
    Path dir;

    private LandUseAnalysis.Result analyse(LandUseInput input) throws Exception {
        return loader.load(input, Legend.esri(), () -> false).result();
    }

    /** Every number that a window changes, compared between two analyses. */
    private static void assertSameAnalysis(LandUseAnalysis.Result expected, LandUseAnalysis.Result actual) {
        assertArrayEquals(expected.years(), actual.years());
        for (int y = 0; y < expected.years().length; y++) {
            assertArrayEquals(expected.simplex().distributions()[y], actual.simplex().distributions()[y], ROUNDING);
            LandUseAnalysis.YearResult e = expected.perYear().get(y);
            LandUseAnalysis.YearResult a = actual.perYear().get(y);
            assertArrayEquals(e.classCounts(), a.classCounts());
            assertEquals(e.percolation().p(), a.percolation().p(), ROUNDING);
            assertEquals(e.percolation().clusters(), a.percolation().clusters());
            assertEquals(e.percolation().largestShare(), a.percolation().largestShare(), ROUNDING);
            assertEquals(e.boundary() == null, a.boundary() == null);
            if (e.boundary() != null) {
                assertArrayEquals(e.boundary().counts(), a.boundary().counts());
            }
        }
        for (int i = 0; i < expected.chain().transition().length; i++) {
            assertArrayEquals(expected.chain().transition()[i], actual.chain().transition()[i], ROUNDING);
        }
        assertEquals(expected.simplex().arcLength(), actual.simplex().arcLength(), ROUNDING);
    }

    @Test
    void aWindowOfTiffsIsTheAnalysisOfTheCroppedMaps() throws Exception {
        LandUseStack stack = new LandUseStack(50, 64, 2017, 4, 11);
        Path whole = Files.createDirectory(dir.resolve("whole"));
        Path cropped = Files.createDirectory(dir.resolve("cropped"));
        stack.writeTiffs(whole);
        Rectangle window = new Rectangle(9, 5, 40, 33);
        for (int y = 0; y < stack.years.length; y++) {
            // The crop is cut here from the maps, not by the reader.
            int[] crop = new int[window.width * window.height];
            for (int r = 0; r < window.height; r++) {
                System.arraycopy(stack.maps.get(y), (window.y + r) * stack.columns + window.x, crop, r * window.width,
                        window.width);
            }
            GeoTiffWriter.write(cropped.resolve("crop_" + stack.years[y] + ".tif"), crop, window.height, window.width,
                    0, 0, 1, 1);
        }
        LandUseLoader.Loaded viaWindow = loader.load(LandUseInput.folder(whole).withWindow(window), Legend.esri(),
                () -> false);
        assertSameAnalysis(analyse(LandUseInput.folder(cropped)), viaWindow.result());
        assertEquals(64, viaWindow.extent().width());
        assertEquals(50, viaWindow.extent().height());
        // Hand computation: x from 106.63 + 9·0.001 to + 49·0.001; y from −5.98 − 38·0.001 up to − 5·0.001.
        assertEquals("x 106.6390 to 106.6790, y -6.0180 to -5.9850",
                LandUseViewModel.bbox(viaWindow.extent().geo().orElseThrow(), window));
    }

    @Test
    void aWindowOfAsciiGridsIsTheAnalysisOfTheCroppedGrids() throws Exception {
        LandUseStack stack = new LandUseStack(40, 52, 2001, 3, 5);
        Path whole = Files.createDirectory(dir.resolve("whole"));
        Path cropped = Files.createDirectory(dir.resolve("cropped"));
        List<Path> grids = stack.writeAscii(whole);
        stack.writeAsciiWindow(cropped, 3, 11, 30, 24);
        LandUseAnalysis.Result viaWindow = analyse(LandUseInput.of(grids).withWindow(new Rectangle(3, 11, 30, 24)));
        assertSameAnalysis(analyse(LandUseInput.folder(cropped)), viaWindow);
    }

    @Test
    void countTablesGiveTheSharesAndChainOfTheMaps() throws Exception {
        LandUseStack stack = new LandUseStack(30, 36, 2010, 4, 3);
        Path counts = stack.writeCounts(dir.resolve("counts.csv"));
        Path transitions = stack.writeTransitions(dir.resolve("transitions.csv"));
        LandUseInput input = LandUseInput.of(List.of(counts, transitions));
        assertEquals(LandUseInput.Kind.TABLES, input.kind());
        LandUseLoader.Loaded loaded = loader.load(input, Legend.esri(), () -> false);
        assertNull(loaded.extent());
        assertNull(loaded.result().perYear().get(0).percolation());
        for (int y = 0; y < stack.years.length; y++) {
            assertArrayEquals(stack.shares(y), loaded.result().simplex().distributions()[y], ROUNDING);
        }
        long[][] hand = stack.pooledTransitions();
        for (int i = 0; i < hand.length; i++) {
            long row = 0;
            for (long c : hand[i]) {
                row += c;
            }
            for (int j = 0; j < hand.length; j++) {
                assertEquals(row == 0 ? 0 : (double) hand[i][j] / row, loaded.result().chain().transition()[i][j],
                        ROUNDING);
            }
        }
        Path maps = Files.createDirectory(dir.resolve("maps"));
        stack.writeTiffs(maps);
        LandUseAnalysis.Result fromMaps = analyse(LandUseInput.folder(maps));
        assertEquals(fromMaps.simplex().arcLength(), loaded.result().simplex().arcLength(), ROUNDING);
    }

    @Test
    void aFolderHoldingOnlyTheTwoTablesOpensThem() throws Exception {
        LandUseStack stack = new LandUseStack(20, 20, 2010, 3, 8);
        stack.writeCounts(dir.resolve("counts.csv"));
        stack.writeTransitions(dir.resolve("transitions.csv"));
        LandUseLoader.Loaded loaded = loader.load(LandUseInput.folder(dir), Legend.esri(), () -> false);
        assertEquals(LandUseInput.Kind.TABLES, loaded.input().kind());
        assertEquals(3, loaded.result().years().length);
    }

    @Test
    void rastersOnDifferentGridsAreRefusedNamingBoth() throws Exception {
        GeoTiffWriter.write(dir.resolve("a_2018.tif"), new int[30 * 40], 30, 40, 0, 0, 1, 1);
        GeoTiffWriter.write(dir.resolve("b_2019.tif"), new int[31 * 40], 31, 40, 0, 0, 1, 1);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> analyse(LandUseInput.folder(dir)));
        assertTrue(e.getMessage().contains("a_2018.tif") && e.getMessage().contains("b_2019.tif")
                && e.getMessage().contains("one grid"), e.getMessage());
    }

    @Test
    void aRasterTooLargeForMemoryIsRefusedBeforeReadingItsCells() throws Exception {
        // Headers only: 100000 × 100000 cells is more than any int-indexed mask can hold.
        for (int year : new int[] {2020, 2021}) {
            Files.writeString(dir.resolve("huge_" + year + ".asc"),
                    "ncols 100000\nnrows 100000\nxllcorner 0\nyllcorner 0\ncellsize 10\n");
        }
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> analyse(LandUseInput.folder(dir)));
        assertTrue(e.getMessage().contains("100000 × 100000") && e.getMessage().contains("window"), e.getMessage());
        // The same refusal for a budget smaller than the grid: the message names the window way out.
        LandUseStack stack = new LandUseStack(20, 30, 2010, 2, 1);
        Path small = Files.createDirectory(dir.resolve("small"));
        stack.writeTiffs(small);
        LandUseLoader tight = new LandUseLoader(599);
        assertThrows(InvalidInputException.class, () -> tight.load(LandUseInput.folder(small), Legend.esri(),
                () -> false));
        assertEquals(2, tight.load(LandUseInput.folder(small).withWindow(new Rectangle(0, 0, 29, 20)), Legend.esri(),
                () -> false).result().years().length);
    }

    @Test
    void aWindowOutsideTheRastersIsRefused() throws Exception {
        LandUseStack stack = new LandUseStack(20, 30, 2010, 2, 1);
        stack.writeTiffs(dir);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> analyse(LandUseInput.folder(dir).withWindow(new Rectangle(20, 0, 16, 16))));
        assertTrue(e.getMessage().contains("30 × 20"), e.getMessage());
    }

    @Test
    void theWindowedSourceCutsRowsOfTheWholeGrid() throws Exception {
        LandUseStack stack = new LandUseStack(12, 10, 2010, 1, 2);
        Path grid = stack.writeAscii(dir).get(0);
        try (RasterSource source = new WindowedSource(LandUseLoader.open(grid, null), new Rectangle(2, 3, 5, 4))) {
            int[] row = new int[5];
            for (int r = 0; r < 4; r++) {
                source.readRow(r, row);
                for (int c = 0; c < 5; c++) {
                    assertEquals(stack.maps.get(0)[(3 + r) * 10 + 2 + c], row[c]);
                }
            }
        }
    }
}
