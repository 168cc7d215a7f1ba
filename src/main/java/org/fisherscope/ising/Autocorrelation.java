package org.fisherscope.ising;

/**
 * The integrated autocorrelation time τ_int = ½ + Σ_{t≥1} ρ(t) of a time series, with Sokal's automatic
 * window: the sum stops at the first W with W ≥ c·τ_int(W), c = 6, which keeps the truncation bias small
 * while the noise of the long-lag terms stays bounded. With this convention independent samples have
 * τ_int = ½ and the variance of the mean is 2τ_int·σ²/N.
 */
public final class Autocorrelation {

    /** Sokal's window constant; 5–10 is customary, 6 suits near-exponential decays. */
    static final double WINDOW = 6;

    private Autocorrelation() {
    }

    public static double integratedTime(double[] series) {
        int n = series.length;
        if (n < 2) {
            return 0.5;
        }
        double mean = 0;
        for (double v : series) {
            mean += v;
        }
        mean /= n;
        double c0 = 0;
        for (double v : series) {
            c0 += (v - mean) * (v - mean);
        }
        c0 /= n;
        if (c0 == 0) {
            return 0.5;
        }
        double tau = 0.5;
        for (int t = 1; t < n; t++) {
            double c = 0;
            for (int i = 0; i + t < n; i++) {
                c += (series[i] - mean) * (series[i + t] - mean);
            }
            tau += c / (n - t) / c0;
            if (t >= WINDOW * tau) {
                break;
            }
        }
        return Math.max(0.5, tau);
    }
}
