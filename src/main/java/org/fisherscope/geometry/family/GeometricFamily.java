package org.fisherscope.geometry.family;

import org.fisherscope.geometry.DiscreteDistribution;

/**
 * The geometric family: the number of trials k = 1, 2, … up to and including the first success,
 * P(k) = p(1 − p)^{k−1}, mean 1/p. Fisher metric ds² = dp²/(p²(1 − p)).
 *
 * <p>Arc length: with u = √(1 − p), ∫ dp/(p√(1 − p)) = −2 artanh u, so φ(p) = 2 artanh √(1 − p),
 * written as 2 ln(1 + √(1 − p)) − ln p because artanh u near u = 1 would amplify the rounding of
 * √(1 − p) by 1/p. Its inverse is p = 1/cosh²(s/2). φ(1) = 0 is finite, so p = 1 (success at the
 * first trial) is admitted as a boundary point of the closed forms; φ → ∞ as p → 0, so p = 0 is not.
 *
 * <p>Natural parameter θ = ln(1 − p) for the statistic k, ψ = θ − ln(1 − e^θ) = ln((1 − p)/p),
 * whose derivative 1/(1 − e^θ) = 1/p is the mean.
 */
public final class GeometricFamily extends ArcLengthFamily implements DiscreteDistribution {

    /** {@link #typicalSupport} ends where the remaining tail (1 − p)^k falls below this. */
    private static final double TAIL_MASS = 1e-12;

    public GeometricFamily() {
        super("p", 0, false, 1, true);
    }

    @Override
    public String name() {
        return "geometric";
    }

    @Override
    public String metricDescription() {
        return "ds² = dp²/(p²(1−p)); d = 2|artanh√(1−p₁) − artanh√(1−p₂)|; 1-D, so scalar curvature 0";
    }

    @Override
    protected double arcLength(double p) {
        return 2 * Math.log1p(Math.sqrt(1 - p)) - Math.log(p);
    }

    @Override
    protected double fromArcLength(double s) {
        double c = Math.cosh(s / 2);
        return 1 / (c * c);
    }

    @Override
    protected double information(double p) {
        return 1 / (p * p * (1 - p));
    }

    @Override
    protected double informationSlope(double p) {
        double q = 1 - p;
        return (3 * p - 2) / (p * p * p * q * q);
    }

    @Override
    protected double natural(double p) {
        return Math.log1p(-p);
    }

    @Override
    protected double fromNatural(double theta) {
        return -Math.expm1(theta);
    }

    @Override
    protected double psi(double theta) {
        return theta - Math.log(-Math.expm1(theta));
    }

    @Override
    protected double mean(double theta) {
        return -1 / Math.expm1(theta);
    }

    @Override
    protected double fromMean(double eta) {
        return 1 / eta;
    }

    /** e^θ/(1 − e^θ)² = (1 − p)/p². */
    @Override
    protected double variance(double theta) {
        double p = -Math.expm1(theta);
        return Math.exp(theta) / (p * p);
    }

    /** e^θ(1 + e^θ)/(1 − e^θ)³ = (1 − p)(2 − p)/p³. */
    @Override
    protected double thirdCumulant(double theta) {
        double p = -Math.expm1(theta);
        double e = Math.exp(theta);
        return e * (1 + e) / (p * p * p);
    }

    @Override
    public double probability(double[] parameters, int k) {
        double p = parameters[0];
        if (k < 1) {
            return 0;
        }
        // p = 1 by hand: 0^0 is 1 in Math.pow, but (k − 1)·ln 0 is not.
        return p == 1 ? (k == 1 ? 1 : 0) : p * Math.exp((k - 1) * Math.log1p(-p));
    }

    @Override
    public int[] typicalSupport(double[] parameters) {
        double p = parameters[0];
        double last = p == 1 ? 1 : Math.ceil(Math.log(TAIL_MASS) / Math.log1p(-p));
        return new int[] {1, (int) Math.min(Integer.MAX_VALUE, Math.max(1, last))};
    }
}
