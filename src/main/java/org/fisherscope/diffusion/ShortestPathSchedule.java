package org.fisherscope.diffusion;

/**
 * Shortest-path diffusion (arXiv 2306.00501): the Fisher geodesic from the data model to white noise,
 * v_f(t) = S_f^{1−t}, i.e. ᾱ_f(t) = (1 − S_f^{1−t})/(1 − S_f) (1 − t at S_f = 1). It sharpens the signal
 * (high-variance low frequencies lose their signal first) while deblurring the noise, and it runs at
 * constant Fisher speed; its length is √(½ Σ_f ln² S_f).
 */
public final class ShortestPathSchedule implements Schedule {

    @Override
    public String id() {
        return "spd";
    }

    @Override
    public String label() {
        return "shortest path (SPD)";
    }

    /** ᾱ_f(t), written with expm1 so that S near 1 keeps its digits. */
    public static double alphaBar(double t, double power) {
        double log = Math.log(power);
        if (log == 0) {
            return 1 - t;
        }
        return Math.expm1((1 - t) * log) / Math.expm1(log);
    }

    /** dᾱ_f/dt = S^{1−t}·ln S/(1 − S). */
    public static double alphaBarRate(double t, double power) {
        double log = Math.log(power);
        if (log == 0) {
            return -1;
        }
        return -Math.exp((1 - t) * log) * log / Math.expm1(log);
    }

    @Override
    public void evaluate(double t, double radius, int gridSize, double power, double[] out) {
        double a = alphaBar(t, power);
        double rate = alphaBarRate(t, power);
        out[GAIN] = a;
        out[GAIN_RATE] = rate;
        out[NOISE] = 1 - a;
        out[NOISE_RATE] = -rate;
    }
}
