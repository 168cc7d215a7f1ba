package org.fisherscope.ising;

import org.fisherscope.geometry.InvalidInputException;

/**
 * Kaufman's (1949) exact partition function of the isotropic Ising model on the M × N torus,
 * Z = ½ (2 sinh 2K)^{MN/2} (P₁ + P₂ + P₃ + P₄), P₁,₂ = Π_{r<N} 2cosh, 2sinh(Mγ_{2r+1}/2), P₃,₄ the same with
 * γ_{2r}. With tanh K* = e^{−2K}: cosh 2K* = coth 2K, sinh 2K* = 1/sinh 2K, so
 * cosh γ_l = cosh 2K coth 2K − cos(πl/N) for l ≠ 0, and γ₀ = 2(K − K*) = 2K + ln tanh K with its sign (negative
 * below K_c, zero at K_c where P₄ vanishes).
 *
 * <p>Evaluated in {@link Jet} arithmetic, which gives the K-derivatives of ln Z exactly to rounding (no finite
 * differences). Large products are kept as e^{Σx}Π(1 ± e^{−2x}) so that nothing overflows.
 */
public final class KaufmanPartition {

    private KaufmanPartition() {
    }

    /** ln Z and its first three K-derivatives, [0..3]. */
    public static double[] logZWithDerivatives(int rows, int columns, double coupling) {
        if (rows < 1 || columns < 1) {
            throw new InvalidInputException("the torus needs at least one row and one column");
        }
        IsingLattice.checkCoupling(coupling);
        Jet k = Jet.variable(coupling);
        Jet twoK = k.times(2);
        Jet coshCoth = twoK.cosh().times(twoK.sinh().reciprocal()).times(twoK.cosh());
        int m = rows;
        // Terms x_l = Mγ_l/2 for odd and even l < 2N.
        Jet sumOdd = Jet.constant(0);
        Jet prodOddPlus = Jet.constant(1);
        Jet prodOddMinus = Jet.constant(1);
        Jet sumEven = Jet.constant(0);
        Jet prodEvenPlus = Jet.constant(1);
        Jet prodEvenMinus = Jet.constant(1);
        Jet gamma0 = twoK.plus(k.tanh().log());
        for (int l = 1; l < 2 * columns; l++) {
            Jet gamma = coshCoth.plus(-Math.cos(Math.PI * l / columns)).acosh();
            Jet x = gamma.times(m / 2.0);
            Jet decay = x.times(-2).exp();
            if ((l & 1) == 1) {
                sumOdd = sumOdd.plus(x);
                prodOddPlus = prodOddPlus.times(decay.plus(1));
                prodOddMinus = prodOddMinus.times(decay.times(-1).plus(1));
            } else {
                sumEven = sumEven.plus(x);
                prodEvenPlus = prodEvenPlus.times(decay.plus(1));
                prodEvenMinus = prodEvenMinus.times(decay.times(-1).plus(1));
            }
        }
        Jet x0 = gamma0.times(m / 2.0);
        // Σ P = e^{S_odd}(Π₊ + Π₋)_odd + e^{S_even}(2cosh x₀ Π₊ + 2sinh x₀ Π₋)_even, with the larger exponent out.
        Jet odd = prodOddPlus.plus(prodOddMinus);
        Jet even = x0.cosh().times(prodEvenPlus).plus(x0.sinh().times(prodEvenMinus)).times(2);
        Jet shift = sumOdd.c0 >= sumEven.c0 ? sumOdd : sumEven;
        Jet sum = sumOdd.minus(shift).exp().times(odd).plus(sumEven.minus(shift).exp().times(even));
        Jet logZ = shift.plus(sum.log()).plus(Math.log(0.5))
                .plus(twoK.sinh().times(2).log().times(rows * (double) columns / 2));
        return new double[] {logZ.derivative(0), logZ.derivative(1), logZ.derivative(2), logZ.derivative(3)};
    }

    /** ln Z alone. */
    public static double logZ(int rows, int columns, double coupling) {
        return logZWithDerivatives(rows, columns, coupling)[0];
    }
}
