package org.fisherscope.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fisherscope.landuse.BoxCounting;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.LandUseChain;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.Trajectory;

/**
 * Every table of a land-use analysis as CSV, with the metadata comment lines of {@link CsvTableWriter}:
 * numbers at full precision, non-finite values as empty cells, classes by code and name. The class
 * counts come out in the {@code year,class,count} form the tables input reads back.
 */
public final class LandUseCsvTables {

    private LandUseCsvTables() {
    }

    /** The tables, each one CSV file. */
    public enum Table {
        YEARLY("yearly", "Yearly shares, velocity, percolation and d_f"),
        PERIODS("periods", "Periods: Fisher–Rao velocity, change in percentage points, pulses, KL"),
        TRANSITIONS("transitions", "Pooled transition matrix (rows: from)"),
        ABSORPTION("absorption", "Expected years to Built with SD, stationary shares"),
        RETENTION("retention", "Built self-retention per period with 95 % band"),
        PERCOLATION("percolation", "Percolation of Built per year"),
        FRACTAL("fractal", "Boundary dimension d_f per year"),
        BOX_COUNTS("boxcounts", "Box counts N(ε) per year and box side"),
        CLASS_COUNTS("class-counts", "Class counts per year (year,class,count)");

        private final String id;
        private final String label;

        Table(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        /** The file name proposed on export. */
        public String fileName() {
            return "landuse-" + id + ".csv";
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /** A table's header and rows of cells. */
    public record Content(List<String> header, List<String[]> rows) {
    }

    /** The table behind a figure, for Export data. */
    public static Table forView(LandUseFigure.View view) {
        return switch (view) {
            case TRAJECTORY -> Table.YEARLY;
            case VELOCITY -> Table.PERIODS;
            case PERCOLATION -> Table.PERCOLATION;
            case BOXCOUNT -> Table.BOX_COUNTS;
            case CHAIN -> Table.TRANSITIONS;
            case RETENTION -> Table.RETENTION;
            case MAP -> Table.CLASS_COUNTS;
        };
    }

    /** Why a result has no such table (count tables carry no maps), or empty when it has. */
    public static Optional<String> unavailable(LandUseAnalysis.Result result, Table table) {
        boolean maps = result.perYear().get(0).percolation() != null;
        if (!maps && (table == Table.PERCOLATION || table == Table.FRACTAL || table == Table.BOX_COUNTS)) {
            return Optional.of("count tables carry no maps: percolation and box counting are not available");
        }
        if (table == Table.RETENTION && result.retention().isEmpty()) {
            return Optional.of("the tables pool all periods: there is no retention per period");
        }
        return Optional.empty();
    }

    /** Writes one table to {@code target} (through a temporary file moved into place). */
    public static void write(Path target, LandUseAnalysis.Result result, Table table, String commandLine)
            throws IOException {
        Content content = content(result, table);
        CsvTableWriter.writeCells(target, metadata(result, table, commandLine), content.header(), content.rows());
    }

    /** What the file says about itself. */
    public static FigureMetadata metadata(LandUseAnalysis.Result result, Table table, String commandLine) {
        int[] y = result.years();
        return new FigureMetadata("Land use: " + table, "years " + y[0] + "–" + y[y.length - 1] + "; table "
                + table.id(), List.of("simplex groups: Commons = {Trees, Flooded vegetation, Rangeland}, Agrarian ="
                        + " {Crops}, Capital = {Built area, Bare ground}; water, snow, clouds and no-data left out",
                "velocity: Fisher–Rao distance 2·arccos Σ√(p q) between consecutive years divided by the year gap;"
                        + " pulse: velocity > mean + 1 sample SD",
                "chain: one step is one year; Built absorbing only when forming Q; pooled counts are the sum over"
                        + " periods",
                "percolation: Built cells over all cells, 4-connectivity; box counting on the largest cluster's"
                        + " erosion boundary"), commandLine);
    }

    /** The cells of one table. */
    public static Content content(LandUseAnalysis.Result r, Table table) {
        unavailable(r, table).ifPresent(reason -> {
            throw new org.fisherscope.geometry.InvalidInputException(reason);
        });
        return switch (table) {
            case YEARLY -> yearly(r);
            case PERIODS -> periods(r);
            case TRANSITIONS -> transitions(r);
            case ABSORPTION -> absorption(r);
            case RETENTION -> retention(r);
            case PERCOLATION -> percolation(r);
            case FRACTAL -> fractal(r);
            case BOX_COUNTS -> boxCounts(r);
            case CLASS_COUNTS -> classCounts(r);
        };
    }

    private static String n(double v) {
        return CsvTableWriter.cell(v);
    }

    private static Content yearly(LandUseAnalysis.Result r) {
        List<String[]> rows = new ArrayList<>();
        for (int y = 0; y < r.years().length; y++) {
            double[] s = r.simplex().distributions()[y];
            LandUseAnalysis.YearResult yr = r.perYear().get(y);
            boolean maps = yr.percolation() != null;
            BoxCounting.Result b = yr.boundary();
            rows.add(new String[] {Integer.toString(r.years()[y]), n(s[0]), n(s[1]), n(s[2]),
                y == 0 ? "" : n(r.simplex().periods().get(y - 1).velocity()), n(r.markovClasses().shannon()[y]),
                n(r.markovClasses().renyi2()[y]), maps ? n(yr.percolation().p()) : "",
                maps ? n(yr.percolation().largestShare()) : "", b == null ? "" : n(b.dimension())});
        }
        return new Content(List.of("year", "commons", "agrarian", "capital", "velocity_into_year_rad_per_year",
                "shannon_7class", "renyi2_7class", "built_p", "largest_cluster_share", "boundary_df"), rows);
    }

    private static Content periods(LandUseAnalysis.Result r) {
        List<String[]> rows = new ArrayList<>();
        Trajectory.Result t = r.simplex();
        for (int i = 0; i < t.periods().size(); i++) {
            Trajectory.Period p = t.periods().get(i);
            Trajectory.Period seven = r.markovClasses().periods().get(i);
            rows.add(new String[] {Integer.toString(p.from()), Integer.toString(p.to()), n(p.velocity()),
                n(p.distance()), n(p.changePoints()[0]), n(p.changePoints()[1]), n(p.changePoints()[2]),
                t.pulses().contains(p) ? "1" : "0", n(seven.velocity()), n(seven.kl())});
        }
        return new Content(List.of("from", "to", "velocity_rad_per_year", "distance_rad", "change_commons_pp",
                "change_agrarian_pp", "change_capital_pp", "pulse", "velocity_7class_rad_per_year", "kl_7class"), rows);
    }

    private static Content transitions(LandUseAnalysis.Result r) {
        Legend legend = r.legend();
        LandUseChain.Result chain = r.chain();
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < chain.states().size(); i++) {
            for (int j = 0; j < chain.states().size(); j++) {
                rows.add(new String[] {Integer.toString(legend.markovClasses().get(i)), chain.states().get(i),
                    Integer.toString(legend.markovClasses().get(j)), chain.states().get(j), n(chain.transition()[i][j]),
                    Long.toString(chain.counts()[i][j]),
                    Double.isNaN(chain.standardErrors()[i][j]) ? "" : n(chain.standardErrors()[i][j])});
            }
        }
        // standard_error = √(p(1 − p)/n_row), empty for a class never observed as a row.
        return new Content(List.of("from", "from_class", "to", "to_class", "probability", "count", "standard_error"), rows);
    }

    private static Content absorption(LandUseAnalysis.Result r) {
        Legend legend = r.legend();
        LandUseChain.Result chain = r.chain();
        String built = legend.name(legend.absorbing());
        List<String[]> rows = new ArrayList<>();
        for (int i = 0; i < chain.states().size(); i++) {
            String s = chain.states().get(i);
            Double e = chain.expectedYears().get(s);
            Double sd = chain.sdYears().get(s);
            String note = s.equals(built) ? "absorbing" : chain.infinite().getOrDefault(s, "");
            rows.add(new String[] {Integer.toString(legend.markovClasses().get(i)), s,
                s.equals(built) ? "0.0" : e == null ? "" : n(e), s.equals(built) ? "0.0" : sd == null ? "" : n(sd),
                n(chain.stationary()[i]), note});
        }
        return new Content(List.of("class", "class_name", "expected_years_to_built", "sd_years", "stationary_share",
                "note"), rows);
    }

    private static Content retention(LandUseAnalysis.Result r) {
        List<String[]> rows = new ArrayList<>();
        for (LandUseAnalysis.Retention p : r.retention()) {
            rows.add(new String[] {Integer.toString(p.from()), Integer.toString(p.to()), Long.toString(p.n()),
                n(p.retention()), n(p.lower()), n(p.upper())});
        }
        return new Content(List.of("from", "to", "built_pixels", "retention", "lower95", "upper95"), rows);
    }

    private static Content percolation(LandUseAnalysis.Result r) {
        List<String[]> rows = new ArrayList<>();
        for (LandUseAnalysis.YearResult y : r.perYear()) {
            rows.add(new String[] {Integer.toString(y.year()), n(y.percolation().p()),
                Integer.toString(y.percolation().clusters()), Long.toString(y.percolation().largestSize()),
                n(y.percolation().largestShare())});
        }
        return new Content(List.of("year", "p", "clusters", "largest_cluster_cells", "largest_cluster_share"), rows);
    }

    private static Content fractal(LandUseAnalysis.Result r) {
        List<String[]> rows = new ArrayList<>();
        for (LandUseAnalysis.YearResult y : r.perYear()) {
            BoxCounting.Result b = y.boundary();
            rows.add(new String[] {Integer.toString(y.year()), b == null ? "" : n(b.dimension()),
                b == null ? "" : n(b.r2()), b == null ? "0" : Long.toString(b.boundaryCells())});
        }
        return new Content(List.of("year", "df", "r2", "boundary_cells"), rows);
    }

    private static Content boxCounts(LandUseAnalysis.Result r) {
        List<String[]> rows = new ArrayList<>();
        for (LandUseAnalysis.YearResult y : r.perYear()) {
            BoxCounting.Result b = y.boundary();
            if (b == null) {
                continue;
            }
            for (int k = 0; k < b.sizes().length; k++) {
                rows.add(new String[] {Integer.toString(y.year()), Integer.toString(b.sizes()[k]),
                    Long.toString(b.counts()[k])});
            }
        }
        return new Content(List.of("year", "box_side_pixels", "boxes"), rows);
    }

    private static Content classCounts(LandUseAnalysis.Result r) {
        List<String[]> rows = new ArrayList<>();
        Legend legend = r.legend();
        List<Integer> codes = new ArrayList<>(new java.util.TreeSet<>(legend.names().keySet()));
        for (LandUseAnalysis.YearResult y : r.perYear()) {
            for (int code : codes) {
                long count = code < y.classCounts().length ? y.classCounts()[code] : 0;
                rows.add(new String[] {Integer.toString(y.year()), Integer.toString(code), Long.toString(count),
                    legend.name(code)});
            }
        }
        return new Content(List.of("year", "class", "count", "class_name"), rows);
    }
}
