package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
    /** Richardson limit with h = 1e-4: O(h⁴) ≈ 1e-16 times derivatives that grow with L, plus rounding ~1e-12. */
    private static final double LIMIT = 1e-9;
    /** The reference weights are quoted to three decimals. */
    private static final double QUOTED_WEIGHT = 5e-4;

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

    @ParameterizedTest
    @CsvSource({"3, ENUMERATION", "4, ENUMERATION", "5, ENUMERATION", "3, TRANSFER", "4, TRANSFER", "5, TRANSFER",
        "6, TRANSFER", "7, TRANSFER", "8, TRANSFER"})
    void theZeroModeAtTheCriticalCouplingMatchesTheExactMoments(int side, ExactIsing.Method method) {
        BondCumulants exact = BondCumulants.of(ExactIsing.moments(side, KC, method, ProgressListener.NONE,
                () -> false));
        FreeFermionIsing.SecondOrder ff = FreeFermionIsing.secondOrder(side, KC);
        for (int t = 0; t < 2; t++) {
            assertEquals(exact.mean(t), ff.mean()[t], ENTRY, "μ, direction " + t);
            for (int a = 0; a < 2 * side * side; a++) {
                assertEquals(exact.metricRow(t, a), ff.metricRows()[t][a], ENTRY, method + " g[" + t + "][" + a + "]");
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"16", "32", "12", "17"})
    void theZeroModeSatisfiesTheSumRulesAtTheCriticalCoupling(int side) {
        sumRulesAgainstKaufmanDerivatives(side, KC);
    }

    /**
     * The lemma of §5 against the regular path: Richardson extrapolation of [f(K_c + h) + f(K_c − h)]/2 with
     * h = 2e-4 and 1e-4 removes the h² term, leaving O(h⁴) and the regular path's rounding near K_c.
     */
    @ParameterizedTest
    @CsvSource({"16", "24"})
    void theZeroModeIsTheLimitOfTheRegularPath(int side) {
        FreeFermionIsing.SecondOrder critical = FreeFermionIsing.secondOrder(side, KC);
        double[][] wide = symmetricMean(side, 2e-4);
        double[][] narrow = symmetricMean(side, 1e-4);
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < 2 * side * side; a++) {
                double limit = (4 * narrow[t][a + 1] - wide[t][a + 1]) / 3;
                assertEquals(limit, critical.metricRows()[t][a], LIMIT, "g[" + t + "][" + a + "]");
            }
            assertEquals((4 * narrow[t][0] - wide[t][0]) / 3, critical.mean()[t], LIMIT, "μ");
        }
    }

    /** [f(K_c + h) + f(K_c − h)]/2 for f = (μ_t, g_t·) per origin bond t. */
    private static double[][] symmetricMean(int side, double h) {
        FreeFermionIsing.SecondOrder above = FreeFermionIsing.secondOrder(side, KC + h);
        FreeFermionIsing.SecondOrder below = FreeFermionIsing.secondOrder(side, KC - h);
        double[][] mean = new double[2][1 + 2 * side * side];
        for (int t = 0; t < 2; t++) {
            mean[t][0] = 0.5 * (above.mean()[t] + below.mean()[t]);
            for (int a = 0; a < 2 * side * side; a++) {
                mean[t][a + 1] = 0.5 * (above.metricRows()[t][a] + below.metricRows()[t][a]);
            }
        }
        return mean;
    }

    @Test
    void theZeroModeWeightMatchesTheReferenceImplementation() {
        // ../shared/ising-free-fermion.md §5 quotes |r| = 12.006 at L = 16 and 48.083 at L = 64
        assertEquals(12.006, Math.abs(new FreeFermionSectors(16, KC).zeroModeWeight()), QUOTED_WEIGHT);
        assertEquals(48.083, Math.abs(new FreeFermionSectors(64, KC).zeroModeWeight()), QUOTED_WEIGHT);
    }

    @Test
    void couplingsJustOffTheCriticalOneAreRefusedWithAReason() {
        double nearlyCritical = KC + 1e-9;
        IllegalStateException refused = assertThrows(IllegalStateException.class,
                () -> FreeFermionIsing.secondOrder(4, nearlyCritical));
        assertTrue(refused.getMessage().contains("K_c"));
    }
}
