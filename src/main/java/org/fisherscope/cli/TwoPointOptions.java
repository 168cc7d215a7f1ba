package org.fisherscope.cli;

import org.fisherscope.geometry.Connection;
import org.fisherscope.geometry.DualGeodesics;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.PointText;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.Families;
import picocli.CommandLine.Option;

/** The family and the two end points shared by {@code distance}, {@code geodesic} and {@code figure geodesics}. */
public final class TwoPointOptions {

    @Option(names = "--family", required = true, paramLabel = "F",
            description = "Family: normal, categorical, bernoulli, binomial:n=N, poisson, exponential, geometric, "
                    + "gamma, beta, dirichlet, mvnormal:d=D.")
    String family;

    @Option(names = "--from", required = true, paramLabel = "P",
            description = "Start point: values in parameter order (0,1) or name=value pairs (mu=0,sigma=1).")
    String from;

    @Option(names = "--to", required = true, paramLabel = "P", description = "End point, written like --from.")
    String to;

    @Option(names = "--method", paramLabel = "M", defaultValue = "auto",
            description = "auto (closed form where the family has one), closed-form or numerical (shooting). "
                    + "Default: ${DEFAULT-VALUE}.")
    String method;

    /** The family, sized by the points (categorical k). */
    public StatisticalFamily resolveFamily() {
        PointText p = PointText.parse(from);
        PointText q = PointText.parse(to);
        if (p.size() != q.size()) {
            throw new InvalidInputException("--from has " + p.size() + " values but --to has " + q.size());
        }
        return Families.create(family, p.size());
    }

    /** The Fisher–Rao geodesic between the two points. */
    public Geodesic geodesic() {
        StatisticalFamily f = resolveFamily();
        return Geodesics.between(f, PointText.parse(from).resolve(f), PointText.parse(to).resolve(f), choice());
    }

    /** The geodesic of a connection (fisher honours --method; e, m, α need an exponential family). */
    public Geodesic geodesic(Connection connection) {
        if (connection.alpha() == 0) {
            return geodesic();
        }
        StatisticalFamily f = resolveFamily();
        return DualGeodesics.between(f, PointText.parse(from).resolve(f), PointText.parse(to).resolve(f), connection);
    }

    private Geodesics.Choice choice() {
        return switch (method.toLowerCase(java.util.Locale.ROOT)) {
            case "auto" -> Geodesics.Choice.AUTO;
            case "closed-form" -> Geodesics.Choice.CLOSED_FORM;
            case "numerical" -> Geodesics.Choice.NUMERICAL;
            default -> throw new InvalidInputException("--method must be auto, closed-form or numerical, got '"
                    + method + "'");
        };
    }

    /** The options as they would be typed, for the equivalent command line. */
    public String asArguments() {
        return "--family " + family + " --from " + from + " --to " + to
                + ("auto".equals(method) ? "" : " --method " + method);
    }
}
