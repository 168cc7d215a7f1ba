package org.fisherscope.geometry.family;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.special.Gamma;
import org.fisherscope.geometry.ContinuousDensity;
import org.fisherscope.geometry.ExponentialFamily;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.MeanParameters;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.special.Polygamma;

/**
 * The Dirichlet family Dir(a1..ak) and, for k = 2, the Beta family Beta(a, b) (the law of the first
 * coordinate of a 2-part Dirichlet). The chart is the natural parameter a itself (statistics ln x_i),
 * with log-partition ψ(a) = Σ ln Γ(a_i) − ln Γ(a₀), a₀ = Σ a_i, so
 * g_ij = δ_ij ψ′(a_i) − ψ′(a₀) and T_ijl = δ_ijl ψ″(a_i) − ψ″(a₀), both exact.
 * No geodesic closed form is known; geodesics are numerical.
 */
public final class DirichletFamily implements StatisticalFamily, ExponentialFamily, ContinuousDensity {

    private final int k;
    private final String name;
    private final List<String> names;

    private DirichletFamily(int k, String name, List<String> names) {
        this.k = k;
        this.name = name;
        this.names = names;
    }

    /** Dirichlet with k ≥ 2 parameters a1..ak. */
    public static DirichletFamily dirichlet(int k) {
        if (k < 2) {
            throw new InvalidInputException("dirichlet needs at least 2 parameters a1..ak, got " + k);
        }
        List<String> names = new ArrayList<>();
        for (int i = 1; i <= k; i++) {
            names.add("a" + i);
        }
        return new DirichletFamily(k, "dirichlet", names);
    }

    /** Beta(a, b). */
    public static DirichletFamily beta() {
        return new DirichletFamily(2, "beta", List.of("a", "b"));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<String> parameterNames() {
        return names;
    }

    @Override
    public int dimension() {
        return k;
    }

    @Override
    public String metricDescription() {
        return "g_ij = δ_ij ψ′(a_i) − ψ′(Σa) (ψ′ = trigamma); geodesics numerical; unit sphere: R = +2";
    }

    @Override
    public double[] checkParameters(double[] p, boolean allowBoundary) {
        if (p.length != k) {
            throw new InvalidInputException(name + " takes " + k + " parameters (" + String.join(", ", names)
                    + "), got " + p.length);
        }
        for (int i = 0; i < k; i++) {
            if (!Double.isFinite(p[i]) || p[i] <= 0) {
                throw new InvalidInputException(name + ": " + names.get(i) + " must be a finite number > 0, got "
                        + p[i]);
            }
        }
        return p.clone();
    }

    /** Every concentration parameter is positive. */
    @Override
    public boolean isPositiveCoordinate(int i) {
        return true;
    }

    @Override
    public boolean contains(double[] x) {
        for (double v : x) {
            if (!(v > 0) || Double.isInfinite(v)) {
                return false;
            }
        }
        return true;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    @Override
    public double[][] metric(double[] a) {
        return secondCumulants(a);
    }

    /** In the natural chart ∂_l g_ij = T_ijl exactly. */
    @Override
    public double[][][] metricDerivative(double[] a) {
        return thirdCumulants(a);
    }

    /**
     * Γ^m_ij = ½ Σ_l g^{ml} T_lij in closed form. The metric is diag(ψ′(a)) − ψ′(a₀)·11ᵀ, so its inverse
     * is diag(1/ψ′(a_i)) + u uᵀ·c/(1 − c Σ 1/ψ′(a_i)) with u_i = 1/ψ′(a_i) and c = ψ′(a₀)
     * (Sherman–Morrison), and with T_lij = δ_lij ψ″(a_l) − ψ″(a₀):
     * Γ^m_ij = ½ (g^{mi} δ_ij ψ″(a_i) − ψ″(a₀) Σ_l g^{ml}). No general inverse, one polygamma pass per
     * coordinate: this is the inner loop of every Beta and Dirichlet geodesic.
     */
    @Override
    public double[][][] christoffel(double[] a) {
        double[] total = Polygamma.trigammaAndTetragamma(sum(a));
        double c = total[0];
        double[] u = new double[k];
        double[] t = new double[k];
        double sumU = 0;
        for (int i = 0; i < k; i++) {
            double[] each = Polygamma.trigammaAndTetragamma(a[i]);
            u[i] = 1 / each[0];
            t[i] = each[1];
            sumU += u[i];
        }
        double factor = c / (1 - c * sumU);
        // Row sums of g⁻¹: Σ_l g^{ml} = u_m + factor·u_m·Σu.
        double[][][] gamma = new double[k][k][k];
        for (int m = 0; m < k; m++) {
            double rowSum = u[m] * (1 + factor * sumU);
            for (int i = 0; i < k; i++) {
                double ginvMi = (m == i ? u[m] : 0) + factor * u[m] * u[i];
                for (int j = 0; j < k; j++) {
                    gamma[m][i][j] = 0.5 * ((i == j ? ginvMi * t[i] : 0) - total[1] * rowSum);
                }
            }
        }
        return gamma;
    }

    /**
     * −Γ(v, v) in O(k) from the same closed form: Σ_ij Γ^m_ij v_i v_j = ½(u_m t_m v_m² + c' u_m Σ_i u_i t_i v_i²
     * − ψ″(a₀)·rowSum_m·(Σv)²), with u = 1/ψ′(a), t = ψ″(a), c' = ψ′(a₀)/(1 − ψ′(a₀)Σu).
     */
    @Override
    public void geodesicAcceleration(double[] a, double[] v, double[] out) {
        double[] total = Polygamma.trigammaAndTetragamma(sum(a));
        double c = total[0];
        double[] u = new double[k];
        double sumU = 0;
        double weighted = 0;
        double sumV = 0;
        for (int i = 0; i < k; i++) {
            double[] each = Polygamma.trigammaAndTetragamma(a[i]);
            u[i] = 1 / each[0];
            sumU += u[i];
            double tv2 = each[1] * v[i] * v[i];
            out[i] = u[i] * tv2;
            weighted += u[i] * tv2;
            sumV += v[i];
        }
        double factor = c / (1 - c * sumU);
        double shared = total[1] * (1 + factor * sumU) * sumV * sumV;
        for (int m = 0; m < k; m++) {
            out[m] = -0.5 * (out[m] + factor * u[m] * weighted - shared * u[m]);
        }
    }

    @Override
    public double[] naturalParameters(double[] chart) {
        return chart.clone();
    }

    @Override
    public double[] chartFromNatural(double[] theta) {
        return theta.clone();
    }

    @Override
    public double logPartition(double[] a) {
        double s = -Gamma.logGamma(sum(a));
        for (double v : a) {
            s += Gamma.logGamma(v);
        }
        return s;
    }

    @Override
    public double[] meanParameters(double[] a) {
        double common = Polygamma.digamma(sum(a));
        double[] eta = new double[k];
        for (int i = 0; i < k; i++) {
            eta[i] = Polygamma.digamma(a[i]) - common;
        }
        return eta;
    }

    /** Mean parameters E[ln x_i] have no closed-form inverse: Newton from the all-ones point. */
    @Override
    public double[] chartFromMean(double[] eta) {
        double[] start = new double[k];
        java.util.Arrays.fill(start, 1);
        return MeanParameters.invert(this, eta, start);
    }

    @Override
    public double[][] secondCumulants(double[] a) {
        double common = Polygamma.trigamma(sum(a));
        double[][] g = new double[k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                g[i][j] = (i == j ? Polygamma.trigamma(a[i]) : 0) - common;
            }
        }
        return g;
    }

    @Override
    public double[][][] thirdCumulants(double[] a) {
        double common = Polygamma.tetragamma(sum(a));
        double[][][] t = new double[k][k][k];
        for (int i = 0; i < k; i++) {
            for (int j = 0; j < k; j++) {
                for (int l = 0; l < k; l++) {
                    t[i][j][l] = (i == j && j == l ? Polygamma.tetragamma(a[i]) : 0) - common;
                }
            }
        }
        return t;
    }

    /** Beta density of x ∈ (0, 1); for k > 2 the density of the first coordinate (a Beta(a1, a₀ − a1)). */
    @Override
    public double density(double[] p, double x) {
        if (x <= 0 || x >= 1) {
            return 0;
        }
        double a = p[0];
        double b = sum(p) - a;
        return Math.exp((a - 1) * Math.log(x) + (b - 1) * Math.log1p(-x) - org.apache.commons.math3.special.Beta.logBeta(a, b));
    }

    @Override
    public double[] typicalRange(double[] p) {
        return new double[] {0, 1};
    }
}
