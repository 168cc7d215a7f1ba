package org.fisherscope.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.Curvature;
import org.fisherscope.geometry.PointText;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.Families;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code curvature}: scalar (and, in two dimensions, Gaussian) curvature of a family at a point. */
@Command(name = "curvature", mixinStandardHelpOptions = true,
        description = "Scalar curvature R of the Fisher metric at a point (unit 2-sphere: R = +2), "
                + "and Gaussian curvature R/2 for 2-parameter families.")
final class CurvatureCommand implements Callable<Integer> {

    @Option(names = "--family", required = true, paramLabel = "F", description = "Family, as for distance.")
    String family;

    @Option(names = "--at", required = true, paramLabel = "P", description = "The point, as for distance.")
    String at;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        PointText point = PointText.parse(at);
        StatisticalFamily f = Families.create(family, point.size());
        Curvature.Result r = Curvature.at(f, point.resolve(f));
        Map<String, Object> out = Json.object();
        out.put("family", f.name());
        out.put("at", r.parameters());
        out.put("scalar", r.scalar());
        Json.putNumber(out, "gaussian", r.gaussian(),
                "Gaussian curvature is defined for 2-parameter families; this one has " + f.dimension());
        out.put("method", r.method());
        out.put("convention", "unit 2-sphere has R = +2; Gaussian curvature = R/2 in two dimensions");
        Output.print(out, json);
        return 0;
    }
}
