package org.fisherscope.geometry.family;

import java.util.List;
import org.fisherscope.geometry.ClosedFormGeodesics;
import org.fisherscope.geometry.ExponentialFamily;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.StatisticalFamily;

/**
 * A one-parameter family, whose Fisher metric g(x)dx² has an arc-length coordinate φ with
 * φ′ = ±√g. Every one-dimensional metric is flat in φ, so d(p, q) = |φ(p) − φ(q)|, the geodesic is
 * φ⁻¹((1−t)φ(p) + tφ(q)) and the scalar curvature is 0.
 *
 * <p>The parameter lives in an open interval (lower, upper), which is also the chart (the chart is
 * the parameter itself). An end may be admitted as a boundary point for the closed forms when φ
 * stays finite there (e.g. p = 0 and 1 for the Bernoulli family); the metric is singular at such an
 * end, so the numerical method and the curvature still need interior points. Subclasses supply φ,
 * φ⁻¹, the analytic metric and its derivative, and the scalar exponential-family functions.
 */
public abstract class ArcLengthFamily implements StatisticalFamily, ClosedFormGeodesics, ExponentialFamily {

    private final String parameter;
    private final double lower;
    private final boolean lowerIncluded;
    private final double upper;
    private final boolean upperIncluded;

    /**
     * The parameter's name and its domain: the open interval (lower, upper), with each end admitted
     * for the closed forms when its flag is set (only finite ends can be).
     */
    protected ArcLengthFamily(String parameter, double lower, boolean lowerIncluded, double upper,
                              boolean upperIncluded) {
        this.parameter = parameter;
        this.lower = lower;
        this.lowerIncluded = lowerIncluded && Double.isFinite(lower);
        this.upper = upper;
        this.upperIncluded = upperIncluded && Double.isFinite(upper);
    }

    /** The arc-length coordinate φ(x), defined on the closed ends that are admitted too. */
    protected abstract double arcLength(double x);

    /** The inverse of {@link #arcLength}. */
    protected abstract double fromArcLength(double s);

    /** g(x), the Fisher information of the parameter. */
    protected abstract double information(double x);

    /** dg/dx. */
    protected abstract double informationSlope(double x);

    /** θ(x), the natural parameter. */
    protected abstract double natural(double x);

    /** x(θ). */
    protected abstract double fromNatural(double theta);

    /** ψ(θ). */
    protected abstract double psi(double theta);

    /** ψ′(θ): the mean of the sufficient statistic. */
    protected abstract double mean(double theta);

    /** x from the mean η of the sufficient statistic. */
    protected abstract double fromMean(double eta);

    /** ψ″(θ): the variance of the sufficient statistic. */
    protected abstract double variance(double theta);

    /** ψ‴(θ): the third cumulant of the sufficient statistic. */
    protected abstract double thirdCumulant(double theta);

    @Override
    public final List<String> parameterNames() {
        return List.of(parameter);
    }

    @Override
    public final int dimension() {
        return 1;
    }

    @Override
    public double[] checkParameters(double[] p, boolean allowBoundary) {
        if (p.length != 1) {
            throw new InvalidInputException(name() + " takes 1 parameter (" + parameter + "), got " + p.length);
        }
        double x = p[0];
        boolean closedEnd = x == lower && lowerIncluded || x == upper && upperIncluded;
        if (!Double.isFinite(x) || !(x > lower && x < upper || closedEnd)) {
            throw new InvalidInputException(name() + ": " + parameter + " must be a finite number " + range()
                    + ", got " + x);
        }
        if (closedEnd && !allowBoundary) {
            throw new InvalidInputException(name() + ": " + parameter + " = " + number(x) + " lies on the boundary,"
                    + " where the Fisher metric is singular; away from the closed form " + parameter + " must be "
                    + openRange());
        }
        return p.clone();
    }

    /** The accepted range in words, e.g. "in [0, 1] ((0, 1) away from the closed form)". */
    private String range() {
        boolean anyEnd = lowerIncluded || upperIncluded;
        if (upper == Double.POSITIVE_INFINITY) {
            return (lowerIncluded ? "≥ " : "> ") + number(lower) + (anyEnd ? " (" + openRange()
                    + " away from the closed form)" : "");
        }
        return "in " + (lowerIncluded ? "[" : "(") + number(lower) + ", " + number(upper) + (upperIncluded ? "]" : ")")
                + (anyEnd ? " (" + openRange() + " away from the closed form)" : "");
    }

    private String openRange() {
        return upper == Double.POSITIVE_INFINITY ? "> " + number(lower)
                : "in (" + number(lower) + ", " + number(upper) + ")";
    }

    private static String number(double x) {
        return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }

    @Override
    public boolean contains(double[] x) {
        return x[0] > lower && x[0] < upper;
    }

    @Override
    public double[][] metric(double[] x) {
        return new double[][] {{information(x[0])}};
    }

    @Override
    public double[][][] metricDerivative(double[] x) {
        return new double[][][] {{{informationSlope(x[0])}}};
    }

    // --- closed forms -------------------------------------------------------------------------

    @Override
    public double distance(double[] p, double[] q) {
        return Math.abs(arcLength(p[0]) - arcLength(q[0]));
    }

    /** Linear in φ, which is arc length, so the speed is constant. */
    @Override
    public double[] pointAt(double[] p, double[] q, double t) {
        return new double[] {fromArcLength((1 - t) * arcLength(p[0]) + t * arcLength(q[0]))};
    }

    // --- exponential family ---------------------------------------------------------------------

    @Override
    public double[] naturalParameters(double[] chart) {
        return new double[] {natural(chart[0])};
    }

    @Override
    public double[] chartFromNatural(double[] theta) {
        return new double[] {fromNatural(theta[0])};
    }

    @Override
    public double logPartition(double[] theta) {
        return psi(theta[0]);
    }

    @Override
    public double[] meanParameters(double[] theta) {
        return new double[] {mean(theta[0])};
    }

    @Override
    public double[] chartFromMean(double[] eta) {
        return new double[] {fromMean(eta[0])};
    }

    @Override
    public double[][] secondCumulants(double[] theta) {
        return new double[][] {{variance(theta[0])}};
    }

    @Override
    public double[][][] thirdCumulants(double[] theta) {
        return new double[][][] {{{thirdCumulant(theta[0])}}};
    }
}
