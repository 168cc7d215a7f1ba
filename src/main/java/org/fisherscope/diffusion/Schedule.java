package org.fisherscope.diffusion;

/**
 * A forward corruption process per Fourier coefficient, u_t = a_f(t)·u₀ + σ_f(t)·ε, over t ∈ [0, 1]. Its
 * marginal variance is v_f(t) = a_f(t)²·S_f + σ_f(t)², and the Fisher metric of the zero-mean diagonal
 * Gaussians is ds² = ½ Σ_f (d ln v_f)².
 */
public interface Schedule {

    /** Short name used on the command line ({@code spd}, {@code linear}, …). */
    String id();

    /** Name shown in figures and tables. */
    String label();

    /**
     * At time t for a frequency of radius |f| on a grid of side N with data variance S, writes
     * {a², d(a²)/dt, σ², d(σ²)/dt} into out.
     */
    void evaluate(double t, double radius, int gridSize, double power, double[] out);

    /** Index of a², d(a²)/dt, σ², d(σ²)/dt in {@link #evaluate}'s output. */
    int GAIN = 0;
    int GAIN_RATE = 1;
    int NOISE = 2;
    int NOISE_RATE = 3;
}
