package org.fisherscope.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.Divergences;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.StatisticalFamily;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code distance}: the Fisher–Rao distance between two distributions of a family. */
@Command(name = "distance", mixinStandardHelpOptions = true,
        description = "Fisher–Rao distance between two distributions (closed form where known, else shooting).")
final class DistanceCommand implements Callable<Integer> {

    @Mixin
    TwoPointOptions points;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        Geodesic g = points.geodesic();
        Map<String, Object> out = Json.object();
        out.put("family", g.family().name());
        out.put("parameterNames", g.family().parameterNames());
        out.put("from", g.from());
        out.put("to", g.to());
        out.put("distance", g.length());
        out.put("method", g.method().label());
        out.put("residual", g.residual());
        out.put("iterations", g.iterations());
        putKl(out, "klForward", g.family(), g.from(), g.to());
        putKl(out, "klBackward", g.family(), g.to(), g.from());
        out.put("convention", g.family().metricDescription());
        Output.print(out, json);
        return 0;
    }

    /** KL(from‖to) or KL(to‖from), or null with the reason where it is not defined here. */
    private static void putKl(Map<String, Object> out, String key, StatisticalFamily family, double[] p, double[] q) {
        if (!Divergences.isDefinedFor(family)) {
            Json.putNumber(out, key, Double.NaN, "KL is computed for exponential families; " + family.name()
                    + " is not one here");
            return;
        }
        try {
            Json.putNumber(out, key, Divergences.kullbackLeibler(family, p, q), "not finite");
        } catch (InvalidInputException boundary) {
            Json.putNumber(out, key, Double.NaN, "KL needs interior points: " + boundary.getMessage());
        }
    }
}
