package org.fisherscope.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LabelledMatrixCsvTest {

    /** Parsed decimals must come back exactly: parsing is Double.parseDouble of the same text. */
    private static final double EXACT = 0;

    @TempDir
    Path dir;

    @Test
    void readsReorderedRowsCommentsBlankLinesAndSpaces() throws IOException {
        String text = """
                # pooled land-use transitions
                from\\to, Trees, Crops , Built

                Built, 0, 0, 1
                  Trees , 0.8, 0.15, 5e-2
                    # an indented comment
                "Crops",.1,0.70,+0.2
                ,,,
                """;
        Path file = dir.resolve("matrix.csv");
        Files.writeString(file, text);
        LabelledMatrix m = LabelledMatrixCsv.read(file);
        assertEquals(List.of("Trees", "Crops", "Built"), m.names());
        double[][] v = m.values();
        assertArrayEquals(new double[] {0.8, 0.15, 0.05}, v[0], EXACT);
        assertArrayEquals(new double[] {0.1, 0.7, 0.2}, v[1], EXACT);
        assertArrayEquals(new double[] {0, 0, 1}, v[2], EXACT);
    }

    @Test
    void acceptsByteOrderMarkCrLfEmptyLabelAndNoFinalNewline() {
        LabelledMatrix m = parse("\uFEFF,A,B\r\nB,0,1\r\nA,0.25,0.75");
        assertEquals(List.of("A", "B"), m.names());
        assertArrayEquals(new double[] {0.25, 0.75}, m.values()[0], EXACT);
    }

    @Test
    void emptyFile() {
        assertError("", "m.csv is empty", "header row");
        assertError("# only a comment\n\n   \n", "m.csv is empty");
    }

    @Test
    void headerWithoutStates() {
        assertError("\n\nlabel\nA,1\n", "m.csv line 3:", "no state names");
    }

    @Test
    void duplicateOrBlankHeaderName() {
        assertError("x,A,B,A\n", "m.csv line 1:", "'A' appears twice", "cells 2 and 4");
        assertError("x,A,,B\n", "m.csv line 1:", "header cell 3 is blank");
    }

    @Test
    void wrongCellCount() {
        assertError("x,A,B\nA,0.5,0.5\n# note\nB,1\n", "m.csv line 4:", "row 'B' has 2 cells, expected 3");
        assertError("x,A,B\nA,0.5,0.5,0\n", "m.csv line 2:", "4 cells, expected 3");
    }

    @Test
    void nonNumericCellIsQuoted() {
        assertError("x,A,B\nA,0.5,abc\n", "m.csv line 2:", "row 'A', column 'B'", "\"abc\" is not a number");
        assertError("x,A,B\n\nA,NaN,1\n", "m.csv line 3:", "\"NaN\"");
        assertError("x,A,B\nA, ,1\n", "m.csv line 2:", "\"\" is not a number");
        assertError("x,A,B\nA,50%,50%\n", "m.csv line 2:", "\"50%\"");
    }

    @Test
    void duplicateRowNamesBothLines() {
        assertError("x,A,B\nA,1,0\nB,0,1\nA,1,0\n", "m.csv line 4:", "second row for state 'A'", "line 2");
    }

    @Test
    void missingRowIsReportedAtTheHeader() {
        assertError("# c\nx,A,B,C\nB,0,1,0\n", "m.csv line 2:", "'A', 'C'", "no row");
    }

    @Test
    void unknownRowName() {
        assertError("x,A,B\nA,1,0\nWater,0,1\n", "m.csv line 3:", "row 'Water' is not a state", "A, B");
    }

    @Test
    void brokenQuoting() {
        assertError("x,A,B\nA,1,\"0\n", "m.csv line 2 is not valid CSV", "double quote");
        assertError("x,A,B\nA,1,\"0\"x\n", "m.csv line 2 is not valid CSV");
    }

    @Test
    void missingFileAndFolder() {
        Path missing = dir.resolve("nope.csv");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabelledMatrixCsv.read(missing));
        assertTrue(e.getMessage().contains(missing.toString()) && e.getMessage().contains("no such file"),
                e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> LabelledMatrixCsv.read(dir));
        assertTrue(e.getMessage().contains("is a folder"), e.getMessage());
    }

    @Test
    void notUtf8() throws IOException {
        Path file = dir.resolve("latin1.csv");
        Files.write(file, "x,Forêt\nForêt,1\n".getBytes(StandardCharsets.ISO_8859_1));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LabelledMatrixCsv.read(file));
        assertTrue(e.getMessage().contains("latin1.csv is not UTF-8"), e.getMessage());
    }

    private static LabelledMatrix parse(String text) {
        return LabelledMatrixCsv.parse(new StringReader(text), "m.csv");
    }

    private static void assertError(String text, String... fragments) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> parse(text));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing from: " + e.getMessage());
        }
    }
}
