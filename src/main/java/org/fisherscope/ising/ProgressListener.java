package org.fisherscope.ising;

/**
 * Receives how much of a long computation is done, as a fraction in [0, 1]. Called from the worker
 * thread (or threads); a GUI forwards it to its task. A plain interface so that the engine never sees
 * JavaFX.
 */
@FunctionalInterface
public interface ProgressListener {

    /** Ignores progress. */
    ProgressListener NONE = fraction -> { };

    void progress(double fraction);
}
