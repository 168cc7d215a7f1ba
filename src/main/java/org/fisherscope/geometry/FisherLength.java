package org.fisherscope.geometry;

import java.util.function.DoubleUnaryOperator;

/**
 * The Fisher length ∫ |γ′(t)|_g dt of a curve from its speed, tabulated once by Gauss–Legendre
 * quadrature on a fixed grid so that the arc length at any t costs one more small quadrature.
 */
final class FisherLength implements DoubleUnaryOperator {

    /** Intervals of the table; with 5 Gauss nodes each, smooth speeds integrate to ~1e-13. */
    static final int INTERVALS = 64;
    private static final double[] NODES = {-0.9061798459386640, -0.5384693101056831, 0, 0.5384693101056831,
        0.9061798459386640};
    private static final double[] WEIGHTS = {0.2369268850561891, 0.4786286704993665, 0.5688888888888889,
        0.4786286704993665, 0.2369268850561891};

    private final DoubleUnaryOperator speed;
    private final double[] cumulative = new double[INTERVALS + 1];

    FisherLength(DoubleUnaryOperator speed) {
        this.speed = speed;
        for (int i = 0; i < INTERVALS; i++) {
            cumulative[i + 1] = cumulative[i] + integrate((double) i / INTERVALS, (double) (i + 1) / INTERVALS);
        }
    }

    /** The whole length, t from 0 to 1. */
    double total() {
        return cumulative[INTERVALS];
    }

    @Override
    public double applyAsDouble(double t) {
        double clamped = Math.max(0, Math.min(1, t));
        int i = Math.min(INTERVALS - 1, (int) Math.floor(clamped * INTERVALS));
        return cumulative[i] + integrate((double) i / INTERVALS, clamped);
    }

    private double integrate(double a, double b) {
        if (b <= a) {
            return 0;
        }
        double half = (b - a) / 2;
        double mid = (a + b) / 2;
        double s = 0;
        for (int k = 0; k < NODES.length; k++) {
            s += WEIGHTS[k] * speed.applyAsDouble(mid + half * NODES[k]);
        }
        return s * half;
    }
}
