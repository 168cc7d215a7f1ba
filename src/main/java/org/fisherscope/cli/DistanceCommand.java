package org.fisherscope.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.Geodesic;
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
        out.put("convention", g.family().metricDescription());
        Output.print(out, json);
        return 0;
    }
}
