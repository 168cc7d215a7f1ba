package org.fisherscope.app.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.ArrayRealVector;
import org.apache.commons.math3.linear.LUDecomposition;
import org.apache.commons.math3.linear.RealMatrix;
import org.fisherscope.figure.LandUseCsvTables;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every exported land-use table, read back and checked against numbers worked out here from the maps. */
class LandUseTableExportTest {

    /** Double sums and ratios of integer counts: equal up to a few ulps. */
    private static final double ROUNDING = 1e-12;
    /** A 6 × 6 linear solve by another algorithm (commons-math LU) agrees to this many digits. */
    private static final double SOLVER = 1e-9;

    @TempDir
    Path dir;
    private LandUseStack stack;
    private LandUseAnalysis.Result result;

    @BeforeEach
    void analyse() throws Exception {
        stack = new LandUseStack(40, 48, 2015, 4, 21);
        Path maps = Files.createDirectory(dir.resolve("maps"));
        stack.writeTiffs(maps);
        result = new LandUseLoader(LandUseLoader.defaultCellBudget()).load(LandUseInput.folder(maps), Legend.esri(),
                () -> false).result();
    }

    private List<CSVRecord> written(LandUseCsvTables.Table table) throws Exception {
        Path file = dir.resolve(table.fileName());
        LandUseCsvTables.write(file, result, table, "fisherscope landuse --input maps --json");
        String text = Files.readString(file);
        assertTrue(text.startsWith("# Land use: "), text);
        assertTrue(text.contains("# command: fisherscope landuse --input maps --json"), text);
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                    .parse(reader).getRecords();
        }
    }

    private static double d(CSVRecord r, String column) {
        return Double.parseDouble(r.get(column));
    }

    @Test
    void yearlySharesAndPeriodVelocitiesMatchTheMapsCountedByHand() throws Exception {
        List<CSVRecord> yearly = written(LandUseCsvTables.Table.YEARLY);
        assertEquals(stack.years.length, yearly.size());
        for (int y = 0; y < stack.years.length; y++) {
            double[] s = stack.shares(y);
            assertEquals(stack.years[y], Integer.parseInt(yearly.get(y).get("year")));
            assertEquals(s[0], d(yearly.get(y), "commons"), ROUNDING);
            assertEquals(s[1], d(yearly.get(y), "agrarian"), ROUNDING);
            assertEquals(s[2], d(yearly.get(y), "capital"), ROUNDING);
        }
        assertEquals("", yearly.get(0).get("velocity_into_year_rad_per_year"));
        List<CSVRecord> periods = written(LandUseCsvTables.Table.PERIODS);
        for (int i = 0; i + 1 < stack.years.length; i++) {
            double[] p = stack.shares(i);
            double[] q = stack.shares(i + 1);
            double bc = Math.sqrt(p[0] * q[0]) + Math.sqrt(p[1] * q[1]) + Math.sqrt(p[2] * q[2]);
            assertEquals(2 * Math.acos(Math.min(1, bc)), d(periods.get(i), "velocity_rad_per_year"), ROUNDING);
            assertEquals(100 * (q[2] - p[2]), d(periods.get(i), "change_capital_pp"), ROUNDING);
        }
    }

    @Test
    void transitionsRetentionAndExpectedYearsMatchTheCountsAndASecondSolver() throws Exception {
        long[][] hand = stack.pooledTransitions();
        double[][] p = new double[hand.length][hand.length];
        for (int i = 0; i < hand.length; i++) {
            long row = 0;
            for (long c : hand[i]) {
                row += c;
            }
            for (int j = 0; j < hand.length; j++) {
                p[i][j] = (double) hand[i][j] / row;
            }
        }
        List<CSVRecord> transitions = written(LandUseCsvTables.Table.TRANSITIONS);
        assertEquals(49, transitions.size());
        for (CSVRecord r : transitions) {
            int i = index(Integer.parseInt(r.get("from")));
            int j = index(Integer.parseInt(r.get("to")));
            assertEquals(p[i][j], d(r, "probability"), ROUNDING, r.toString());
            assertEquals(hand[i][j], Long.parseLong(r.get("count")), r.toString());
            long row = java.util.Arrays.stream(hand[i]).sum();
            if (row > 0) {
                assertEquals(Math.sqrt(p[i][j] * (1 - p[i][j]) / row), d(r, "standard_error"), ROUNDING, r.toString());
            } else {
                assertEquals("", r.get("standard_error"), "a class never observed has no standard error");
            }
        }
        // E[T] from (I − Q) t = 1 over the six non-Built classes, solved by LU here.
        int built = index(7);
        int[] transients = {0, 1, 2, 3, 5, 6};
        RealMatrix a = new Array2DRowRealMatrix(6, 6);
        for (int r = 0; r < 6; r++) {
            for (int c = 0; c < 6; c++) {
                a.setEntry(r, c, (r == c ? 1 : 0) - p[transients[r]][transients[c]]);
            }
        }
        double[] t = new LUDecomposition(a).getSolver().solve(new ArrayRealVector(6, 1.0)).toArray();
        Map<Integer, Double> expected = new TreeMap<>();
        for (int r = 0; r < 6; r++) {
            expected.put(LandUseStack.MARKOV[transients[r]], t[r]);
        }
        for (CSVRecord r : written(LandUseCsvTables.Table.ABSORPTION)) {
            int code = Integer.parseInt(r.get("class"));
            if (code == 7) {
                assertEquals("absorbing", r.get("note"));
            } else {
                assertEquals(expected.get(code), d(r, "expected_years_to_built"), SOLVER * expected.get(code));
            }
        }
        List<CSVRecord> retention = written(LandUseCsvTables.Table.RETENTION);
        for (int y = 1; y < stack.years.length; y++) {
            long stay = 0;
            long seen = 0;
            for (int i = 0; i < stack.rows * stack.columns; i++) {
                int after = stack.maps.get(y)[i];
                if (stack.maps.get(y - 1)[i] == 7 && index(after) >= 0) {
                    seen++;
                    stay += after == 7 ? 1 : 0;
                }
            }
            CSVRecord r = retention.get(y - 1);
            assertEquals(seen, Long.parseLong(r.get("built_pixels")));
            assertEquals((double) stay / seen, d(r, "retention"), ROUNDING);
            // Wilson score interval, z = 1.96 (two-sided 95 %), written out here.
            double z = 1.959963984540054;
            double q = (double) stay / seen;
            double centre = (q + z * z / (2.0 * seen)) / (1 + z * z / seen);
            double half = z * Math.sqrt(q * (1 - q) / seen + z * z / (4.0 * seen * seen)) / (1 + z * z / seen);
            assertEquals(centre - half, d(r, "lower95"), ROUNDING);
            assertEquals(Math.min(1, centre + half), d(r, "upper95"), ROUNDING);
        }
        assertEquals(built, index(7));
    }

    @Test
    void percolationAndBoxCountsAgreeWithTheMapsAndTheFit() throws Exception {
        List<CSVRecord> percolation = written(LandUseCsvTables.Table.PERCOLATION);
        for (int y = 0; y < stack.years.length; y++) {
            long built = java.util.Arrays.stream(stack.maps.get(y)).filter(c -> c == 7).count();
            assertEquals((double) built / (stack.rows * stack.columns), d(percolation.get(y), "p"), ROUNDING);
        }
        List<CSVRecord> boxes = written(LandUseCsvTables.Table.BOX_COUNTS);
        List<CSVRecord> fractal = written(LandUseCsvTables.Table.FRACTAL);
        for (int y = 0; y < stack.years.length; y++) {
            // d_f is the least-squares slope of ln N on ln(1/ε) over that year's rows of the box-count table.
            double sx = 0;
            double sy = 0;
            double sxx = 0;
            double sxy = 0;
            int n = 0;
            for (CSVRecord r : boxes) {
                if (Integer.parseInt(r.get("year")) == stack.years[y]) {
                    double x = -Math.log(d(r, "box_side_pixels"));
                    double v = Math.log(d(r, "boxes"));
                    sx += x;
                    sy += v;
                    sxx += x * x;
                    sxy += x * v;
                    n++;
                }
            }
            double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
            assertEquals(slope, d(fractal.get(y), "df"), ROUNDING);
        }
    }

    @Test
    void classCountsReadBackAsTheTablesInput() throws Exception {
        written(LandUseCsvTables.Table.CLASS_COUNTS);
        Path transitions = stack.writeTransitions(dir.resolve("transitions.csv"));
        LandUseAnalysis.Result again = new LandUseLoader(1).load(LandUseInput.of(List.of(
                dir.resolve(LandUseCsvTables.Table.CLASS_COUNTS.fileName()), transitions)), Legend.esri(),
                () -> false).result();
        for (int y = 0; y < stack.years.length; y++) {
            assertEquals(stack.shares(y)[2], again.simplex().distributions()[y][2], ROUNDING);
        }
        assertEquals(result.simplex().arcLength(), again.simplex().arcLength(), ROUNDING);
    }

    private static int index(int code) {
        for (int k = 0; k < LandUseStack.MARKOV.length; k++) {
            if (LandUseStack.MARKOV[k] == code) {
                return k;
            }
        }
        return -1;
    }
}
