package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Monte Carlo curvature against the published exact |R| (arXiv 2603.07651, transfer matrix) at K_c. */
class MonteCarloCurvatureTest {

    private static final double CRITICAL = 0.44068679350977147;
    /** REFERENCE.md: exact |R| for L = 4…8, to two decimals. */
    private static final double[] PUBLISHED = {265.31, 446.24, 671.25, 945.53, 1272.14};
    /** The bar: within 3 standard errors (6 seeds make the error bar itself trustworthy). */
    private static final double STANDARD_ERRORS = 3;

    @Test
    void withinThreeStandardErrorsOfTheExactValuesForLFourToEight() {
        for (int size = 4; size <= 8; size++) {
            MonteCarloCurvature.Estimate e = MonteCarloCurvature.estimate(size, CRITICAL, 10_000, 6, 1,
                    MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { }, null);
            double exact = -PUBLISHED[size - 4];
            assertEquals(exact, e.r(), STANDARD_ERRORS * e.rStdErr(), "L = " + size + ": " + e.r() + " ± " + e.rStdErr());
            assertTrue(e.rStdErr() < 0.02 * Math.abs(exact), "error bar " + e.rStdErr());
            assertEquals(e.r(), (e.b() - e.a()) / 4, 1e-9 * Math.abs(e.r()));
        }
    }

    @Test
    void theSameSeedGivesTheSameNumbers() {
        MonteCarloCurvature.Estimate a = MonteCarloCurvature.estimate(4, CRITICAL, 500, 3, 99,
                MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { }, null);
        MonteCarloCurvature.Estimate b = MonteCarloCurvature.estimate(4, CRITICAL, 500, 3, 99,
                MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { }, null);
        assertEquals(a.r(), b.r(), 0);
        assertEquals(a.rStdErr(), b.rStdErr(), 0);
        assertEquals(a.perSeed(), b.perSeed());
    }

    @Test
    void tooFewSeedsOrTooSmallALatticeAreRefused() {
        assertThrows(InvalidInputException.class, () -> MonteCarloCurvature.estimate(4, CRITICAL, 100, 2, 1,
                MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { }, null));
        assertThrows(InvalidInputException.class, () -> MonteCarloCurvature.estimate(2, CRITICAL, 100, 3, 1,
                MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { }, null));
    }
}
