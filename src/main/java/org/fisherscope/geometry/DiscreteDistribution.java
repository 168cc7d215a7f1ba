package org.fisherscope.geometry;

/** A family of distributions on the integers, for drawing the distributions along a path as bars. */
public interface DiscreteDistribution {

    /** The probability of outcome k under the distribution with the given parameters (0 off the support). */
    double probability(double[] parameters, int k);

    /** Outcomes {lo, hi}, both inclusive, that hold nearly all the mass of the distribution. */
    int[] typicalSupport(double[] parameters);
}
