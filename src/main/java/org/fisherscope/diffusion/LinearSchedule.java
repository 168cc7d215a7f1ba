package org.fisherscope.diffusion;

import org.fisherscope.geometry.InvalidInputException;

/**
 * DDPM's linear β schedule in continuous time: ᾱ(t) = exp(−(β₀t + ½(β₁ − β₀)t²)) with β₀ = 0.1 and β₁ = 20
 * (REFERENCE.md writes it as exp(−(0.1t + 9.95t²))).
 */
public final class LinearSchedule extends AlphaBarSchedule {

    public static final double DEFAULT_BETA_MIN = 0.1;
    public static final double DEFAULT_BETA_MAX = 20;

    private final double betaMin;
    private final double betaMax;

    public LinearSchedule() {
        this(DEFAULT_BETA_MIN, DEFAULT_BETA_MAX);
    }

    public LinearSchedule(double betaMin, double betaMax) {
        if (!(betaMin >= 0) || !(betaMax > 0) || Double.isInfinite(betaMax) || betaMax < betaMin) {
            throw new InvalidInputException("linear schedule: need 0 ≤ betaMin ≤ betaMax, finite, betaMax > 0; got "
                    + betaMin + ", " + betaMax);
        }
        this.betaMin = betaMin;
        this.betaMax = betaMax;
    }

    @Override
    public String id() {
        return "linear";
    }

    @Override
    public String label() {
        return "DDPM linear";
    }

    @Override
    public double alphaBar(double t) {
        return Math.exp(-(betaMin * t + 0.5 * (betaMax - betaMin) * t * t));
    }

    @Override
    public double alphaBarRate(double t) {
        return -(betaMin + (betaMax - betaMin) * t) * alphaBar(t);
    }
}
