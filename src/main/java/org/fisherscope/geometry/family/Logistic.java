package org.fisherscope.geometry.family;

/**
 * The logistic functions shared by the Bernoulli and binomial families, written to keep full
 * precision when p is close to 0 or 1 (|θ| large).
 */
final class Logistic {

    private Logistic() {
    }

    /** σ(θ) = 1/(1 + e^−θ), without overflow for either sign. */
    static double sigmoid(double theta) {
        if (theta >= 0) {
            return 1 / (1 + Math.exp(-theta));
        }
        double e = Math.exp(theta);
        return e / (1 + e);
    }

    /** logit p = ln(p/(1 − p)). */
    static double logit(double p) {
        return Math.log(p) - Math.log1p(-p);
    }

    /** ln(1 + e^θ), without overflow for large θ. */
    static double softplus(double theta) {
        return Math.max(theta, 0) + Math.log1p(Math.exp(-Math.abs(theta)));
    }

    /** σ(θ)(1 − σ(θ)) as σ(θ)σ(−θ): 1 − σ(θ) would cancel for large θ. */
    static double bernoulliVariance(double theta) {
        return sigmoid(theta) * sigmoid(-theta);
    }

    /** σ(1 − σ)(1 − 2σ), the third cumulant of a Bernoulli variable, with 1 − 2σ = σ(−θ) − σ(θ). */
    static double bernoulliThirdCumulant(double theta) {
        return bernoulliVariance(theta) * (sigmoid(-theta) - sigmoid(theta));
    }

    /**
     * arcsin √p as atan2(√p, √(1 − p)): arcsin is ill-conditioned near 1, where √p rounds and its
     * slope is infinite; atan2 reads the small 1 − p directly.
     */
    static double halfAngle(double p) {
        return Math.atan2(Math.sqrt(p), Math.sqrt(1 - p));
    }

    /** The inverse of {@link #halfAngle}: p = sin² a. */
    static double fromHalfAngle(double a) {
        double s = Math.sin(a);
        return s * s;
    }
}
