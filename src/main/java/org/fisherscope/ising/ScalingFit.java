package org.fisherscope.ising;

import org.fisherscope.geometry.InvalidInputException;

/**
 * Power-law scaling |R| ~ n^{d_R}: the ordinary least-squares line of ln|R| on ln n, the standard error of
 * its slope from the residuals (s² = Σ e²/(k − 2), SE = s/√Σ(x − x̄)²), and the effective exponents
 * ln(|R_{i+1}|/|R_i|)/ln(n_{i+1}/n_i) between successive points. With two points the line is exact and the
 * standard error is undefined (NaN).
 *
 * @param slope fitted exponent d_R
 * @param intercept ln|R| at n = 1 on the fitted line
 * @param slopeStdErr standard error of the slope from the residuals; NaN for two points
 * @param effective the k − 1 consecutive exponents, in the order of the points
 */
public record ScalingFit(double slope, double intercept, double slopeStdErr, double[] effective) {

    /** The 2D Ising prediction (dν + 2η)/(dν + η) with d = 2, ν = 1, η = 1/4: 10/9. */
    public static final double ISING_2D_PREDICTION = prediction(2, 1, 0.25);

    /** (dν + 2η)/(dν + η), the exponent the paper predicts for |R| against n = L^d. */
    public static double prediction(double dimension, double nu, double eta) {
        return (dimension * nu + 2 * eta) / (dimension * nu + eta);
    }

    /**
     * Fits ln|values| on ln sizes. Sizes (n) must be positive and distinct; values must be finite and
     * non-zero (their sign is dropped: at K_c, R is negative and the scaling is of |R|).
     */
    public static ScalingFit of(double[] sizes, double[] values) {
        int k = sizes.length;
        if (values.length != k) {
            throw new InvalidInputException(k + " sizes but " + values.length + " values");
        }
        if (k < 2) {
            throw new InvalidInputException("a scaling fit needs at least two sizes, got " + k);
        }
        double[] x = new double[k];
        double[] y = new double[k];
        for (int i = 0; i < k; i++) {
            if (!(sizes[i] > 0) || Double.isInfinite(sizes[i])) {
                throw new InvalidInputException("sizes must be finite and positive, got " + sizes[i]);
            }
            if (!Double.isFinite(values[i]) || values[i] == 0) {
                throw new InvalidInputException("|R| must be finite and non-zero, got " + values[i]);
            }
            x[i] = Math.log(sizes[i]);
            y[i] = Math.log(Math.abs(values[i]));
        }
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < k; i++) {
            meanX += x[i] / k;
            meanY += y[i] / k;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = 0; i < k; i++) {
            sxx += (x[i] - meanX) * (x[i] - meanX);
            sxy += (x[i] - meanX) * (y[i] - meanY);
        }
        if (sxx == 0) {
            throw new InvalidInputException("the sizes are all equal; a slope needs at least two different n");
        }
        double slope = sxy / sxx;
        double intercept = meanY - slope * meanX;
        double stdErr = Double.NaN;
        if (k > 2) {
            double sse = 0;
            for (int i = 0; i < k; i++) {
                double e = y[i] - (intercept + slope * x[i]);
                sse += e * e;
            }
            stdErr = Math.sqrt(sse / (k - 2) / sxx);
        }
        double[] effective = new double[k - 1];
        for (int i = 0; i + 1 < k; i++) {
            effective[i] = (y[i + 1] - y[i]) / (x[i + 1] - x[i]);
        }
        return new ScalingFit(slope, intercept, stdErr, effective);
    }

    /** |R| on the fitted line at n. */
    public double at(double size) {
        return Math.exp(intercept + slope * Math.log(size));
    }
}
