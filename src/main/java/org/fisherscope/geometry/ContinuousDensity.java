package org.fisherscope.geometry;

/** A family of densities on the real line, for drawing the distributions along a path. */
public interface ContinuousDensity {

    /** The density at x of the distribution with the given parameters. */
    double density(double[] parameters, double x);

    /** An interval [lo, hi] that holds nearly all the mass of the distribution. */
    double[] typicalRange(double[] parameters);
}
