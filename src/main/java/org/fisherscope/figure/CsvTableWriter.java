package org.fisherscope.figure;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a table of doubles as CSV that says what made it: first the figure metadata as
 * {@code # } comment lines, then a header row, then one row per record.
 *
 * <p>Finite values are written at full precision with {@link Double#toString}, so
 * {@link Double#parseDouble} gives back exactly the same double. Non-finite values (NaN,
 * ±infinity) are written as empty cells, and a comment line says so, because spreadsheet and
 * plotting tools disagree on how to spell them. Lines end with '\n'; the text is UTF-8.
 */
public final class CsvTableWriter {

    /** The comment line that explains empty cells. */
    public static final String EMPTY_CELL_NOTE = "empty cells are non-finite values (NaN or infinite)";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setCommentMarker('#')
            .setRecordSeparator('\n')
            .get();

    private CsvTableWriter() {
    }

    /**
     * Writes the table to {@code target} through {@link AtomicFiles}.
     *
     * @throws org.fisherscope.geometry.InvalidInputException if the target's folder does not exist
     * @throws IllegalArgumentException if a row's length differs from the header's
     */
    public static void write(Path target, FigureMetadata metadata, List<String> header, List<double[]> rows)
            throws IOException {
        checkShape(header, rows);
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            write(writer, metadata, header, rows);
            writer.flush();
        });
    }

    /**
     * Writes the table to {@code out} (a {@link Writer}, {@code System.out}, a {@link StringBuilder})
     * and flushes it if it can be flushed; {@code out} is left open.
     *
     * @throws IllegalArgumentException if a row's length differs from the header's
     */
    public static void write(Appendable out, FigureMetadata metadata, List<String> header, List<double[]> rows)
            throws IOException {
        checkShape(header, rows);
        // Not closed: closing the printer would close out, which may be System.out.
        CSVPrinter printer = new CSVPrinter(out, FORMAT);
        for (String line : metadata.textLines()) {
            printer.printComment(line);
        }
        printer.printComment(EMPTY_CELL_NOTE);
        printer.printRecord(header);
        for (double[] row : rows) {
            String[] cells = new String[row.length];
            for (int i = 0; i < row.length; i++) {
                cells[i] = cell(row[i]);
            }
            printer.printRecord((Object[]) cells);
        }
        printer.flush();
    }

    /** {@link #writeCells} for rows given as lists. */
    public static void writeText(Path target, FigureMetadata metadata, List<String> header, List<List<String>> rows)
            throws IOException {
        writeCells(target, metadata, header, rows.stream().map(row -> row.toArray(String[]::new)).toList());
    }

    /**
     * Writes a table whose cells are text (class names beside numbers) to {@code target} through
     * {@link AtomicFiles}, with the same comment lines; numbers should be formatted with
     * {@link #cell(double)} so they read back exactly.
     *
     * @throws IllegalArgumentException if a row's length differs from the header's
     */
    public static void writeCells(Path target, FigureMetadata metadata, List<String> header, List<String[]> rows)
            throws IOException {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != header.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).length
                        + " cells but the header has " + header.size() + " columns");
            }
        }
        AtomicFiles.write(target, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            CSVPrinter printer = new CSVPrinter(writer, FORMAT);
            for (String line : metadata.textLines()) {
                printer.printComment(line);
            }
            printer.printComment(EMPTY_CELL_NOTE);
            printer.printRecord(header);
            for (String[] row : rows) {
                printer.printRecord((Object[]) row);
            }
            printer.flush();
        });
    }

    /** The table as a string, as {@link #write(Appendable, FigureMetadata, List, List)} would write it. */
    public static String toCsv(FigureMetadata metadata, List<String> header, List<double[]> rows) {
        StringBuilder text = new StringBuilder();
        try {
            write(text, metadata, header, rows);
        } catch (IOException e) {
            throw new IllegalStateException("a StringBuilder does not throw IOException", e);
        }
        return text.toString();
    }

    /** One cell: full precision for finite values, empty for NaN and infinities. */
    public static String cell(double value) {
        return Double.isFinite(value) ? Double.toString(value) : "";
    }

    private static void checkShape(List<String> header, List<double[]> rows) {
        for (int r = 0; r < rows.size(); r++) {
            if (rows.get(r).length != header.size()) {
                throw new IllegalArgumentException("row " + r + " has " + rows.get(r).length
                        + " values but the header has " + header.size() + " columns");
            }
        }
    }
}
