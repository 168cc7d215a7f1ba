package org.fisherscope.geometry.family;

import org.apache.commons.math3.util.CombinatoricsUtils;
import org.fisherscope.geometry.DiscreteDistribution;

/**
 * The Poisson family with mean λ. Fisher metric ds² = dλ²/λ, arc length φ = 2√λ, so
 * d = 2|√λ₁ − √λ₂|. Natural parameter θ = ln λ for the count k, ψ = e^θ (every cumulant is λ).
 *
 * <p>λ = 0 (the point mass at 0) is admitted as a boundary point of the closed forms, where
 * d(0, λ) = 2√λ.
 */
public final class PoissonFamily extends ArcLengthFamily implements DiscreteDistribution {

    /**
     * Half-width of {@link #typicalSupport} in standard deviations, plus the same number of counts
     * for small λ: the Poisson tails beyond it hold less than ~1e-12.
     */
    private static final double TAIL_WIDTH = 8;

    public PoissonFamily() {
        super("lambda", 0, true, Double.POSITIVE_INFINITY, false);
    }

    @Override
    public String name() {
        return "poisson";
    }

    @Override
    public String metricDescription() {
        return "ds² = dλ²/λ; d = 2|√λ₁ − √λ₂|; 1-D, so scalar curvature 0";
    }

    @Override
    protected double arcLength(double lambda) {
        return 2 * Math.sqrt(lambda);
    }

    @Override
    protected double fromArcLength(double s) {
        return s * s / 4;
    }

    @Override
    protected double information(double lambda) {
        return 1 / lambda;
    }

    @Override
    protected double informationSlope(double lambda) {
        return -1 / (lambda * lambda);
    }

    @Override
    protected double natural(double lambda) {
        return Math.log(lambda);
    }

    @Override
    protected double fromNatural(double theta) {
        return Math.exp(theta);
    }

    @Override
    protected double psi(double theta) {
        return Math.exp(theta);
    }

    @Override
    protected double mean(double theta) {
        return Math.exp(theta);
    }

    @Override
    protected double fromMean(double eta) {
        return eta;
    }

    @Override
    protected double variance(double theta) {
        return Math.exp(theta);
    }

    @Override
    protected double thirdCumulant(double theta) {
        return Math.exp(theta);
    }

    @Override
    public double probability(double[] parameters, int k) {
        double lambda = parameters[0];
        if (k < 0) {
            return 0;
        }
        // The point mass at λ = 0 by hand: 0·ln 0 would be NaN.
        if (lambda == 0) {
            return k == 0 ? 1 : 0;
        }
        return Math.exp(k * Math.log(lambda) - lambda - CombinatoricsUtils.factorialLog(k));
    }

    @Override
    public int[] typicalSupport(double[] parameters) {
        double lambda = parameters[0];
        double halfWidth = TAIL_WIDTH * (Math.sqrt(lambda) + 1);
        return new int[] {(int) Math.max(0, Math.floor(lambda - halfWidth)),
            (int) Math.min(Integer.MAX_VALUE, Math.ceil(lambda + halfWidth))};
    }
}
