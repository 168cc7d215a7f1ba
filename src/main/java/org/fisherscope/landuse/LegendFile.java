package org.fisherscope.landuse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.CsvRows;

/**
 * A legend from a mapping file: a CSV with the columns {@code code,name,group,markov,absorbing} and an
 * optional {@code colour} (#rrggbb). {@code group} is commons, agrarian, capital or none; {@code markov}
 * and {@code absorbing} are yes or no, exactly one class being absorbing. A code listed twice, an
 * unknown group or a bad flag is an error naming the line.
 */
public final class LegendFile {

    private LegendFile() {
    }

    public static Legend read(Path file) throws IOException {
        List<CsvRows.Row> rows = CsvRows.read(file, List.of("code", "name", "group", "markov", "absorbing"));
        Map<Integer, String> names = new LinkedHashMap<>();
        Map<Integer, String> colours = new LinkedHashMap<>();
        List<Integer> commons = new ArrayList<>();
        List<Integer> agrarian = new ArrayList<>();
        List<Integer> capital = new ArrayList<>();
        List<Integer> markov = new ArrayList<>();
        List<Integer> absorbing = new ArrayList<>();
        for (CsvRows.Row row : rows) {
            String where = file.getFileName() + " line " + row.line() + ": ";
            int code;
            try {
                code = Integer.parseInt(row.get("code"));
            } catch (NumberFormatException e) {
                throw new InvalidInputException(where + "code must be a whole number, got '" + row.get("code") + "'");
            }
            if (code < 0 || code > Legend.MAX_CODE) {
                throw new InvalidInputException(where + "code must lie in 0.." + Legend.MAX_CODE + ", got " + code);
            }
            if (names.containsKey(code)) {
                throw new InvalidInputException(where + "code " + code + " is listed twice");
            }
            String name = row.get("name");
            if (name.isEmpty()) {
                throw new InvalidInputException(where + "the class needs a name");
            }
            names.put(code, name);
            switch (row.get("group").toLowerCase(Locale.ROOT)) {
                case "commons" -> commons.add(code);
                case "agrarian" -> agrarian.add(code);
                case "capital" -> capital.add(code);
                case "none", "" -> {
                    // Outside the simplex (water, clouds, …).
                }
                default -> throw new InvalidInputException(where + "group must be commons, agrarian, capital or none,"
                        + " got '" + row.get("group") + "'");
            }
            if (yes(row.get("markov"), where + "markov")) {
                markov.add(code);
            }
            if (yes(row.get("absorbing"), where + "absorbing")) {
                absorbing.add(code);
            }
            String colour = row.get("colour");
            if (!colour.isEmpty()) {
                if (!colour.matches("#[0-9a-fA-F]{6}")) {
                    throw new InvalidInputException(where + "colour must be #rrggbb, got '" + colour + "'");
                }
                colours.put(code, colour);
            }
        }
        if (absorbing.size() != 1) {
            throw new InvalidInputException(file.getFileName() + ": exactly one class must be absorbing (the built"
                    + " environment); found " + absorbing.size());
        }
        if (commons.isEmpty() || agrarian.isEmpty() || capital.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + ": each simplex group (commons, agrarian, capital)"
                    + " needs at least one class");
        }
        return new Legend(names, colours, commons, agrarian, capital, markov, absorbing.get(0));
    }

    private static boolean yes(String value, String where) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "yes", "true", "1" -> true;
            case "no", "false", "0", "" -> false;
            default -> throw new InvalidInputException(where + " must be yes or no, got '" + value + "'");
        };
    }
}
