package org.fisherscope.geometry.family;

import java.util.List;
import org.apache.commons.math3.util.FastMath;
import org.fisherscope.geometry.ClosedFormGeodesics;
import org.fisherscope.geometry.ContinuousDensity;
import org.fisherscope.geometry.ExponentialFamily;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.StatisticalFamily;

/**
 * The univariate normal family N(μ, σ) with Fisher metric ds² = (dμ² + 2dσ²)/σ²: the hyperbolic
 * half-plane scaled to Gaussian curvature −1/2 (scalar curvature R = −1).
 *
 * <p>In (x, y) = (μ/√2, σ) the metric is 2(dx² + dy²)/y², twice the Poincaré half-plane, so
 * d = √2 · d_H and geodesics are vertical lines or half-circles centred on the μ axis. Natural
 * parameters for the statistics (x, x²): θ = (μ/σ², −1/(2σ²)), ψ = −θ₁²/(4θ₂) − ½ ln(−2θ₂).
 */
public final class NormalFamily implements StatisticalFamily, ClosedFormGeodesics, ExponentialFamily,
        ContinuousDensity {

    private static final double SQRT2 = Math.sqrt(2);
    /** Normal quantile holding all but ~1e-6 of the mass on either side, for drawing densities. */
    private static final double DRAWN_QUANTILE = 4.5;

    @Override
    public String name() {
        return "normal";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("mu", "sigma");
    }

    @Override
    public int dimension() {
        return 2;
    }

    @Override
    public String metricDescription() {
        return "ds² = (dμ² + 2dσ²)/σ²; Gaussian curvature −1/2, scalar curvature R = −1 (unit sphere: R = +2)";
    }

    @Override
    public double[] checkParameters(double[] p, boolean allowBoundary) {
        if (p.length != 2) {
            throw new InvalidInputException("normal takes 2 parameters (mu, sigma), got " + p.length);
        }
        if (!Double.isFinite(p[0])) {
            throw new InvalidInputException("normal: mu must be a finite number, got " + p[0]);
        }
        if (!Double.isFinite(p[1]) || p[1] <= 0) {
            throw new InvalidInputException("normal: sigma must be a finite number > 0, got " + p[1]);
        }
        return p.clone();
    }

    /** σ is positive; μ is not. */
    @Override
    public boolean isPositiveCoordinate(int i) {
        return i == 1;
    }

    @Override
    public boolean contains(double[] x) {
        return Double.isFinite(x[0]) && Double.isFinite(x[1]) && x[1] > 0;
    }

    @Override
    public double[][] metric(double[] x) {
        double s2 = x[1] * x[1];
        return new double[][] {{1 / s2, 0}, {0, 2 / s2}};
    }

    @Override
    public double[][][] metricDerivative(double[] x) {
        double s3 = x[1] * x[1] * x[1];
        return new double[][][] {{{0, 0}, {0, 0}}, {{-2 / s3, 0}, {0, -4 / s3}}};
    }

    /** −Γ(v, v) from Γ^μ_μσ = −1/σ, Γ^σ_μμ = 1/(2σ), Γ^σ_σσ = −1/σ (the others vanish). */
    @Override
    public void geodesicAcceleration(double[] x, double[] v, double[] out) {
        double s = x[1];
        out[0] = 2 * v[0] * v[1] / s;
        out[1] = (v[1] * v[1] - 0.5 * v[0] * v[0]) / s;
    }

    // --- closed forms -------------------------------------------------------------------------

    @Override
    public double distance(double[] p, double[] q) {
        return SQRT2 * hyperbolicDistance(p, q);
    }

    /**
     * Distance in the unit half-plane between (μ/√2, σ) points, as 2·asinh(√(u/2)) with
     * u = |z₁ − z₂|²/(2 y₁ y₂); this equals arccosh(1 + u) without its cancellation for close points.
     */
    private static double hyperbolicDistance(double[] p, double[] q) {
        double dx = (p[0] - q[0]) / SQRT2;
        double dy = p[1] - q[1];
        double u = (dx * dx + dy * dy) / (2 * p[1] * q[1]);
        return 2 * FastMath.asinh(Math.sqrt(u / 2));
    }

    /**
     * Constant-speed geodesic through the hyperboloid model: move p to i = (0, 1) by the isometry
     * z ↦ (z − x_p)/y_p, where the geodesic from i to w is sinh((1−t)D)·P + sinh(tD)·W over sinh D
     * on the hyperboloid, then map back. This is stable for vertical and nearly vertical paths alike.
     */
    @Override
    public double[] pointAt(double[] p, double[] q, double t) {
        if (t == 0) {
            return p.clone();
        }
        double xp = p[0] / SQRT2;
        double yp = p[1];
        double wx = (q[0] / SQRT2 - xp) / yp;
        double wy = q[1] / yp;
        double d = hyperbolicDistance(new double[] {0, 1}, new double[] {wx * SQRT2, wy});
        if (d == 0) {
            return p.clone();
        }
        // Hyperboloid coordinates (X0, X1, X2) of i are (1, 0, 0) and of w
        // ((|w|² + 1)/(2y), x/y, (|w|² − 1)/(2y)); the half-plane point is y = 1/(X0 − X2), x = X1·y,
        // and X0 − X2 = a + b/w_y is formed directly to avoid cancellation.
        double a = Math.sinh((1 - t) * d) / Math.sinh(d);
        double b = Math.sinh(t * d) / Math.sinh(d);
        double x1 = b * wx / wy;
        double y = 1 / (a + b / wy);
        double x = x1 * y;
        return new double[] {(xp + x * yp) * SQRT2, y * yp};
    }

    // --- exponential family ---------------------------------------------------------------------

    @Override
    public double[] naturalParameters(double[] chart) {
        double s2 = chart[1] * chart[1];
        return new double[] {chart[0] / s2, -1 / (2 * s2)};
    }

    @Override
    public double[] chartFromNatural(double[] theta) {
        double s2 = -1 / (2 * theta[1]);
        return new double[] {theta[0] * s2, Math.sqrt(s2)};
    }

    @Override
    public double logPartition(double[] theta) {
        return -theta[0] * theta[0] / (4 * theta[1]) - 0.5 * Math.log(-2 * theta[1]);
    }

    @Override
    public double[] meanParameters(double[] theta) {
        double a = theta[0];
        double b = theta[1];
        return new double[] {-a / (2 * b), a * a / (4 * b * b) - 1 / (2 * b)};
    }

    @Override
    public double[] chartFromMean(double[] eta) {
        return new double[] {eta[0], Math.sqrt(eta[1] - eta[0] * eta[0])};
    }

    @Override
    public double[][] secondCumulants(double[] theta) {
        double a = theta[0];
        double b = theta[1];
        double ab = a / (2 * b * b);
        return new double[][] {{-1 / (2 * b), ab}, {ab, -a * a / (2 * b * b * b) + 1 / (2 * b * b)}};
    }

    @Override
    public double[][][] thirdCumulants(double[] theta) {
        double a = theta[0];
        double b = theta[1];
        double aab = 1 / (2 * b * b);
        double abb = -a / (b * b * b);
        double bbb = 3 * a * a / (2 * b * b * b * b) - 1 / (b * b * b);
        return new double[][][] {
            {{0, aab}, {aab, abb}},
            {{aab, abb}, {abb, bbb}}
        };
    }

    // --- densities ------------------------------------------------------------------------------

    @Override
    public double density(double[] p, double x) {
        double z = (x - p[0]) / p[1];
        return Math.exp(-0.5 * z * z) / (p[1] * Math.sqrt(2 * Math.PI));
    }

    @Override
    public double[] typicalRange(double[] p) {
        return new double[] {p[0] - DRAWN_QUANTILE * p[1], p[0] + DRAWN_QUANTILE * p[1]};
    }
}
