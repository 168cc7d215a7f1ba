package org.fisherscope.geometry.family;

import java.util.ArrayList;
import java.util.List;
import org.fisherscope.geometry.ClosedFormGeodesics;
import org.fisherscope.geometry.ExponentialFamily;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.StatisticalFamily;

/**
 * The categorical family on k outcomes, p = (p1..pk) with Σ p_i = 1. The map p ↦ 2√p sends the
 * simplex onto the positive orthant of the sphere of radius 2, so the Fisher–Rao distance is
 * d(p, q) = 2·arccos(Σ √(p_i q_i)) (at most π) and the scalar curvature is (k−1)(k−2)/4
 * (Gaussian curvature 1/4 for k = 3).
 *
 * <p>The chart is (p1..p(k−1)) with pk = 1 − Σ, where g_ij = δ_ij/p_i + 1/p_k. Natural parameters
 * θ_i = ln(p_i/p_k), log-partition ψ = ln(1 + Σ e^θ_i).
 */
public final class CategoricalFamily implements StatisticalFamily, ClosedFormGeodesics, ExponentialFamily {

    /**
     * How far the typed probabilities may sum from 1 before they are rejected; within it they are
     * rescaled. Hand-typed values such as 0.333333 (six decimals) sum to 1 within ~1e-6.
     */
    public static final double SUM_TOLERANCE = 1e-5;

    private final int k;

    public CategoricalFamily(int k) {
        if (k < 2) {
            throw new InvalidInputException("categorical needs at least 2 outcomes, got k = " + k);
        }
        this.k = k;
    }

    /** Number of outcomes k. */
    public int outcomes() {
        return k;
    }

    @Override
    public String name() {
        return "categorical";
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(k);
        for (int i = 1; i <= k; i++) {
            names.add("p" + i);
        }
        return names;
    }

    @Override
    public int dimension() {
        return k - 1;
    }

    @Override
    public String metricDescription() {
        return "d(p, q) = 2·arccos(Σ√(p_i q_i)), max π; simplex ≅ sphere of radius 2, Gaussian curvature +1/4"
                + " for k = 3 (unit sphere: R = +2)";
    }

    @Override
    public double[] checkParameters(double[] p, boolean allowBoundary) {
        if (p.length != k) {
            throw new InvalidInputException("categorical with k = " + k + " takes " + k + " probabilities p1..p" + k
                    + ", got " + p.length);
        }
        double sum = 0;
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(p[i]) || p[i] < 0 || p[i] > 1) {
                throw new InvalidInputException("categorical: p" + (i + 1) + " must be a probability in [0, 1], got "
                        + p[i]);
            }
            if (!allowBoundary && p[i] == 0) {
                throw new InvalidInputException("categorical: p" + (i + 1) + " = 0 lies on the boundary of the simplex,"
                        + " where the Fisher metric is singular; the numerical method needs every p_i > 0");
            }
            sum += p[i];
        }
        if (Math.abs(sum - 1) > SUM_TOLERANCE) {
            throw new InvalidInputException("categorical: the probabilities must sum to 1, they sum to " + sum);
        }
        double[] normalised = new double[k];
        for (int i = 0; i < k; i++) {
            normalised[i] = p[i] / sum;
        }
        return normalised;
    }

    @Override
    public boolean contains(double[] x) {
        double sum = 0;
        for (double v : x) {
            if (!(v > 0)) {
                return false;
            }
            sum += v;
        }
        return sum < 1;
    }

    @Override
    public double[] toChart(double[] parameters) {
        double[] chart = new double[k - 1];
        System.arraycopy(parameters, 0, chart, 0, k - 1);
        return chart;
    }

    @Override
    public double[] toParameters(double[] chart) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < k - 1; i++) {
            p[i] = chart[i];
            sum += chart[i];
        }
        p[k - 1] = 1 - sum;
        return p;
    }

    private static double last(double[] chart) {
        double sum = 0;
        for (double v : chart) {
            sum += v;
        }
        return 1 - sum;
    }

    @Override
    public double[][] metric(double[] x) {
        int n = k - 1;
        double inverseLast = 1 / last(x);
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g[i][j] = inverseLast + (i == j ? 1 / x[i] : 0);
            }
        }
        return g;
    }

    @Override
    public double[][][] metricDerivative(double[] x) {
        int n = k - 1;
        double pk = last(x);
        double c = 1 / (pk * pk);
        double[][][] dg = new double[n][n][n];
        for (int l = 0; l < n; l++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    dg[l][i][j] = c - (i == j && j == l ? 1 / (x[i] * x[i]) : 0);
                }
            }
        }
        return dg;
    }

    // --- closed forms -------------------------------------------------------------------------

    /**
     * The angle between √p and √q on the unit sphere, as 2·asin(|√p − √q|/2), which keeps full
     * relative precision for close points where arccos(Σ√(pq)) would not.
     */
    private double angle(double[] p, double[] q) {
        double chord2 = 0;
        for (int i = 0; i < k; i++) {
            double d = Math.sqrt(p[i]) - Math.sqrt(q[i]);
            chord2 += d * d;
        }
        return 2 * Math.asin(Math.min(1, Math.sqrt(chord2) / 2));
    }

    @Override
    public double distance(double[] p, double[] q) {
        return 2 * angle(p, q);
    }

    /** The great circle between √p and √q (spherical linear interpolation), squared back to p. */
    @Override
    public double[] pointAt(double[] p, double[] q, double t) {
        double angle = angle(p, q);
        if (angle == 0 || t == 0) {
            return p.clone();
        }
        double a = Math.sin((1 - t) * angle) / Math.sin(angle);
        double b = Math.sin(t * angle) / Math.sin(angle);
        double[] r = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            double s = a * Math.sqrt(p[i]) + b * Math.sqrt(q[i]);
            r[i] = s * s;
            sum += r[i];
        }
        for (int i = 0; i < k; i++) {
            r[i] /= sum;
        }
        return r;
    }

    // --- exponential family ---------------------------------------------------------------------

    @Override
    public double[] naturalParameters(double[] chart) {
        double logLast = Math.log(last(chart));
        double[] theta = new double[k - 1];
        for (int i = 0; i < k - 1; i++) {
            theta[i] = Math.log(chart[i]) - logLast;
        }
        return theta;
    }

    /** p_i = e^θ_i / (1 + Σ e^θ_j), computed with the largest exponent factored out. */
    private static double[] probabilities(double[] theta) {
        double max = 0;
        for (double t : theta) {
            max = Math.max(max, t);
        }
        double denominator = Math.exp(-max);
        double[] e = new double[theta.length];
        for (int i = 0; i < theta.length; i++) {
            e[i] = Math.exp(theta[i] - max);
            denominator += e[i];
        }
        for (int i = 0; i < theta.length; i++) {
            e[i] /= denominator;
        }
        return e;
    }

    @Override
    public double[] chartFromNatural(double[] theta) {
        return probabilities(theta);
    }

    @Override
    public double logPartition(double[] theta) {
        double max = 0;
        for (double t : theta) {
            max = Math.max(max, t);
        }
        double sum = Math.exp(-max);
        for (double t : theta) {
            sum += Math.exp(t - max);
        }
        return max + Math.log(sum);
    }

    @Override
    public double[] meanParameters(double[] theta) {
        return probabilities(theta);
    }

    @Override
    public double[] chartFromMean(double[] eta) {
        return eta.clone();
    }

    @Override
    public double[][] secondCumulants(double[] theta) {
        double[] p = probabilities(theta);
        int n = p.length;
        double[][] g = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                g[i][j] = (i == j ? p[i] : 0) - p[i] * p[j];
            }
        }
        return g;
    }

    /** ∂³ψ = δ_ijl p_i − δ_ij p_i p_l − δ_il p_i p_j − δ_jl p_i p_j + 2 p_i p_j p_l. */
    @Override
    public double[][][] thirdCumulants(double[] theta) {
        double[] p = probabilities(theta);
        int n = p.length;
        double[][][] t = new double[n][n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                for (int l = 0; l < n; l++) {
                    double v = 2 * p[i] * p[j] * p[l];
                    if (i == j) {
                        v -= p[i] * p[l];
                    }
                    if (i == l) {
                        v -= p[i] * p[j];
                    }
                    if (j == l) {
                        v -= p[i] * p[j];
                    }
                    if (i == j && j == l) {
                        v += p[i];
                    }
                    t[i][j][l] = v;
                }
            }
        }
        return t;
    }
}
