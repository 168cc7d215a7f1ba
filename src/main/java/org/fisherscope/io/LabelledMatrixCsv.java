package org.fisherscope.io;

import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Reads a labelled square matrix (a stochastic matrix) from CSV: the header row is a label cell
 * (any text, may be empty) and then the state names; each further row is a state name and one
 * number per header state. Rows may come in any order but each state needs exactly one; they are
 * returned in header order. Blank lines, spaces around cells, a UTF-8 byte order mark and comment
 * lines whose first non-space character is {@code #} are ignored.
 *
 * <p>Every problem is an {@link InvalidInputException} naming the source and line and saying what
 * is accepted. Whether the numbers form a stochastic matrix is not checked here.
 */
public final class LabelledMatrixCsv {

    /** What a good file looks like, appended to messages about its structure. */
    static final String ACCEPTED = "expected a header row of a label cell then the state names, and for"
            + " each state one row of its name then one number per header state";

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder().setCommentMarker('#')
            .setIgnoreEmptyLines(true).setIgnoreSurroundingSpaces(true).setTrim(true).get();

    // Plain decimals only: Double.parseDouble would also take "NaN", "Infinity", "0x1p3" and "1d".
    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern CSV_ERROR_LINE = Pattern.compile("line:? (\\d+)");

    private LabelledMatrixCsv() {
    }

    /** Reads a UTF-8 CSV file; messages name it as given. */
    public static LabelledMatrix read(Path file) {
        String source = file.toString();
        if (Files.isDirectory(file)) {
            throw new InvalidInputException(source + " is a folder; give the path of a CSV file");
        }
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return parse(reader, source);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(source + ": no such file; give the path of a CSV matrix file", e);
        } catch (AccessDeniedException e) {
            throw new InvalidInputException(source + ": permission denied; the file must be readable", e);
        } catch (IOException e) {
            throw new InvalidInputException("cannot read " + source + ": " + e.getMessage(), e);
        }
    }

    /**
     * Parses CSV text; {@code sourceName} is used in messages. The reader is read to its end but
     * not closed.
     */
    public static LabelledMatrix parse(Reader reader, String sourceName) {
        try {
            CSVParser parser = FORMAT.parse(withoutByteOrderMark(reader));
            return new Reading(sourceName).read(parser);
        } catch (UncheckedIOException e) {
            throw unreadable(sourceName, e.getCause());
        } catch (IOException e) {
            throw unreadable(sourceName, e);
        }
    }

    private static InvalidInputException unreadable(String source, IOException e) {
        if (e instanceof CharacterCodingException) {
            return new InvalidInputException(source + " is not UTF-8 text; save the CSV as UTF-8", e);
        }
        // Commons CSV puts the line in its text: "(startline 3) EOF reached before ...", "at line: 3".
        String detail = String.valueOf(e.getMessage());
        Matcher line = CSV_ERROR_LINE.matcher(detail);
        String where = line.find() ? source + " line " + line.group(1) : source;
        return new InvalidInputException(where + " is not valid CSV (" + detail + "); a cell that starts"
                + " with a double quote must end with one, and quotes inside it are doubled", e);
    }

    private static Reader withoutByteOrderMark(Reader reader) throws IOException {
        PushbackReader pushback = new PushbackReader(reader, 1);
        int first = pushback.read();
        if (first != -1 && first != '\uFEFF') {
            pushback.unread(first);
        }
        return pushback;
    }

    /** The state of one pass over the records. */
    private static final class Reading {
        private final String source;
        private List<String> names;
        private Map<String, Integer> column;
        private long headerLine;
        private double[][] values;
        private long[] rowLine;

        Reading(String source) {
            this.source = source;
        }

        LabelledMatrix read(CSVParser parser) {
            for (CSVRecord record : parser) {
                List<String> cells = record.toList();
                if (isBlankOrComment(cells)) {
                    continue;
                }
                long line = parser.getCurrentLineNumber();
                if (names == null) {
                    header(cells, line);
                } else {
                    row(cells, line);
                }
            }
            if (names == null) {
                throw new InvalidInputException(source + " is empty: " + ACCEPTED);
            }
            List<String> missing = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                if (values[i] == null) {
                    missing.add(names.get(i));
                }
            }
            if (!missing.isEmpty()) {
                throw error(headerLine, "the header names " + quoted(missing) + " but no row starts with "
                        + (missing.size() == 1 ? "it" : "them") + "; each header state needs exactly one row");
            }
            return new LabelledMatrix(names, values);
        }

        private void header(List<String> cells, long line) {
            if (cells.size() < 2) {
                throw error(line, "the header row has no state names; " + ACCEPTED);
            }
            names = new ArrayList<>();
            column = new HashMap<>();
            for (int c = 1; c < cells.size(); c++) {
                String name = cells.get(c);
                if (name.isEmpty()) {
                    throw error(line, "header cell " + (c + 1) + " is blank; every cell after the label cell"
                            + " must be a state name");
                }
                Integer earlier = column.putIfAbsent(name, c - 1);
                if (earlier != null) {
                    throw error(line, "state '" + name + "' appears twice in the header (cells " + (earlier + 2)
                            + " and " + (c + 1) + "); state names must be unique");
                }
                names.add(name);
            }
            headerLine = line;
            values = new double[names.size()][];
            rowLine = new long[names.size()];
        }

        private void row(List<String> cells, long line) {
            String name = cells.get(0);
            int n = names.size();
            if (cells.size() != n + 1) {
                throw error(line, "row '" + name + "' has " + cells.size() + " cells, expected " + (n + 1)
                        + ": the state name, then one number for each of the " + n + " header states");
            }
            Integer i = column.get(name);
            if (i == null) {
                throw error(line, "row '" + name + "' is not a state named in the header; the states are "
                        + String.join(", ", names));
            }
            if (values[i] != null) {
                throw error(line, "a second row for state '" + name + "' (the first is on line " + rowLine[i]
                        + "); each state has exactly one row");
            }
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                String cell = cells.get(j + 1);
                if (!NUMBER.matcher(cell).matches()) {
                    throw error(line, "row '" + name + "', column '" + names.get(j) + "': \"" + cell
                            + "\" is not a number; each cell after the state name must be a decimal number"
                            + " such as 0.25 or 2.5e-3");
                }
                row[j] = Double.parseDouble(cell);
            }
            values[i] = row;
            rowLine[i] = line;
        }

        private InvalidInputException error(long line, String what) {
            return new InvalidInputException(source + " line " + line + ": " + what);
        }

        // A line of only separators is blank; an indented '#' line is a comment too.
        private static boolean isBlankOrComment(List<String> cells) {
            return cells.stream().allMatch(String::isEmpty) || cells.get(0).startsWith("#");
        }

        private static String quoted(List<String> names) {
            return names.stream().map(s -> "'" + s + "'").reduce((a, b) -> a + ", " + b).orElse("");
        }
    }
}
