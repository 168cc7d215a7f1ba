package org.fisherscope.diffusion;

import org.fisherscope.geometry.InvalidInputException;

/**
 * The power-law spectrum S(f) = c₁/|c₂ + |f||^m of natural images (REFERENCE.md); the CIFAR-10 constants
 * are c₁ = 1.59, c₂ = 0.0086, m = 2 for images scaled to [−1, 1].
 */
public record PowerLaw(double c1, double c2, double m) {

    public static final PowerLaw CIFAR10 = new PowerLaw(1.59, 0.0086, 2);

    public PowerLaw {
        if (!(c1 > 0) || Double.isInfinite(c1)) {
            throw new InvalidInputException("c1 must be a finite number > 0, got " + c1);
        }
        if (!Double.isFinite(c2)) {
            throw new InvalidInputException("c2 must be a finite number, got " + c2);
        }
        if (!Double.isFinite(m)) {
            throw new InvalidInputException("m must be a finite number, got " + m);
        }
    }

    public double at(double radius) {
        return c1 / Math.pow(Math.abs(c2 + radius), m);
    }

    /** The spectrum on every frequency of a grid. */
    public Spectrum on(FrequencyGrid grid) {
        double[] power = new double[grid.count()];
        for (int i = 0; i < power.length; i++) {
            power[i] = at(grid.radius(i));
        }
        return new Spectrum(grid, power, String.format(java.util.Locale.ROOT,
                "power law S(f) = %s/|%s + |f||^%s on a %s", c1, c2, m, grid));
    }
}
