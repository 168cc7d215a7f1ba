package org.fisherscope.geometry;

/**
 * Geodesics of the α-connections of an exponential family, next to the Fisher–Rao one: the
 * e-geodesic is the straight line in natural parameters θ, the m-geodesic the straight line in mean
 * parameters η = ∇ψ, and any other α is solved by shooting in θ with the α-connection. Their lengths
 * are Fisher lengths of the curves, at least the Fisher–Rao distance.
 */
public final class DualGeodesics {

    private DualGeodesics() {
    }

    /** The geodesic of the connection from p to q (user parameters). */
    public static Geodesic between(StatisticalFamily family, double[] p, double[] q, Connection connection) {
        if (connection.alpha() == 0) {
            return Geodesics.between(family, p, q, Geodesics.Choice.AUTO);
        }
        if (!(family instanceof ExponentialFamily exponential)) {
            throw new InvalidInputException("e-, m- and α-geodesics need an exponential family in natural parameters;"
                    + " for " + family.name() + " only the Fisher geodesic (--connection fisher) is available");
        }
        double[] from = family.checkParameters(p, false);
        double[] to = family.checkParameters(q, false);
        double[] theta0 = exponential.naturalParameters(family.toChart(from));
        double[] theta1 = exponential.naturalParameters(family.toChart(to));
        if (connection.alpha() == 1) {
            return eGeodesic(family, exponential, from, to, theta0, theta1);
        }
        if (connection.alpha() == -1) {
            return mGeodesic(family, exponential, from, to, theta0, theta1);
        }
        return alphaGeodesic(family, exponential, from, to, theta0, theta1, connection);
    }

    /** The α-geodesic by shooting for any α, including 0 and ±1 (for tests against the other routes). */
    static Geodesic byShooting(StatisticalFamily family, double[] p, double[] q, Connection connection) {
        ExponentialFamily exponential = (ExponentialFamily) family;
        double[] from = family.checkParameters(p, false);
        double[] to = family.checkParameters(q, false);
        return alphaGeodesic(family, exponential, from, to, exponential.naturalParameters(family.toChart(from)),
                exponential.naturalParameters(family.toChart(to)), connection);
    }

    private static Geodesic eGeodesic(StatisticalFamily family, ExponentialFamily exponential, double[] from,
                                      double[] to, double[] theta0, double[] theta1) {
        double[] d = subtract(theta1, theta0);
        FisherLength arc = new FisherLength(t -> norm(exponential.secondCumulants(lerp(theta0, d, t)), d));
        return new Geodesic(family, from, to, Geodesic.Method.CLOSED_FORM, arc.total(), 0, 0,
                t -> endpointOr(t, from, to, () -> family.toParameters(exponential.chartFromNatural(lerp(theta0, d, t)))),
                Connection.E.label(), arc);
    }

    private static Geodesic mGeodesic(StatisticalFamily family, ExponentialFamily exponential, double[] from,
                                      double[] to, double[] theta0, double[] theta1) {
        double[] eta0 = exponential.meanParameters(theta0);
        double[] d = subtract(exponential.meanParameters(theta1), eta0);
        // Along η(t) = η₀ + tΔη, θ′ = g⁻¹Δη, so |γ′|² = Δηᵀ g⁻¹ Δη.
        java.util.function.DoubleFunction<double[]> theta = t -> exponential.naturalParameters(
                exponential.chartFromMean(lerp(eta0, d, t)));
        FisherLength arc = new FisherLength(t -> {
            double[] v = Matrices.solve(exponential.secondCumulants(theta.apply(t)), d);
            return Math.sqrt(Math.max(0, dot(v, d)));
        });
        return new Geodesic(family, from, to, Geodesic.Method.CLOSED_FORM, arc.total(), 0, 0,
                t -> endpointOr(t, from, to, () -> family.toParameters(exponential.chartFromMean(lerp(eta0, d, t)))),
                Connection.M.label(), arc);
    }

    private static Geodesic alphaGeodesic(StatisticalFamily family, ExponentialFamily exponential, double[] from,
                                          double[] to, double[] theta0, double[] theta1, Connection connection) {
        AlphaConnection chart = new AlphaConnection(family, exponential, connection.alpha());
        LogarithmMap.Solution solution = LogarithmMap.solve(chart, theta0, theta1, subtract(theta1, theta0));
        GeodesicPath path = solution.path();
        FisherLength arc = new FisherLength(t -> norm(exponential.secondCumulants(path.pointAt(t)), path.velocityAt(t)));
        return new Geodesic(family, from, to, Geodesic.Method.NUMERICAL, arc.total(), solution.residual(),
                solution.iterations(),
                t -> endpointOr(t, from, to, () -> family.toParameters(exponential.chartFromNatural(path.pointAt(t)))),
                connection.label(), arc);
    }

    /** The exact end points at t = 0 and 1 (no round trip through θ or η), the curve in between. */
    private static double[] endpointOr(double t, double[] from, double[] to, java.util.function.Supplier<double[]> inner) {
        if (t <= 0) {
            return from.clone();
        }
        if (t >= 1) {
            return to.clone();
        }
        return inner.get();
    }

    private static double[] lerp(double[] a, double[] d, double t) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] + t * d[i];
        }
        return r;
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[][] g, double[] v) {
        return Math.sqrt(Math.max(0, dot(v, Matrices.multiply(g, v))));
    }
}
