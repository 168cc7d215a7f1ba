package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class LatticeSizesTest {

    @Test
    void listsAndRangesGiveSortedDistinctSizes() {
        assertArrayEquals(new int[] {4, 6, 8}, LatticeSizes.parse("8, 4,6"));
        assertArrayEquals(new int[] {3, 4, 5, 6, 10}, LatticeSizes.parse("3-6,10,4"));
        assertArrayEquals(new int[] {12}, LatticeSizes.parse(" 12 "));
    }

    @Test
    void badSizesAreExplained() {
        assertTrue(assertThrows(InvalidInputException.class, () -> LatticeSizes.parse("2,4")).getMessage()
                .contains("between 3 and"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LatticeSizes.parse("4,x")).getMessage()
                .contains("'x'"));
        assertTrue(assertThrows(InvalidInputException.class, () -> LatticeSizes.parse("8-4")).getMessage()
                .contains("backwards"));
        assertThrows(InvalidInputException.class, () -> LatticeSizes.parse(" "));
        assertThrows(InvalidInputException.class, () -> LatticeSizes.parse("4," + (ExactIsing.MAX_SIDE + 1)));
    }

    @Test
    void exactAndMonteCarloListsHaveTheirOwnLimits() {
        assertArrayEquals(new int[] {8, ExactIsing.MAX_SIDE}, LatticeSizes.exact("8," + ExactIsing.MAX_SIDE));
        String message = assertThrows(InvalidInputException.class,
                () -> LatticeSizes.monteCarlo("8," + (MonteCarloCurvature.MAX_SIDE + 1))).getMessage();
        assertTrue(message.contains("between 3 and " + MonteCarloCurvature.MAX_SIDE), message);
    }

    @Test
    void monteCarloRefusesSizesBeyondItsMemoryLimit() {
        String message = assertThrows(InvalidInputException.class, () -> MonteCarloCurvature.estimate(
                MonteCarloCurvature.MAX_SIDE + 1, 0.4, 10, 3, 1, MonteCarloRun.Algorithm.WOLFF, () -> false, f -> { },
                null)).getMessage();
        assertTrue(message.contains("Monte Carlo handles L from 3 to " + MonteCarloCurvature.MAX_SIDE), message);
    }

    @Test
    void monteCarloSourceIsTheEstimateItWraps() {
        double k = 0.5 * Math.log(1 + Math.sqrt(2));
        MonteCarloSource source = new MonteCarloSource(300, 3, 5, MonteCarloRun.Algorithm.WOLFF, null);
        CurvaturePoint p = source.compute(4, k, () -> false, f -> { });
        MonteCarloCurvature.Estimate e = MonteCarloCurvature.estimate(4, k, 300, 3, 5, MonteCarloRun.Algorithm.WOLFF,
                () -> false, f -> { }, null);
        assertEquals(e.r(), p.r(), 0);
        assertEquals(e.rStdErr(), p.error(), 0);
        assertEquals(e.a(), p.a(), 0);
        assertEquals(e.b(), p.b(), 0);
        assertEquals(e.r1(), p.r1(), 0);
        assertEquals(e.r4(), p.r4(), 0);
        assertEquals("mcmc-wolff", p.method());
        assertEquals(32, p.bonds());
        // The key names everything that decides the numbers.
        assertEquals("mcmc-wolff sweeps=300 seeds=3 seed=5", source.key());
        assertEquals("mcmc-metropolis sweeps=300 seeds=3 seed=5",
                new MonteCarloSource(300, 3, 5, MonteCarloRun.Algorithm.METROPOLIS, null).key());
        assertThrows(InvalidInputException.class, () -> new MonteCarloSource(300, 2, 5, MonteCarloRun.Algorithm.WOLFF,
                null));
    }

    @Test
    void identityDeviationsSeeABrokenPiece() {
        CurvaturePoint good = CurvaturePoint.fromAB(4, 0.44, 1600, 450, "test", Double.NaN, 0, Double.NaN);
        assertEquals(0, good.r3Deviation(), 0);
        assertEquals(0, good.r4Deviation(), 0);
        assertEquals(0, good.sumDeviation(), 1e-15);
        assertTrue(good.exact());
        // R3 off by 1 % of R1/2: the deviation says so.
        CurvaturePoint bad = new CurvaturePoint(4, 0.44, good.r(), good.r1(), good.r2(), good.r3() * 1.01, good.r4(),
                1600, 450, "test", 1, 0, 1);
        assertEquals(0.005, bad.r3Deviation(), 1e-12);
        assertTrue(bad.sumDeviation() > 0.01);
    }
}
