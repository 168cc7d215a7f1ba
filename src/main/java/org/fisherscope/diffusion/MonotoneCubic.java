package org.fisherscope.diffusion;

/**
 * Monotone piecewise-cubic Hermite interpolation (Fritsch–Carlson): continuously differentiable,
 * never overshoots the data, so a tabulated ᾱ(t) in [0, 1] stays in [0, 1] and keeps its monotonicity.
 */
final class MonotoneCubic {

    private final double[] x;
    private final double[] y;
    private final double[] slope;

    MonotoneCubic(double[] x, double[] y) {
        int n = x.length;
        this.x = x.clone();
        this.y = y.clone();
        this.slope = new double[n];
        double[] secant = new double[n - 1];
        for (int i = 0; i < n - 1; i++) {
            secant[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        }
        slope[0] = secant[0];
        slope[n - 1] = secant[n - 2];
        for (int i = 1; i < n - 1; i++) {
            if (secant[i - 1] * secant[i] <= 0) {
                slope[i] = 0;
            } else {
                // Weighted harmonic mean of the neighbouring secants (Fritsch–Butland form).
                double w1 = 2 * (x[i + 1] - x[i]) + (x[i] - x[i - 1]);
                double w2 = (x[i + 1] - x[i]) + 2 * (x[i] - x[i - 1]);
                slope[i] = (w1 + w2) / (w1 / secant[i - 1] + w2 / secant[i]);
            }
        }
    }

    private int interval(double t) {
        int lo = 0;
        int hi = x.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (x[mid] <= t) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    double value(double t) {
        int i = interval(t);
        double h = x[i + 1] - x[i];
        double s = (t - x[i]) / h;
        double h00 = (1 + 2 * s) * (1 - s) * (1 - s);
        double h10 = s * (1 - s) * (1 - s);
        double h01 = s * s * (3 - 2 * s);
        double h11 = s * s * (s - 1);
        return h00 * y[i] + h10 * h * slope[i] + h01 * y[i + 1] + h11 * h * slope[i + 1];
    }

    double derivative(double t) {
        int i = interval(t);
        double h = x[i + 1] - x[i];
        double s = (t - x[i]) / h;
        double d00 = 6 * s * (s - 1) / h;
        double d10 = (1 - s) * (1 - 3 * s);
        double d01 = -d00;
        double d11 = s * (3 * s - 2);
        return d00 * y[i] + d10 * slope[i] + d01 * y[i + 1] + d11 * slope[i + 1];
    }
}
