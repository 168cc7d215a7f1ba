package org.fisherscope.geometry.family;

import java.util.function.DoubleUnaryOperator;

/**
 * Adaptive Simpson quadrature with Richardson correction, a second algorithm for arc lengths and
 * moments that the families compute in closed form. It needs a smooth integrand on a closed
 * interval: integrable singularities at an end must be removed by a substitution first.
 */
final class Quadrature {

    /** Deep enough to resolve 1/x over four decades; the tolerance is met long before. */
    private static final int MAX_DEPTH = 50;

    private Quadrature() {
    }

    /** ∫_a^b f, aiming at the absolute error {@code tolerance}. */
    static double integrate(DoubleUnaryOperator f, double a, double b, double tolerance) {
        double fa = f.applyAsDouble(a);
        double fm = f.applyAsDouble((a + b) / 2);
        double fb = f.applyAsDouble(b);
        return refine(f, a, b, fa, fm, fb, (b - a) / 6 * (fa + 4 * fm + fb), tolerance, MAX_DEPTH);
    }

    private static double refine(DoubleUnaryOperator f, double a, double b, double fa, double fm, double fb,
                                 double whole, double tolerance, int depth) {
        double m = (a + b) / 2;
        double flm = f.applyAsDouble((a + m) / 2);
        double frm = f.applyAsDouble((m + b) / 2);
        double left = (m - a) / 6 * (fa + 4 * flm + fm);
        double right = (b - m) / 6 * (fm + 4 * frm + fb);
        double delta = left + right - whole;
        // Simpson's error shrinks 16-fold per halving, so delta/15 estimates (and removes) the error.
        if (depth == 0 || Math.abs(delta) <= 15 * tolerance) {
            return left + right + delta / 15;
        }
        return refine(f, a, m, fa, flm, fm, left, tolerance / 2, depth - 1)
                + refine(f, m, b, fm, frm, fb, right, tolerance / 2, depth - 1);
    }
}
