package org.fisherscope.ising;

import java.util.Optional;

/**
 * Where the curvature engines are chosen: the GUI's Ising workspace and {@code figure ising} both ask here,
 * so the exact engine plugs into the one method {@link #exact()}.
 */
public final class CurvatureSources {

    /** Shown wherever exact is offered but not yet available (tooltip, command-line error). */
    public static final String EXACT_PENDING = "the exact method (enumeration to L = 5, transfer matrix to L = 10)"
            + " arrives with the exact engine; use Monte Carlo for now";

    private CurvatureSources() {
    }

    /**
     * The exact source, or empty while the exact engine is not part of this build.
     *
     * <p>EXACT ENGINE PLUG-IN POINT: return a {@link CurvatureSource} backed by the exact engine here (method
     * name per L, e.g. "enumeration" or "transfer", error NaN). Until then callers disable the exact choice
     * and show {@link #EXACT_PENDING}; no exact-looking numbers are made up.
     */
    public static Optional<CurvatureSource> exact() {
        return Optional.empty();
    }
}
