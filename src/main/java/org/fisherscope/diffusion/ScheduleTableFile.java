package org.fisherscope.diffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.CsvRows;

/**
 * Reads a user schedule: a CSV with a column {@code t} and either one column {@code alphaBar} (the same ᾱ(t)
 * for every frequency) or one column per frequency radius, headed by the radius (e.g. {@code t,0,1,2,4,8}).
 */
public final class ScheduleTableFile {

    private ScheduleTableFile() {
    }

    public static TabulatedSchedule read(Path file) throws IOException {
        List<CsvRows.Row> rows = CsvRows.read(file, List.of("t"));
        if (rows.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " has no rows");
        }
        List<String> columns = new ArrayList<>(rows.get(0).cells().keySet());
        columns.remove("t");
        if (columns.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " needs a column alphabar, or one column per frequency radius");
        }
        double[] radii;
        if (columns.size() == 1 && columns.get(0).equals("alphabar")) {
            radii = new double[] {0};
        } else {
            radii = new double[columns.size()];
            for (int c = 0; c < radii.length; c++) {
                radii[c] = number(columns.get(c), file, 1, "frequency radius column");
            }
        }
        double[] times = new double[rows.size()];
        double[][] values = new double[rows.size()][columns.size()];
        for (int k = 0; k < rows.size(); k++) {
            CsvRows.Row row = rows.get(k);
            times[k] = number(row.get("t"), file, row.line(), "t");
            for (int c = 0; c < columns.size(); c++) {
                values[k][c] = number(row.get(columns.get(c)), file, row.line(), "ᾱ");
            }
        }
        return new TabulatedSchedule("table " + file.getFileName(), times, radii, values);
    }

    private static double number(String text, Path file, long line, String what) {
        try {
            double v = Double.parseDouble(text);
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file.getFileName() + " line " + line + ": " + what + " must be a number, got '"
                    + text + "'");
        }
    }
}
