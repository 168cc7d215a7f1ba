package org.fisherscope.diffusion;

import org.fisherscope.geometry.InvalidInputException;

/**
 * The cosine schedule of improved DDPM: ᾱ(t) = c(t)/c(0), c(t) = cos²(((t + s)/(1 + s))·π/2), s = 0.008.
 */
public final class CosineSchedule extends AlphaBarSchedule {

    public static final double DEFAULT_OFFSET = 0.008;

    private final double s;
    private final double c0;

    public CosineSchedule() {
        this(DEFAULT_OFFSET);
    }

    public CosineSchedule(double offset) {
        if (!(offset > 0) || Double.isInfinite(offset)) {
            throw new InvalidInputException("cosine schedule: the offset s must be a finite number > 0, got " + offset);
        }
        this.s = offset;
        this.c0 = c(0);
    }

    @Override
    public String id() {
        return "cosine";
    }

    @Override
    public String label() {
        return "cosine";
    }

    private double angle(double t) {
        return (t + s) / (1 + s) * Math.PI / 2;
    }

    private double c(double t) {
        double cos = Math.cos(angle(t));
        return cos * cos;
    }

    @Override
    public double alphaBar(double t) {
        return Math.max(0, c(t) / c0);
    }

    /** dc/dt = −sin(2θ)·θ′ with θ′ = π/(2(1 + s)). */
    @Override
    public double alphaBarRate(double t) {
        return -Math.sin(2 * angle(t)) * Math.PI / (2 * (1 + s)) / c0;
    }
}
