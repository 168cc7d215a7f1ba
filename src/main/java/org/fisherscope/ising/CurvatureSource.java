package org.fisherscope.ising;

import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;

/**
 * Computes the curvature of one lattice size: the seam between the scaling workspace (and {@code figure
 * ising}) and the engines behind it, Monte Carlo today and exact when it arrives (see {@link CurvatureSources}).
 */
public interface CurvatureSource {

    /**
     * Everything besides L and K that decides the numbers, as stable text (for example
     * {@code mcmc-wolff sweeps=2000 seeds=4 seed=1}); equal keys give equal numbers, so results may be cached by it.
     */
    String key();

    /** The equivalent command-line options, e.g. {@code --method mcmc --sweeps 2000 --seeds 4 --seed 1}. */
    String arguments();

    /**
     * The curvature at L = {@code size} and coupling K. Checks {@code cancelled} often and then throws
     * {@link java.util.concurrent.CancellationException}; reports progress in [0, 1].
     */
    CurvaturePoint compute(int size, double coupling, BooleanSupplier cancelled, DoubleConsumer progress);
}
