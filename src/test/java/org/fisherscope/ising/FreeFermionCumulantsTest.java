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

    @ParameterizedTest
    @CsvSource({"3, 0.3", "3, 0.6", "4, 0.3", "4, 0.6"})
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
        CumulantCurvature.Result exact = ExactIsing.compute(side, coupling, ExactIsing.Method.AUTO,
                ProgressListener.NONE, () -> false).curvature();
        CumulantCurvature.Result ff = FourierCurvature.of(FreeFermionCumulants.of(side, coupling));
        assertEquals(exact.scalar(), ff.scalar(), CURVATURE * Math.abs(exact.scalar()), "R");
        assertEquals(exact.a(), ff.a(), CURVATURE * Math.abs(exact.a()), "A");
        assertEquals(exact.b(), ff.b(), CURVATURE * Math.abs(exact.b()), "B");
    }

    @ParameterizedTest
    @CsvSource({"12, 0.3", "12, 0.6", "16, 0.3", "16, 0.6"})
    void thirdCumulantsSumToKaufmansThirdDerivative(int side, double coupling) {
        double[] kaufman = KaufmanPartition.logZWithDerivatives(side, side, coupling);
        BondCumulants ff = FreeFermionCumulants.of(side, coupling);
        assertEquals(kaufman[3], thirdSum(ff), SUM_RULE * Math.abs(kaufman[3]), "ΣT = d³ ln Z/dK³");
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
