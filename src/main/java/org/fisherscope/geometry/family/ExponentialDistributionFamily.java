package org.fisherscope.geometry.family;

import org.fisherscope.geometry.ContinuousDensity;

/**
 * The exponential distributions with rate λ (density λe^{−λx} on x ≥ 0, mean 1/λ). Fisher metric
 * ds² = dλ²/λ², arc length φ = ln λ, so d = |ln(λ₁/λ₂)|: scale invariant, and λ = 0 is infinitely
 * far away, so no boundary point is admitted. As an exponential family the statistic is −x, θ = λ
 * and ψ = −ln θ.
 *
 * <p>The class is not called ExponentialFamily because that name is the engine's interface.
 */
public final class ExponentialDistributionFamily extends ArcLengthFamily implements ContinuousDensity {

    /** {@link #typicalRange} ends at 14 means, beyond which lies e^{−14} ≈ 8e-7 of the mass. */
    private static final double DRAWN_MEANS = 14;

    public ExponentialDistributionFamily() {
        super("lambda", 0, false, Double.POSITIVE_INFINITY, false);
    }

    @Override
    public String name() {
        return "exponential";
    }

    @Override
    public String metricDescription() {
        return "ds² = dλ²/λ² (λ a rate); d = |ln(λ₁/λ₂)|; 1-D, so scalar curvature 0";
    }

    @Override
    protected double arcLength(double lambda) {
        return Math.log(lambda);
    }

    @Override
    protected double fromArcLength(double s) {
        return Math.exp(s);
    }

    @Override
    protected double information(double lambda) {
        return 1 / (lambda * lambda);
    }

    @Override
    protected double informationSlope(double lambda) {
        return -2 / (lambda * lambda * lambda);
    }

    @Override
    protected double natural(double lambda) {
        return lambda;
    }

    @Override
    protected double fromNatural(double theta) {
        return theta;
    }

    @Override
    protected double psi(double theta) {
        return -Math.log(theta);
    }

    /** E[−x] = −1/λ. */
    @Override
    protected double mean(double theta) {
        return -1 / theta;
    }

    @Override
    protected double fromMean(double eta) {
        return -1 / eta;
    }

    @Override
    protected double variance(double theta) {
        return 1 / (theta * theta);
    }

    @Override
    protected double thirdCumulant(double theta) {
        return -2 / (theta * theta * theta);
    }

    @Override
    public double density(double[] parameters, double x) {
        double lambda = parameters[0];
        return x < 0 ? 0 : lambda * Math.exp(-lambda * x);
    }

    @Override
    public double[] typicalRange(double[] parameters) {
        return new double[] {0, DRAWN_MEANS / parameters[0]};
    }
}
