package org.fisherscope.geometry;

import org.apache.commons.math3.special.Gamma;

/**
 * The density of Dir(a1..ak) on the open simplex, with respect to Lebesgue measure on (p1..p(k−1)):
 * Γ(a₀)/Π Γ(a_i) · Π p_i^(a_i − 1), a₀ = Σ a_i. It is +∞ on an edge where some a_i < 1 and 0 where
 * a_i > 1; the log is what the heat map draws.
 */
public final class DirichletDensity {

    private final double[] a;
    private final double logNormaliser;

    public DirichletDensity(double[] a) {
        double total = 0;
        double logs = 0;
        for (double v : a) {
            if (!(v > 0) || Double.isInfinite(v)) {
                throw new InvalidInputException("Dirichlet parameters must be finite and > 0, got " + v);
            }
            total += v;
            logs += Gamma.logGamma(v);
        }
        this.a = a.clone();
        this.logNormaliser = Gamma.logGamma(total) - logs;
    }

    /** ln f(p) for a point of the simplex given by all k probabilities; −∞ or +∞ on its edges. */
    public double logDensity(double[] p) {
        if (p.length != a.length) {
            throw new IllegalArgumentException("a point of the simplex has " + a.length + " probabilities, got " + p.length);
        }
        double s = logNormaliser;
        for (int i = 0; i < a.length; i++) {
            if (a[i] != 1) {
                s += (a[i] - 1) * Math.log(p[i]);
            }
        }
        return s;
    }

    public double density(double[] p) {
        return Math.exp(logDensity(p));
    }
}
