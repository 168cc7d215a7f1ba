package org.fisherscope.geometry.family;

import org.apache.commons.math3.util.CombinatoricsUtils;
import org.fisherscope.geometry.DiscreteDistribution;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The binomial family with a fixed number of trials n and success probability p: n independent
 * Bernoulli trials, so the Fisher metric is n times the Bernoulli one, ds² = n dp²/(p(1 − p)), and
 * every distance is √n times the Bernoulli distance (d(0, 1) = √n·π). Natural parameter
 * θ = logit p for the number of successes, ψ = n ln(1 + e^θ).
 *
 * <p>{@link #name()} carries n, {@code binomial:n=N}, so that a printed or exported name is the
 * full family specification. p = 0 and p = 1 are admitted as boundary points of the closed forms.
 */
public final class BinomialFamily extends ArcLengthFamily implements DiscreteDistribution {

    /**
     * Half-width of {@link #typicalSupport} in standard deviations, plus the same number of
     * outcomes for small n·p: the binomial tails beyond it hold less than ~1e-12.
     */
    private static final double TAIL_WIDTH = 8;

    private final int n;
    private final double sqrtN;

    /** The family with n ≥ 1 trials. */
    public BinomialFamily(int n) {
        super("p", 0, true, 1, true);
        if (n < 1) {
            throw new InvalidInputException("binomial needs at least 1 trial, got n = " + n);
        }
        this.n = n;
        this.sqrtN = Math.sqrt(n);
    }

    /** Number of trials n. */
    public int trials() {
        return n;
    }

    @Override
    public String name() {
        return "binomial:n=" + n;
    }

    @Override
    public String metricDescription() {
        return "ds² = n·dp²/(p(1−p)) with n = " + n + "; d = 2√n·|arcsin√p₁ − arcsin√p₂|, d(0, 1) = √n·π;"
                + " 1-D, so scalar curvature 0";
    }

    @Override
    protected double arcLength(double p) {
        return 2 * sqrtN * Logistic.halfAngle(p);
    }

    @Override
    protected double fromArcLength(double s) {
        return Logistic.fromHalfAngle(s / (2 * sqrtN));
    }

    @Override
    protected double information(double p) {
        return n / (p * (1 - p));
    }

    @Override
    protected double informationSlope(double p) {
        double v = p * (1 - p);
        return -n * (1 - 2 * p) / (v * v);
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
        return n * Logistic.softplus(theta);
    }

    @Override
    protected double mean(double theta) {
        return n * Logistic.sigmoid(theta);
    }

    @Override
    protected double fromMean(double eta) {
        return eta / n;
    }

    @Override
    protected double variance(double theta) {
        return n * Logistic.bernoulliVariance(theta);
    }

    @Override
    protected double thirdCumulant(double theta) {
        return n * Logistic.bernoulliThirdCumulant(theta);
    }

    @Override
    public double probability(double[] parameters, int k) {
        double p = parameters[0];
        if (k < 0 || k > n) {
            return 0;
        }
        // The ends by hand: 0·ln 0 would be NaN.
        if (p == 0 || p == 1) {
            return k == (p == 0 ? 0 : n) ? 1 : 0;
        }
        return Math.exp(CombinatoricsUtils.binomialCoefficientLog(n, k) + k * Math.log(p) + (n - k) * Math.log1p(-p));
    }

    @Override
    public int[] typicalSupport(double[] parameters) {
        double p = parameters[0];
        double mean = n * p;
        double halfWidth = TAIL_WIDTH * (Math.sqrt(mean * (1 - p)) + 1);
        return new int[] {(int) Math.max(0, Math.floor(mean - halfWidth)), (int) Math.min(n, Math.ceil(mean + halfWidth))};
    }
}
