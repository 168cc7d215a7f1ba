package org.fisherscope.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AsciiGridSourceTest {

    @TempDir
    Path folder;

    @Test
    void readsHeaderRowsAndNoData() throws Exception {
        Path file = folder.resolve("lc2021.asc");
        Files.writeString(file, """
                ncols 4
                nrows 2
                xllcorner 100.0
                yllcorner -6.0
                cellsize 0.5
                NODATA_value -9999
                1 2 4 -9999
                7 7 8 11
                """);
        try (AsciiGridSource grid = AsciiGridSource.open(file)) {
            assertEquals(4, grid.width());
            assertEquals(2, grid.height());
            int[] row = new int[4];
            grid.readRow(0, row);
            assertArrayEquals(new int[] {1, 2, 4, AsciiGridSource.NO_DATA}, row);
            grid.readRow(1, row);
            assertArrayEquals(new int[] {7, 7, 8, 11}, row);
            RasterSource.GeoTransform t = grid.geoTransform().orElseThrow();
            assertEquals(100.0, t.originX(), 0);
            assertEquals(-5.0, t.originY(), 0, "top edge = yllcorner + nrows·cellsize");
        }
        assertEquals(2021, YearFromName.of("lc2021.asc").getAsInt());
        assertTrue(YearFromName.of("tile_123456.asc").isEmpty(), "digits inside a longer run are no year");
    }

    @Test
    void malformedGridsAreExplained() throws Exception {
        Path noRows = folder.resolve("a.asc");
        Files.writeString(noRows, "ncols 2\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2\n");
        assertTrue(assertThrows(InvalidInputException.class, () -> AsciiGridSource.open(noRows)).getMessage()
                .contains("nrows"));
        Path truncated = folder.resolve("b.asc");
        Files.writeString(truncated, "ncols 2\nnrows 3\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 2\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
            try (AsciiGridSource grid = AsciiGridSource.open(truncated)) {
                int[] row = new int[2];
                for (int r = 0; r < 3; r++) {
                    grid.readRow(r, row);
                }
            }
        });
        assertTrue(e.getMessage().contains("truncated"), e.getMessage());
        Path text = folder.resolve("c.asc");
        Files.writeString(text, "ncols 2\nnrows 1\nxllcorner 0\nyllcorner 0\ncellsize 1\n1 x\n");
        assertThrows(InvalidInputException.class, () -> {
            try (AsciiGridSource grid = AsciiGridSource.open(text)) {
                grid.readRow(0, new int[2]);
            }
        });
    }
}
