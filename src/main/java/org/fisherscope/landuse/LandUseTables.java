package org.fisherscope.landuse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.CsvRows;

/**
 * The analysis from tables made elsewhere instead of rasters: yearly class counts
 * ({@code year,class,count}) and transition counts ({@code from,to,count}, optionally with a
 * {@code period} column naming two years, e.g. {@code 2017-2018}; all periods pooled, and each one also
 * reported with its Built self-retention). A class is its code or its legend name. Without maps there
 * is no percolation, box counting or pixel area: those parts of the result are empty.
 */
public final class LandUseTables {

    private LandUseTables() {
    }

    public static LandUseAnalysis.Result read(List<Path> tables, Legend legend) throws IOException {
        Map<Integer, long[]> counts = new TreeMap<>();
        TransitionCounts pooled = new TransitionCounts(legend);
        // Per period (from, to) when the transition rows name one; rows without a period only pool.
        Map<List<Integer>, TransitionCounts> byPeriod = new TreeMap<>(java.util.Comparator
                .comparing((List<Integer> k) -> k.get(0)).thenComparing(k -> k.get(1)));
        boolean anyTransitions = false;
        for (Path table : tables) {
            List<CsvRows.Row> rows = CsvRows.read(table, List.of("count"));
            if (rows.isEmpty()) {
                throw new InvalidInputException(table.getFileName() + " holds no rows");
            }
            boolean isCounts = rows.get(0).cells().containsKey("year") && rows.get(0).cells().containsKey("class");
            boolean isTransitions = rows.get(0).cells().containsKey("from") && rows.get(0).cells().containsKey("to");
            if (!isCounts && !isTransitions) {
                throw new InvalidInputException(table.getFileName() + " is neither a class-count table (year,class,count)"
                        + " nor a transition table (from,to,count[,period])");
            }
            for (CsvRows.Row row : rows) {
                String where = table.getFileName() + " line " + row.line() + ": ";
                long count = number(row.get("count"), where + "count");
                if (isCounts) {
                    int year = (int) number(row.get("year"), where + "year");
                    counts.computeIfAbsent(year, y -> new long[Legend.MAX_CODE + 1])[code(row.get("class"), legend, where)]
                            += count;
                } else {
                    int from = code(row.get("from"), legend, where);
                    int to = code(row.get("to"), legend, where);
                    pooled.add(from, to, count);
                    String period = row.get("period").trim();
                    if (!period.isEmpty()) {
                        byPeriod.computeIfAbsent(period(period, where), k -> new TransitionCounts(legend))
                                .add(from, to, count);
                    }
                    anyTransitions = true;
                }
            }
        }
        if (counts.size() < 2) {
            throw new InvalidInputException("the class-count tables cover " + counts.size() + " years; at least two are"
                    + " needed");
        }
        if (!anyTransitions) {
            throw new InvalidInputException("no transition table (from,to,count) among " + tables
                    + "; the chain into Built needs one");
        }
        int[] years = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
        List<LandUseAnalysis.YearResult> perYear = new ArrayList<>();
        double[][] shares = new double[years.length][];
        double[][] markov = new double[years.length][];
        for (int y = 0; y < years.length; y++) {
            long[] c = counts.get(years[y]);
            perYear.add(new LandUseAnalysis.YearResult(years[y], c, 0, null, null, null, NO_MAPS, null));
            shares[y] = legend.shares(c);
            markov[y] = legend.markovDistribution(c);
        }
        List<LandUseAnalysis.PeriodCounts> periods = new ArrayList<>();
        List<LandUseAnalysis.Retention> retention = new ArrayList<>();
        for (Map.Entry<List<Integer>, TransitionCounts> e : byPeriod.entrySet()) {
            long[][] c = e.getValue().counts();
            int from = e.getKey().get(0);
            int to = e.getKey().get(1);
            periods.add(new LandUseAnalysis.PeriodCounts(from, to, c));
            retention.add(LandUseAnalysis.retention(from, to, c, legend));
        }
        return new LandUseAnalysis.Result(legend, years, perYear, Trajectory.of(years, shares),
                Trajectory.of(years, markov), LandUseChain.analyse(pooled), retention, List.of(NO_MAPS),
                List.copyOf(periods), null, "count tables carry no pixel size: areas in hectares are not available");
    }

    private static final String NO_MAPS = "count tables carry no map: percolation and box counting are not available";

    /** A period as two four-digit years with a separator between them: 2017-2018, 2017–2018 or 2017/2018. */
    private static List<Integer> period(String text, String where) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d{4})\\D+(\\d{4})").matcher(text);
        if (!m.matches()) {
            throw new InvalidInputException(where + "period '" + text + "' should name two years, like 2017-2018");
        }
        int from = Integer.parseInt(m.group(1));
        int to = Integer.parseInt(m.group(2));
        if (to <= from) {
            throw new InvalidInputException(where + "period '" + text + "' must run forward in time");
        }
        return List.of(from, to);
    }

    private static long number(String text, String what) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException(what + " must be a whole number, got '" + text + "'");
        }
    }

    /** A class given as its code or its legend name (any case). */
    private static int code(String text, Legend legend, String where) {
        String t = text.trim();
        try {
            int code = Integer.parseInt(t);
            if (legend.name(code) == null) {
                throw new InvalidInputException(where + "class code " + code + " is not in the legend");
            }
            return code;
        } catch (NumberFormatException notANumber) {
            for (Map.Entry<Integer, String> e : legend.names().entrySet()) {
                if (e.getValue().toLowerCase(Locale.ROOT).equals(t.toLowerCase(Locale.ROOT))) {
                    return e.getKey();
                }
            }
            throw new InvalidInputException(where + "'" + t + "' is neither a class code nor a legend name ("
                    + String.join(", ", legend.names().values()) + ")");
        }
    }
}
