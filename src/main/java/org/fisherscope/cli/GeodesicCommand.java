package org.fisherscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.Connection;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code geodesic}: points along the geodesic, as CSV ({@code t,arc,} then the parameters) or JSON. */
@Command(name = "geodesic", mixinStandardHelpOptions = true,
        description = "Points along the Fisher–Rao geodesic: N + 1 points at t = k/N with arc length.")
final class GeodesicCommand implements Callable<Integer> {

    /** Enough to draw a smooth curve, few enough to read. */
    static final int DEFAULT_STEPS = 20;
    /** Beyond this the output is no longer a table anyone reads; it guards against typos like 1e9. */
    static final int MAX_STEPS = 1_000_000;

    @Mixin
    TwoPointOptions points;

    @Option(names = "--steps", paramLabel = "N", defaultValue = "" + DEFAULT_STEPS,
            description = "Number of intervals: N + 1 points. Default: ${DEFAULT-VALUE}.")
    int steps;

    @Option(names = "--connection", paramLabel = "C", defaultValue = "fisher",
            description = "fisher (Fisher–Rao, α = 0), e (straight in natural parameters), m (straight in mean "
                    + "parameters) or alpha:A. arc is always the Fisher length along the curve. Default: ${DEFAULT-VALUE}.")
    String connection;

    @Option(names = "--json", description = "Print one JSON object {\"points\": [{\"t\", \"arc\", \"params\"}]}.")
    boolean json;

    @Override
    public Integer call() {
        Connection c = Connection.parse(connection);
        if (steps < 1 || steps > MAX_STEPS) {
            throw new InvalidInputException("--steps must be between 1 and " + MAX_STEPS + ", got " + steps);
        }
        Geodesic g = points.geodesic(c);
        List<Geodesic.Point> sample = g.sample(steps);
        if (json) {
            Map<String, Object> out = Json.object();
            out.put("family", g.family().name());
            out.put("parameterNames", g.family().parameterNames());
            out.put("connection", g.connection());
            out.put("method", g.method().label());
            out.put("length", g.length());
            out.put("residual", g.residual());
            List<Object> rows = new ArrayList<>();
            for (Geodesic.Point p : sample) {
                Map<String, Object> row = Json.object();
                row.put("t", p.t());
                row.put("arc", p.arc());
                row.put("params", p.parameters());
                rows.add(row);
            }
            out.put("points", rows);
            System.out.println(Json.write(out));
        } else {
            System.out.println("t,arc," + String.join(",", g.family().parameterNames()));
            StringBuilder line = new StringBuilder();
            for (Geodesic.Point p : sample) {
                line.setLength(0);
                line.append(p.t()).append(',').append(p.arc());
                for (double v : p.parameters()) {
                    line.append(',').append(v);
                }
                System.out.println(line);
            }
        }
        return 0;
    }
}
