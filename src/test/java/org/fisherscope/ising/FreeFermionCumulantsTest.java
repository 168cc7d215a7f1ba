package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fisherscope.geometry.CumulantCurvature;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Free-fermion third cumulants and R against enumeration, the transfer matrix and Kaufman's derivatives. */
class FreeFermionCumulantsTest {

    /** Entries are O(1); both sides are exact up to rounding of sums over ≤ 2^32 states or ≤ n momenta. */
    private static final double ENTRY = 1e-10;
    /** R is a contraction of ~n² entries each good to ~1e-14 through g⁻¹; relative. */
    private static final double CURVATURE = 1e-10;
    /** Σ over n·(2n)² entries (up to ~1e6 at L = 16) against an exact Jet derivative: relative. */
    private static final double SUM_RULE = 1e-10;
    /** The published |R| are rounded to two decimals. */
    private static final double PUBLISHED = 0.005 + 1e-9;
    /** At K_c the zero-mode path against the exact methods (issue 7 asks ≤ 1e-9 relative). */
    private static final double CRITICAL_CURVATURE = 1e-9;
    /**
     * Richardson limit with h = 1e-4: O(h⁴) times derivatives growing with L plus the regular path's rounding near
     * K_c; measured 1e-11 (L = 12), 5e-11 (L = 16), 9.5e-10 (L = 32, as the reference implementation).
     */
    private static final double LIMIT = 1e-9;
    private static final double KC = IsingLattice.CRITICAL_COUPLING;

    @ParameterizedTest
    @CsvSource({"3, 0.3", "3, 0.6", "4, 0.3", "4, 0.6", "3, 0.44068679350977147", "4, 0.44068679350977147"})
    void everyThirdCumulantMatchesEnumerationAndTheTransferMatrix(int side, double coupling) {
        BondCumulants ff = FreeFermionCumulants.of(side, coupling);
        int m = 2 * side * side;
        for (ExactIsing.Method method : new ExactIsing.Method[] {ExactIsing.Method.ENUMERATION,
            ExactIsing.Method.TRANSFER}) {
            BondCumulants exact = BondCumulants.of(ExactIsing.moments(side, coupling, method, ProgressListener.NONE,
                    () -> false));
            for (int t = 0; t < 2; t++) {
                assertEquals(exact.mean(t), ff.mean(t), ENTRY, "μ");
                for (int a = 0; a < m; a++) {
                    assertEquals(exact.metricRow(t, a), ff.metricRow(t, a), ENTRY, "g");
                    for (int b = 0; b < m; b++) {
                        assertEquals(exact.thirdRow(t, a, b), ff.thirdRow(t, a, b), ENTRY,
                                method + " T[" + t + "][" + a + "][" + b + "]");
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @CsvSource({"3, 0.3", "3, 0.6", "4, 0.3", "4, 0.6", "5, 0.3", "5, 0.6", "6, 0.3", "6, 0.6", "7, 0.3",
        "7, 0.6", "8, 0.3", "8, 0.6"})
    void curvatureMatchesTheExactMethods(int side, double coupling) {
        CumulantCurvature.Result exact = ExactIsing.compute(side, coupling, independent(side),
                ProgressListener.NONE, () -> false).curvature();
        CumulantCurvature.Result ff = FourierCurvature.of(FreeFermionCumulants.of(side, coupling));
        assertEquals(exact.scalar(), ff.scalar(), CURVATURE * Math.abs(exact.scalar()), "R");
        assertEquals(exact.a(), ff.a(), CURVATURE * Math.abs(exact.a()), "A");
        assertEquals(exact.b(), ff.b(), CURVATURE * Math.abs(exact.b()), "B");
    }

    @ParameterizedTest
    @CsvSource({"12, 0.3", "12, 0.6", "16, 0.3", "16, 0.6", "12, 0.44068679350977147", "16, 0.44068679350977147"})
    void thirdCumulantsSumToKaufmansThirdDerivative(int side, double coupling) {
        double[] kaufman = KaufmanPartition.logZWithDerivatives(side, side, coupling);
        BondCumulants ff = FreeFermionCumulants.of(side, coupling);
        assertEquals(kaufman[3], thirdSum(ff), SUM_RULE * Math.abs(kaufman[3]), "ΣT = d³ ln Z/dK³");
    }

    @ParameterizedTest
    @CsvSource({"3, 105.64", "4, 265.31", "5, 446.24", "6, 671.25", "7, 945.53", "8, 1272.14", "9, 1653.34"})
    void theZeroModeReproducesThePublishedCurvature(int side, double published) {
        assertEquals(published, Math.abs(FourierCurvature.of(FreeFermionCumulants.of(side, KC)).scalar()), PUBLISHED);
    }

    @ParameterizedTest
    @CsvSource({"3", "4", "5", "6", "7", "8"})
    void theZeroModeCurvatureMatchesTheExactMethods(int side) {
        double exact = ExactIsing.compute(side, KC, independent(side), ProgressListener.NONE, () -> false)
                .curvature().scalar();
        double ff = FourierCurvature.of(FreeFermionCumulants.of(side, KC)).scalar();
        assertEquals(exact, ff, CRITICAL_CURVATURE * Math.abs(exact), "R at K_c");
    }

    /** The lemma of §5 for R: Richardson extrapolation of [R(K_c + h) + R(K_c − h)]/2, h = 2e-4 and 1e-4. */
    @ParameterizedTest
    @CsvSource({"12", "16"})
    void theZeroModeCurvatureIsTheLimitOfTheRegularPath(int side) {
        double critical = curvature(side, KC);
        double wide = 0.5 * (curvature(side, KC + 2e-4) + curvature(side, KC - 2e-4));
        double narrow = 0.5 * (curvature(side, KC + 1e-4) + curvature(side, KC - 1e-4));
        assertEquals((4 * narrow - wide) / 3, critical, LIMIT * Math.abs(critical), "R(K_c)");
    }

    /** Enumeration or the transfer matrix, never free fermions (AUTO picks them from L = 7). */
    static ExactIsing.Method independent(int side) {
        return side <= 3 ? ExactIsing.Method.ENUMERATION : ExactIsing.Method.TRANSFER;
    }

    private static double curvature(int side, double coupling) {
        return FourierCurvature.of(FreeFermionCumulants.of(side, coupling)).scalar();
    }

    /** Σ_abc T_abc: each origin row stands for n translated rows. */
    static double thirdSum(BondCumulants c) {
        int m = c.lattice().bonds();
        double sum = 0;
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    sum += c.thirdRow(t, a, b);
                }
            }
        }
        return sum * c.side() * c.side();
    }
}
