package org.fisherscope.diffusion;

/**
 * A variance-preserving schedule with one ᾱ(t) for every frequency: a² = ᾱ, σ² = 1 − ᾱ.
 */
public abstract class AlphaBarSchedule implements Schedule {

    /** ᾱ(t). */
    public abstract double alphaBar(double t);

    /** dᾱ/dt. */
    public abstract double alphaBarRate(double t);

    @Override
    public final void evaluate(double t, double radius, int gridSize, double power, double[] out) {
        double a = alphaBar(t);
        double rate = alphaBarRate(t);
        out[GAIN] = a;
        out[GAIN_RATE] = rate;
        out[NOISE] = 1 - a;
        out[NOISE_RATE] = -rate;
    }
}
