package org.fisherscope.geometry;

/**
 * A family whose Kullback–Leibler divergence is computed from its own closed form rather than from the
 * exponential-family Bregman route of {@link Divergences} (e.g. because its chart is not a natural one).
 */
public interface ClosedFormDivergence {

    /** KL(p‖q) for valid interior parameter vectors p and q (already checked by the caller). */
    double kullbackLeibler(double[] p, double[] q);
}
