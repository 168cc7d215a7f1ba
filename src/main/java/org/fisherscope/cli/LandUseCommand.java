package org.fisherscope.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.LandUseChain;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code landuse}: the land-use analysis of a stack of yearly class rasters. */
@Command(name = "landuse", mixinStandardHelpOptions = true,
        description = {"Yearly land-cover rasters as a path on the Commons/Agrarian/Capital simplex: Fisher–Rao "
            + "velocities and pulses, the absorbing chain into Built, percolation and the box-counting dimension of "
            + "the largest Built cluster's boundary.",
            "Legend: Esri/Impact Observatory 10 m classes (1 Water, 2 Trees, 4 Flooded vegetation, 5 Crops, 7 Built "
            + "area, 8 Bare ground, 9 Snow/ice, 10 Clouds, 11 Rangeland); other codes are no-data."})
final class LandUseCommand implements Callable<Integer> {

    @Mixin
    LandUseInputOptions inputs;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Option(names = "--write-tables", paramLabel = "FOLDER",
            description = "Also write the rasters' count tables to this existing folder: counts.csv (year,class,count)"
                    + " and transitions.csv (from,to,count,period), which --input reads back.")
    java.nio.file.Path tables;

    @Override
    public Integer call() throws IOException {
        LandUseAnalysis.Result r = inputs.analyse();
        if (tables != null) {
            LandUseTableWriter.write(r, tables, "fisherscope landuse " + inputs.asArguments() + " --write-tables "
                    + tables);
            System.err.println("wrote " + LandUseTableWriter.COUNTS + " and " + LandUseTableWriter.TRANSITIONS + " to "
                    + tables.toAbsolutePath());
        }
        Map<String, Object> out = report(r);
        if (json) {
            System.out.println(Json.write(out));
        } else {
            out.forEach((k, v) -> System.out.println(k + ": " + Json.write(v)));
        }
        return 0;
    }

    static Map<String, Object> report(LandUseAnalysis.Result r) {
        Map<String, Object> out = Json.object();
        out.put("years", r.years());
        List<Object> shares = new ArrayList<>();
        for (int y = 0; y < r.years().length; y++) {
            Map<String, Object> s = Json.object();
            s.put("year", r.years()[y]);
            s.put("commons", r.simplex().distributions()[y][0]);
            s.put("agrarian", r.simplex().distributions()[y][1]);
            s.put("capital", r.simplex().distributions()[y][2]);
            shares.add(s);
        }
        out.put("shares", shares);
        out.put("velocities", periods(r.simplex().periods()));
        out.put("pulses", r.simplex().pulses().stream().map(p -> {
            Map<String, Object> m = Json.object();
            m.put("from", p.from());
            m.put("to", p.to());
            return m;
        }).toList());
        out.put("arcLength", r.simplex().arcLength());
        out.put("displacement", r.simplex().displacement());
        Json.putNumber(out, "sinuosity", r.simplex().sinuosity(), "the first and last years coincide on the simplex");
        LandUseChain.Result chain = r.chain();
        Map<String, Object> markov = Json.object();
        markov.put("states", chain.states());
        markov.put("pooledTransition", chain.transition());
        Map<String, Object> expected = Json.object();
        Map<String, Object> sd = Json.object();
        Map<String, Object> reasons = Json.object();
        for (String state : chain.states()) {
            if (state.equals(r.legend().name(r.legend().absorbing()))) {
                continue;
            }
            expected.put(state, chain.expectedYears().get(state));
            sd.put(state, chain.sdYears().get(state));
            if (chain.infinite().containsKey(state)) {
                reasons.put(state, chain.infinite().get(state));
            }
        }
        markov.put("expectedYears", expected);
        markov.put("expectedYearsReason", reasons);
        markov.put("sdYears", sd);
        Json.putNumber(markov, "builtSelfRetention", chain.builtSelfRetention(), "Built area was never observed");
        markov.put("stationary", chain.stationary());
        markov.put("spectralGap", chain.spectralGap());
        markov.put("pooledCounts", chain.counts());
        List<Object> standardErrors = new ArrayList<>();
        Map<String, Object> seReasons = Json.object();
        for (int i = 0; i < chain.states().size(); i++) {
            List<Object> row = new ArrayList<>();
            for (double se : chain.standardErrors()[i]) {
                row.add(Double.isFinite(se) ? se : null);
            }
            if (!Double.isFinite(chain.standardErrors()[i][0])) {
                seReasons.put(chain.states().get(i), "never observed in the maps");
            }
            standardErrors.add(row);
        }
        markov.put("pooledTransitionStandardError", standardErrors);
        markov.put("pooledTransitionStandardErrorReason", seReasons);
        List<Object> periodCounts = new ArrayList<>();
        for (LandUseAnalysis.PeriodCounts p : r.periods()) {
            Map<String, Object> m = Json.object();
            m.put("from", p.from());
            m.put("to", p.to());
            m.put("counts", p.counts());
            periodCounts.add(m);
        }
        markov.put("periodCounts", periodCounts);
        out.put("markov", markov);
        List<Object> retention = new ArrayList<>();
        for (LandUseAnalysis.Retention p : r.retention()) {
            Map<String, Object> m = Json.object();
            m.put("from", p.from());
            m.put("to", p.to());
            m.put("builtPixels", p.n());
            Json.putNumber(m, "retention", p.retention(), "no Built pixel seen in both years");
            Json.putNumber(m, "lower95", p.lower(), "no Built pixel seen in both years");
            Json.putNumber(m, "upper95", p.upper(), "no Built pixel seen in both years");
            retention.add(m);
        }
        out.put("builtRetentionByPeriod", retention);
        Map<String, Object> classes = Json.object();
        classes.put("states", r.chain().states());
        List<Object> distributions = new ArrayList<>();
        for (int y = 0; y < r.years().length; y++) {
            Map<String, Object> d = Json.object();
            d.put("year", r.years()[y]);
            d.put("shares", r.markovClasses().distributions()[y]);
            d.put("shannon", r.markovClasses().shannon()[y]);
            d.put("renyi2", r.markovClasses().renyi2()[y]);
            distributions.add(d);
        }
        classes.put("distributions", distributions);
        classes.put("velocities", periods(r.markovClasses().periods()));
        List<Object> kl = new ArrayList<>();
        for (Trajectory.Period p : r.markovClasses().periods()) {
            Map<String, Object> m = Json.object();
            m.put("from", p.from());
            m.put("to", p.to());
            Json.putNumber(m, "kl", p.kl(), "a class present in the first year is absent in the second");
            kl.add(m);
        }
        classes.put("klConsecutive", kl);
        out.put("sevenClasses", classes);
        List<Object> percolation = new ArrayList<>();
        List<Object> fractal = new ArrayList<>();
        long noData = 0;
        for (LandUseAnalysis.YearResult y : r.perYear()) {
            if (y.percolation() == null) {
                continue;
            }
            Map<String, Object> p = Json.object();
            p.put("year", y.year());
            p.put("p", y.percolation().p());
            p.put("clusters", y.percolation().clusters());
            p.put("largestClusterShare", y.percolation().largestShare());
            percolation.add(p);
            Map<String, Object> f = Json.object();
            f.put("year", y.year());
            if (y.boundary() != null) {
                f.put("df", y.boundary().dimension());
                f.put("r2", y.boundary().r2());
            } else {
                f.put("df", null);
                f.put("dfReason", y.boundaryReason());
            }
            fractal.add(f);
            noData += y.noDataCells();
        }
        out.put("percolation", percolation);
        if (percolation.isEmpty()) {
            out.put("percolationReason", "count tables carry no map: percolation and box counting are not available");
        }
        out.put("fractalDimension", fractal);
        putAreas(out, r);
        out.put("noDataCells", noData);
        out.put("warnings", r.warnings());
        return out;
    }

    /**
     * Per year, the area in hectares of the three simplex groups, of water, and of every legend class by
     * name; or null with a reason when the pixel size is unknown.
     */
    private static void putAreas(Map<String, Object> out, LandUseAnalysis.Result r) {
        if (r.pixelArea() == null) {
            out.put("areaHectares", null);
            out.put("areaHectaresReason", r.areaNote());
            return;
        }
        Legend legend = r.legend();
        List<Integer> codes = legend.names().keySet().stream().sorted().toList();
        List<Object> years = new ArrayList<>();
        for (LandUseAnalysis.YearResult y : r.perYear()) {
            double[] ha = y.classHectares();
            Map<String, Object> m = Json.object();
            m.put("year", y.year());
            m.put("commons", sum(ha, legend.commons()));
            m.put("agrarian", sum(ha, legend.agrarian()));
            m.put("capital", sum(ha, legend.capital()));
            Map<String, Object> classes = Json.object();
            for (int code : codes) {
                classes.put(legend.name(code), ha[code]);
            }
            m.put("classes", classes);
            years.add(m);
        }
        out.put("areaHectares", years);
        Map<String, Object> pixel = Json.object();
        pixel.put("units", r.pixelArea().units().name().toLowerCase(java.util.Locale.ROOT));
        pixel.put("pixelWidth", r.pixelArea().transform().pixelWidth());
        pixel.put("pixelHeight", r.pixelArea().transform().pixelHeight());
        int rows = r.perYear().get(0).percolation().rows();
        pixel.put("hectaresFirstRow", r.pixelArea().hectares(0));
        pixel.put("hectaresLastRow", r.pixelArea().hectares(rows - 1));
        pixel.put("method", r.areaNote());
        out.put("pixelArea", pixel);
    }

    private static double sum(double[] values, List<Integer> codes) {
        double s = 0;
        for (int code : codes) {
            s += values[code];
        }
        return s;
    }

    private static List<Object> periods(List<Trajectory.Period> periods) {
        List<Object> list = new ArrayList<>();
        for (Trajectory.Period p : periods) {
            Map<String, Object> m = Json.object();
            m.put("from", p.from());
            m.put("to", p.to());
            m.put("radPerYear", p.velocity());
            list.add(m);
        }
        return list;
    }
}
