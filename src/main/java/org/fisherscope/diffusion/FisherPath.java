package org.fisherscope.diffusion;

import org.fisherscope.geometry.InvalidInputException;

/**
 * A schedule on a spectrum as a path of zero-mean diagonal Gaussians v(t) = (v_f(t)), with the Fisher
 * metric ds² = ½ Σ_f (d ln v_f)². In the coordinates ln v_f/√2 the metric is Euclidean, so the geodesic
 * distance between two members is √(½ Σ_f ln²(v_f/v′_f)) and a path's length is the ordinary arc length
 * of t ↦ ln v(t)/√2: the Fisher speed √(½ Σ_f (∂_t ln v_f)²) integrated over [0, 1].
 */
public final class FisherPath {

    /** Relative accuracy of the path length (REFERENCE.md asks ≤ 1e-8; the estimate is conservative). */
    public static final double LENGTH_TOLERANCE = 1e-10;

    private final Spectrum spectrum;
    private final Schedule schedule;
    private final Spectrum.Bins bins;
    private final int gridSize;

    public FisherPath(Spectrum spectrum, Schedule schedule) {
        this.spectrum = spectrum;
        this.schedule = schedule;
        this.bins = spectrum.bins();
        this.gridSize = spectrum.grid().size();
    }

    public Spectrum spectrum() {
        return spectrum;
    }

    public Schedule schedule() {
        return schedule;
    }

    /** Marginal variances v_f(t) per distinct bin of {@link Spectrum#bins()}. */
    public double[] variances(double t) {
        checkTime(t);
        double[] v = new double[bins.size()];
        double[] out = new double[4];
        for (int b = 0; b < v.length; b++) {
            schedule.evaluate(t, bins.radius()[b], gridSize, bins.power()[b], out);
            v[b] = out[Schedule.GAIN] * bins.power()[b] + out[Schedule.NOISE];
        }
        return v;
    }

    /** The Fisher speed ds/dt = √(½ Σ_f (∂_t ln v_f)²) at t. */
    public double speed(double t) {
        checkTime(t);
        double[] out = new double[4];
        double sum = 0;
        for (int b = 0; b < bins.size(); b++) {
            double s = bins.power()[b];
            schedule.evaluate(t, bins.radius()[b], gridSize, s, out);
            double v = out[Schedule.GAIN] * s + out[Schedule.NOISE];
            double rate = out[Schedule.GAIN_RATE] * s + out[Schedule.NOISE_RATE];
            double logRate = rate / v;
            sum += bins.weight()[b] * logRate * logRate;
        }
        return Math.sqrt(0.5 * sum);
    }

    /** Fisher length of the continuous path over [from, to]. */
    public GaussKronrod.Result length(double from, double to) {
        checkTime(from);
        checkTime(to);
        return GaussKronrod.integrate(this::speed, from, to, LENGTH_TOLERANCE, 0);
    }

    /** Fisher length of the whole continuous path. */
    public double length() {
        return length(0, 1).value();
    }

    /** Fisher length of the discrete schedule sampled at t = k/steps: the sum of exact segment distances. */
    public double discreteLength(int steps) {
        if (steps < 1) {
            throw new InvalidInputException("steps must be at least 1, got " + steps);
        }
        double total = 0;
        double[] previous = variances(0);
        for (int k = 1; k <= steps; k++) {
            double[] next = variances((double) k / steps);
            total += distance(previous, next);
            previous = next;
        }
        return total;
    }

    /** Geodesic distance between the path's own end points v(0) and v(1). */
    public double endpointDistance() {
        return distance(variances(0), variances(1));
    }

    /** √(½ Σ_f w_f ln²(v_f/v′_f)) between two variance vectors over the same bins. */
    public double distance(double[] v, double[] w) {
        double sum = 0;
        for (int b = 0; b < v.length; b++) {
            double log = Math.log(v[b] / w[b]);
            sum += bins.weight()[b] * log * log;
        }
        return Math.sqrt(0.5 * sum);
    }

    /** Signal-to-noise ratio a_f²S_f/σ_f² at t for a frequency of radius |f| with data variance S. */
    public double snr(double t, double radius, double power) {
        double[] out = new double[4];
        schedule.evaluate(t, radius, gridSize, power, out);
        return out[Schedule.GAIN] * power / out[Schedule.NOISE];
    }

    /** {a², σ²} at t for one frequency. */
    public double[] gainAndNoise(double t, double radius, double power) {
        double[] out = new double[4];
        schedule.evaluate(t, radius, gridSize, power, out);
        return new double[] {out[Schedule.GAIN], out[Schedule.NOISE]};
    }

    private static void checkTime(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new InvalidInputException("t must lie in [0, 1], got " + t);
        }
    }
}
