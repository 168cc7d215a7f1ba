package org.fisherscope.ising;

/**
 * A truncated Taylor series f(K + ε) = c₀ + c₁ε + c₂ε² + c₃ε³: arithmetic on these carries exact first,
 * second and third derivatives through a formula (forward-mode automatic differentiation), so Kaufman's
 * ln Z gives d²lnZ/dK² and d³lnZ/dK³ to rounding error, with no step size to choose.
 */
final class Jet {

    final double c0;
    final double c1;
    final double c2;
    final double c3;

    Jet(double c0, double c1, double c2, double c3) {
        this.c0 = c0;
        this.c1 = c1;
        this.c2 = c2;
        this.c3 = c3;
    }

    static Jet constant(double c) {
        return new Jet(c, 0, 0, 0);
    }

    /** The variable itself at the point x. */
    static Jet variable(double x) {
        return new Jet(x, 1, 0, 0);
    }

    /** The k-th derivative at the point (k = 0 … 3). */
    double derivative(int k) {
        return switch (k) {
            case 0 -> c0;
            case 1 -> c1;
            case 2 -> 2 * c2;
            case 3 -> 6 * c3;
            default -> throw new IllegalArgumentException("order " + k);
        };
    }

    Jet plus(Jet o) {
        return new Jet(c0 + o.c0, c1 + o.c1, c2 + o.c2, c3 + o.c3);
    }

    Jet minus(Jet o) {
        return new Jet(c0 - o.c0, c1 - o.c1, c2 - o.c2, c3 - o.c3);
    }

    Jet plus(double c) {
        return new Jet(c0 + c, c1, c2, c3);
    }

    Jet times(double s) {
        return new Jet(s * c0, s * c1, s * c2, s * c3);
    }

    Jet times(Jet o) {
        return new Jet(c0 * o.c0,
                c0 * o.c1 + c1 * o.c0,
                c0 * o.c2 + c1 * o.c1 + c2 * o.c0,
                c0 * o.c3 + c1 * o.c2 + c2 * o.c1 + c3 * o.c0);
    }

    /** f(this) from f and its first three derivatives at c₀ (Faà di Bruno to third order). */
    Jet compose(double f0, double f1, double f2, double f3) {
        return new Jet(f0,
                f1 * c1,
                f1 * c2 + f2 * c1 * c1 / 2,
                f1 * c3 + f2 * c1 * c2 + f3 * c1 * c1 * c1 / 6);
    }

    Jet exp() {
        double e = Math.exp(c0);
        return compose(e, e, e, e);
    }

    Jet log() {
        return compose(Math.log(c0), 1 / c0, -1 / (c0 * c0), 2 / (c0 * c0 * c0));
    }

    Jet cosh() {
        double ch = Math.cosh(c0);
        double sh = Math.sinh(c0);
        return compose(ch, sh, ch, sh);
    }

    Jet sinh() {
        double ch = Math.cosh(c0);
        double sh = Math.sinh(c0);
        return compose(sh, ch, sh, ch);
    }

    Jet tanh() {
        double t = Math.tanh(c0);
        double d1 = 1 - t * t;
        return compose(t, d1, -2 * t * d1, d1 * (6 * t * t - 2));
    }

    /** arcosh for arguments above 1. */
    Jet acosh() {
        double x = c0;
        double q = x * x - 1;
        double r = Math.sqrt(q);
        return compose(Math.log(x + r), 1 / r, -x / (q * r), (2 * x * x + 1) / (q * q * r));
    }

    Jet reciprocal() {
        return compose(1 / c0, -1 / (c0 * c0), 2 / (c0 * c0 * c0), -6 / (c0 * c0 * c0 * c0));
    }
}
