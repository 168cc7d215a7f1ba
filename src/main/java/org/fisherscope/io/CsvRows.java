package org.fisherscope.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fisherscope.geometry.InvalidInputException;

/**
 * A CSV table with a header row, as rows of lower-cased column name → trimmed cell. Lines starting with
 * {@code #} are comments. The domain packages give the cells their meaning.
 */
public final class CsvRows {

    private CsvRows() {
    }

    /** One data row and the file line it came from, for messages. */
    public record Row(long line, Map<String, String> cells) {
        /** The cell of a column, or "" when the row has none. */
        public String get(String column) {
            return cells.getOrDefault(column, "");
        }
    }

    public static List<Row> read(Path file, List<String> requiredColumns) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + " does not exist or is not a file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             CSVParser parser = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true)
                     .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).get().parse(reader)) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList();
            for (String column : requiredColumns) {
                if (!header.contains(column)) {
                    throw new InvalidInputException(file.getFileName() + " lacks the column '" + column + "'; needed: "
                            + String.join(", ", requiredColumns));
                }
            }
            List<Row> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (int i = 0; i < header.size() && i < record.size(); i++) {
                    cells.put(header.get(i), record.get(i));
                }
                rows.add(new Row(record.getParser().getCurrentLineNumber(), cells));
            }
            return rows;
        } catch (IllegalArgumentException | java.io.UncheckedIOException e) {
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(file.getFileName() + " is not a valid CSV table: " + e.getMessage(), e);
        }
    }
}
