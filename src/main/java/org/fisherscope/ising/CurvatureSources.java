package org.fisherscope.ising;


/**
 * Where the curvature engines are chosen: the GUI's Ising workspace and {@code figure ising} both ask here,
 * so the exact engine plugs into the one method {@link #exact()}.
 */
public final class CurvatureSources {

    private CurvatureSources() {
    }

    /** The exact source: enumeration or transfer matrix, whichever is faster for each L (3 … 11). */
    public static CurvatureSource exact() {
        return new ExactSource();
    }
}
