package org.fisherscope.geometry;

/**
 * Kullback–Leibler divergence between members of an exponential family, as the Bregman divergence
 * of the log-partition: KL(p‖q) = ψ(θ_q) − ψ(θ_p) − (θ_q − θ_p)·η_p. It is not symmetric; to
 * second order it is half the squared Fisher–Rao distance. Families with their own closed form
 * ({@link ClosedFormDivergence}, e.g. the multivariate normal in its (μ, Σ) chart) use it instead.
 */
public final class Divergences {

    private Divergences() {
    }

    /** Whether {@link #kullbackLeibler} is defined for this family. */
    public static boolean isDefinedFor(StatisticalFamily family) {
        return family instanceof ClosedFormDivergence || family instanceof ExponentialFamily;
    }

    /** KL(p‖q) for interior points p, q of an exponential family. */
    public static double kullbackLeibler(StatisticalFamily family, double[] p, double[] q) {
        if (family instanceof ClosedFormDivergence closedForm) {
            double kl = closedForm.kullbackLeibler(family.checkParameters(p, false), family.checkParameters(q, false));
            return Math.max(0, kl);
        }
        if (!(family instanceof ExponentialFamily exponential)) {
            throw new InvalidInputException("KL divergence is computed for exponential families; " + family.name()
                    + " is not one here");
        }
        double[] thetaP = exponential.naturalParameters(family.toChart(family.checkParameters(p, false)));
        double[] thetaQ = exponential.naturalParameters(family.toChart(family.checkParameters(q, false)));
        double[] eta = exponential.meanParameters(thetaP);
        double kl = exponential.logPartition(thetaQ) - exponential.logPartition(thetaP);
        for (int i = 0; i < eta.length; i++) {
            kl -= (thetaQ[i] - thetaP[i]) * eta[i];
        }
        // KL ≥ 0; a tiny negative value is cancellation between the ψ terms for nearly equal points.
        return Math.max(0, kl);
    }
}
