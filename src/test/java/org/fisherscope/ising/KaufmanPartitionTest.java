package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Kaufman's closed form against REFERENCE.md, the exact methods, and the sum rules of the cumulants. */
class KaufmanPartitionTest {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;
    /** REFERENCE.md gives ln Z to 12–13 decimals. */
    private static final double QUOTED = 1e-12;
    /** ln Z of order 10–100 computed two ways in double precision. */
    private static final double LOG_Z = 1e-12;
    /** Sums of cumulants against an exact derivative, relative. */
    private static final double SUM_RULE = 1e-10;
    /**
     * Rounding of one centred cumulant (a difference of O(1) moments): it dominates the relative error when
     * the sums are small, deep in the ordered phase.
     */
    private static final double PER_TERM = 1e-15;

    @Test
    void referenceValuesAtTheCriticalCoupling() {
        assertEquals(9.0202134009443, KaufmanPartition.logZ(3, 3, KC), QUOTED);
        assertEquals(15.521915458755, KaufmanPartition.logZ(4, 4, KC), QUOTED);
        assertEquals(60.141780789069, KaufmanPartition.logZ(8, 8, KC), QUOTED);
    }

    @ParameterizedTest
    @CsvSource({"3, 0.44068679350977147", "4, 0.44068679350977147", "5, 0.44068679350977147", "7, 0.44068679350977147",
        "8, 0.44068679350977147", "3, 0.1", "4, 0.3", "5, 0.6", "6, 1.5", "6, 0.44"})
    void sumRulesAgainstTheExactMoments(int side, double coupling) {
        double[] kaufman = KaufmanPartition.logZWithDerivatives(side, side, coupling);
        // Moments from enumeration or the transfer matrix (free fermions have sum-rule tests of their own).
        BondCumulants c = BondCumulants.of(ExactIsing.moments(side, coupling,
                side <= 3 ? ExactIsing.Method.ENUMERATION : ExactIsing.Method.TRANSFER, ProgressListener.NONE, () -> false));
        assertEquals(kaufman[0], c.logZ(), LOG_Z * kaufman[0], "ln Z");
        int n = side * side;
        int m = 2 * n;
        assertEquals(kaufman[1], n * (c.mean(0) + c.mean(1)), SUM_RULE * Math.abs(kaufman[1]), "d lnZ/dK = Σ μ");
        double sumG = 0;
        double sumT = 0;
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < m; a++) {
                sumG += c.metricRow(t, a);
                for (int b = 0; b < m; b++) {
                    sumT += c.thirdRow(t, a, b);
                }
            }
        }
        // Σ_ab over all bonds = n × (row sums of the two origin bonds), by translation.
        assertEquals(kaufman[2], n * sumG, SUM_RULE * Math.abs(kaufman[2]) + PER_TERM * n * 2 * m, "Σ g = d²lnZ/dK²");
        assertEquals(kaufman[3], n * sumT, SUM_RULE * Math.abs(kaufman[3]) + PER_TERM * n * 2 * m * m,
                "Σ T = d³lnZ/dK³");
    }

    @Test
    void rowsAndColumnsPlayTheSameRoleOnARectangle() {
        for (double k : new double[] {0.2, KC, 0.9}) {
            double[] a = KaufmanPartition.logZWithDerivatives(3, 5, k);
            double[] b = KaufmanPartition.logZWithDerivatives(5, 3, k);
            for (int d = 0; d < 4; d++) {
                assertEquals(a[d], b[d], 1e-11 * Math.max(1, Math.abs(a[d])), "derivative " + d + " at K = " + k);
            }
        }
    }

    @Test
    void limitsOfWeakAndStrongCoupling() {
        // K → ∞: two ground states, ln Z → ln 2 + 2nK; K → 0: ln Z → n ln 2 + 2n ln cosh K + O(n tanh⁴K).
        int side = 6;
        int n = side * side;
        assertEquals(Math.log(2) + 2 * n * 6.0, KaufmanPartition.logZ(side, side, 6.0), 1e-9);
        double k = 1e-3;
        double tanh4 = Math.pow(Math.tanh(k), 4);
        assertEquals(n * Math.log(2) + 2 * n * Math.log(Math.cosh(k)), KaufmanPartition.logZ(side, side, k),
                2 * n * tanh4 + 1e-12);
    }

    @Test
    void jetDerivativesMatchRichardsonDifferences() {
        // Central differences of ln Z itself (error ∝ h²), extrapolated once to remove the h² term: an independent, rougher estimate.
        int side = 5;
        for (double k : new double[] {0.3, KC + 0.01, 0.7}) {
            double[] exact = KaufmanPartition.logZWithDerivatives(side, side, k);
            double h = 1e-3;
            double d2 = (second(side, k, h) * 4 - second(side, k, 2 * h)) / 3;
            double d3 = (third(side, k, h) * 4 - third(side, k, 2 * h)) / 3;
            assertEquals(exact[2], d2, 1e-6 * Math.abs(exact[2]), "second derivative at " + k);
            assertEquals(exact[3], d3, 1e-4 * Math.abs(exact[3]), "third derivative at " + k);
        }
    }

    private static double second(int side, double k, double h) {
        return (KaufmanPartition.logZ(side, side, k + h) - 2 * KaufmanPartition.logZ(side, side, k)
                + KaufmanPartition.logZ(side, side, k - h)) / (h * h);
    }

    private static double third(int side, double k, double h) {
        return (KaufmanPartition.logZ(side, side, k + 2 * h) - 2 * KaufmanPartition.logZ(side, side, k + h)
                + 2 * KaufmanPartition.logZ(side, side, k - h) - KaufmanPartition.logZ(side, side, k - 2 * h))
                / (2 * h * h * h);
    }
}
