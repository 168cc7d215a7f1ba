package org.fisherscope.geometry;

/**
 * An exponential family in natural coordinates θ, carrying Amari's α-connection
 * Γ^(α)_ij,k = ((1 − α)/2)·T_ijk (T = ∂³ψ) instead of the Levi-Civita one (α = 0). Its "geodesics"
 * in the sense of {@link ExponentialMap} are α-geodesics: α = 1 gives straight lines in θ
 * (e-geodesics), α = −1 straight lines in η = ∇ψ (m-geodesics). The metric is still the Fisher
 * metric ∂²ψ, which measures residuals and lengths.
 */
final class AlphaConnection implements RiemannianMetric {

    private final StatisticalFamily family;
    private final ExponentialFamily exponential;
    private final double alpha;

    AlphaConnection(StatisticalFamily family, ExponentialFamily exponential, double alpha) {
        this.family = family;
        this.exponential = exponential;
        this.alpha = alpha;
    }

    @Override
    public int dimension() {
        return family.dimension();
    }

    @Override
    public boolean contains(double[] theta) {
        for (double v : theta) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        try {
            return family.contains(exponential.chartFromNatural(theta));
        } catch (RuntimeException outside) {
            return false;
        }
    }

    @Override
    public double[][] metric(double[] theta) {
        return exponential.secondCumulants(theta);
    }

    @Override
    public double[][][] metricDerivative(double[] theta) {
        double[][][] t = exponential.thirdCumulants(theta);
        int n = t.length;
        double[][][] d = new double[n][n][n];
        for (int l = 0; l < n; l++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    d[l][i][j] = t[i][j][l];
                }
            }
        }
        return d;
    }

    /** Γ^(α)k_ij = ((1 − α)/2) g^{kl} T_lij. */
    @Override
    public double[][][] christoffel(double[] theta) {
        double[][] ginv = Matrices.inverse(exponential.secondCumulants(theta));
        double[][][] t = exponential.thirdCumulants(theta);
        int n = t.length;
        double factor = (1 - alpha) / 2;
        double[][][] gamma = new double[n][n][n];
        for (int k = 0; k < n; k++) {
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int l = 0; l < n; l++) {
                        s += ginv[k][l] * t[l][i][j];
                    }
                    gamma[k][i][j] = factor * s;
                }
            }
        }
        return gamma;
    }
}
