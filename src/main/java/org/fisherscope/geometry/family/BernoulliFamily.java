package org.fisherscope.geometry.family;

import org.fisherscope.geometry.DiscreteDistribution;

/**
 * The Bernoulli family with success probability p. Fisher metric ds² = dp²/(p(1 − p)), arc length
 * φ = 2 arcsin √p, so d = 2|arcsin √p₁ − arcsin √p₂| and d(0, 1) = π (the categorical family with
 * two outcomes). Natural parameter θ = logit p for the statistic k, ψ = ln(1 + e^θ).
 *
 * <p>p = 0 and p = 1 are admitted as boundary points of the closed forms.
 */
public final class BernoulliFamily extends ArcLengthFamily implements DiscreteDistribution {

    public BernoulliFamily() {
        super("p", 0, true, 1, true);
    }

    @Override
    public String name() {
        return "bernoulli";
    }

    @Override
    public String metricDescription() {
        return "ds² = dp²/(p(1−p)); d = 2|arcsin√p₁ − arcsin√p₂|, d(0, 1) = π; 1-D, so scalar curvature 0";
    }

    @Override
    protected double arcLength(double p) {
        return 2 * Logistic.halfAngle(p);
    }

    @Override
    protected double fromArcLength(double s) {
        return Logistic.fromHalfAngle(s / 2);
    }

    @Override
    protected double information(double p) {
        return 1 / (p * (1 - p));
    }

    @Override
    protected double informationSlope(double p) {
        double v = p * (1 - p);
        return -(1 - 2 * p) / (v * v);
    }

    @Override
    protected double natural(double p) {
        return Logistic.logit(p);
    }

    @Override
    protected double fromNatural(double theta) {
        return Logistic.sigmoid(theta);
    }

    @Override
    protected double psi(double theta) {
        return Logistic.softplus(theta);
    }

    @Override
    protected double mean(double theta) {
        return Logistic.sigmoid(theta);
    }

    @Override
    protected double fromMean(double eta) {
        return eta;
    }

    @Override
    protected double variance(double theta) {
        return Logistic.bernoulliVariance(theta);
    }

    @Override
    protected double thirdCumulant(double theta) {
        return Logistic.bernoulliThirdCumulant(theta);
    }

    @Override
    public double probability(double[] parameters, int k) {
        double p = parameters[0];
        return k == 1 ? p : k == 0 ? 1 - p : 0;
    }

    @Override
    public int[] typicalSupport(double[] parameters) {
        return new int[] {0, 1};
    }
}
