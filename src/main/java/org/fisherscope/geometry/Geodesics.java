package org.fisherscope.geometry;

/**
 * Computes Fisher–Rao geodesics between two points of a family: in closed form where the family has
 * one, otherwise (or on request) by shooting in the family's chart.
 */
public final class Geodesics {

    /** Which method the caller wants. */
    public enum Choice {
        AUTO, CLOSED_FORM, NUMERICAL
    }

    private Geodesics() {
    }

    /** The geodesic from p to q (user parameters, checked here). */
    public static Geodesic between(StatisticalFamily family, double[] p, double[] q, Choice choice) {
        boolean closedForm = family instanceof ClosedFormGeodesics forms && choice != Choice.NUMERICAL
                && forms.closedFormApplies(family.checkParameters(p, true), family.checkParameters(q, true));
        if (choice == Choice.CLOSED_FORM && !closedForm) {
            throw new InvalidInputException("the " + family.name() + " family has no closed-form geodesic between"
                    + " these points; use the numerical method");
        }
        double[] from = family.checkParameters(p, closedForm);
        double[] to = family.checkParameters(q, closedForm);
        return closedForm ? closedForm(family, (ClosedFormGeodesics) family, from, to) : numerical(family, from, to);
    }

    private static Geodesic closedForm(StatisticalFamily family, ClosedFormGeodesics forms, double[] from,
                                       double[] to) {
        double distance = forms.distance(from, to);
        double[] end = forms.pointAt(from, to, 1);
        // The curve's own end point against the requested one: the formula's rounding, in distance units.
        double residual = forms.distance(end, to);
        return new Geodesic(family, from, to, Geodesic.Method.CLOSED_FORM, distance, residual, 0,
                t -> forms.pointAt(from, to, t));
    }

    private static Geodesic numerical(StatisticalFamily family, double[] from, double[] to) {
        double[] x = family.toChart(from);
        double[] y = family.toChart(to);
        if (java.util.Arrays.equals(x, y)) {
            return new Geodesic(family, from, to, Geodesic.Method.NUMERICAL, 0, 0, 0, t -> from.clone());
        }
        LogarithmMap.Solution solution = family instanceof ExponentialFamily exponential
                ? LogarithmMap.solve(family, x, y, dualGuess(family, exponential, x, y))
                : LogarithmMap.solve(family, x, y);
        GeodesicPath path = solution.path();
        return new Geodesic(family, from, to, Geodesic.Method.NUMERICAL, path.length(), solution.residual(),
                solution.iterations(), t -> family.toParameters(path.pointAt(t)));
    }

    /**
     * A first guess for the Levi-Civita (α = 0) geodesic's initial velocity: the mean of the e- and
     * m-geodesics' initial velocities (α = ±1), which bracket it. Both curves are explicit: straight in
     * θ and in η = ∇ψ, so their chart velocities are J·Δθ and J·g⁻¹·Δη with J = ∂chart/∂θ.
     */
    static double[] dualGuess(StatisticalFamily family, ExponentialFamily exponential, double[] x, double[] y) {
        double[] theta0 = exponential.naturalParameters(x);
        double[] theta1 = exponential.naturalParameters(y);
        double[] dTheta = new double[theta0.length];
        double[] eta0 = exponential.meanParameters(theta0);
        double[] eta1 = exponential.meanParameters(theta1);
        double[] dEta = new double[theta0.length];
        for (int i = 0; i < dTheta.length; i++) {
            dTheta[i] = theta1[i] - theta0[i];
            dEta[i] = eta1[i] - eta0[i];
        }
        double[] mTheta = Matrices.solve(exponential.secondCumulants(theta0), dEta);
        double[][][] jacobian = MetricCalculus.differentiate(th -> new double[][] {exponential.chartFromNatural(th)},
                th -> family.contains(exponential.chartFromNatural(th)), theta0);
        double[] guess = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            double s = 0;
            for (int a = 0; a < theta0.length; a++) {
                s += jacobian[a][0][i] * (dTheta[a] + mTheta[a]) / 2;
            }
            guess[i] = s;
        }
        return guess;
    }
}
