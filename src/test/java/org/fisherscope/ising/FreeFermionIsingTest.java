package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free-fermion bond means and metric against enumeration, the transfer matrix and Kaufman's derivatives. */
class FreeFermionIsingTest {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;
    /** Entries are O(1); both sides are exact up to rounding of sums over ≤ 2^24 states or ≤ n momenta. */
    private static final double ENTRY = 1e-10;
    /** Sums of n·2n metric entries (up to ~1e4 at L = 32) against an exact Jet derivative: relative. */
    private static final double SUM_RULE = 1e-10;

    @ParameterizedTest
    @CsvSource({"3, 0.3", "3, 0.6", "3, 0.43068679350977147", "3, 0.45068679350977147",
        "4, 0.3", "4, 0.6", "4, 0.43068679350977147", "4, 0.45068679350977147",
        "5, 0.3", "5, 0.6", "5, 0.43068679350977147", "5, 0.45068679350977147"})
    void meanAndEveryMetricEntryMatchTheExactMoments(int side, double coupling) {
        for (ExactIsing.Method method : new ExactIsing.Method[] {ExactIsing.Method.ENUMERATION,
            ExactIsing.Method.TRANSFER}) {
            BondCumulants exact = BondCumulants.of(ExactIsing.moments(side, coupling, method, ProgressListener.NONE,
                    () -> false));
            FreeFermionIsing.SecondOrder ff = FreeFermionIsing.secondOrder(side, coupling);
            assertEquals(exact.logZ(), ff.logZ(), ENTRY * exact.logZ(), "ln Z");
            for (int t = 0; t < 2; t++) {
                assertEquals(exact.mean(t), ff.mean()[t], ENTRY, "μ, direction " + t);
                for (int a = 0; a < 2 * side * side; a++) {
                    assertEquals(exact.metricRow(t, a), ff.metricRows()[t][a], ENTRY,
                            method + " g[" + t + "][" + a + "]");
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"6, 0.3", "6, 0.6", "8, 0.43068679350977147", "9, 0.45068679350977147",
        "16, 0.3", "16, 0.43068679350977147", "16, 0.45068679350977147", "16, 0.6",
        "32, 0.43068679350977147", "32, 0.45068679350977147", "20, 0.5"})
    void sumRulesAgainstKaufmanDerivatives(int side, double coupling) {
        double[] kaufman = KaufmanPartition.logZWithDerivatives(side, side, coupling);
        FreeFermionIsing.SecondOrder ff = FreeFermionIsing.secondOrder(side, coupling);
        int n = side * side;
        double energy = n * (ff.mean()[0] + ff.mean()[1]);
        assertEquals(kaufman[1], energy, SUM_RULE * Math.abs(kaufman[1]), "n(μ_h + μ_v) = d ln Z/dK");
        assertEquals(kaufman[2], ff.metricSum(), SUM_RULE * Math.abs(kaufman[2]), "Σg = d² ln Z/dK²");
    }

    @Test
    void theRegularPathRefusesTheCriticalCoupling() {
        assertThrows(IllegalStateException.class, () -> FreeFermionIsing.secondOrder(4, KC));
    }
}
