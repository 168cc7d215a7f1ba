package org.fisherscope.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LandUseChainTest {

    /** LU solves and a small eigenproblem: a few ulps. */
    private static final double SOLVE = 1e-10;

    private static int[] row(int code, int n) {
        int[] r = new int[n];
        java.util.Arrays.fill(r, code);
        return r;
    }

    @Test
    void twoStateChainMatchesItsClosedForm() {
        TransitionCounts counts = new TransitionCounts(Legend.esri());
        counts.add(row(5, 90), row(5, 90));   // Crops stay
        counts.add(row(5, 10), row(7, 10));   // Crops → Built
        counts.add(row(7, 100), row(7, 100)); // Built stays
        LandUseChain.Result r = LandUseChain.analyse(counts);
        // Leaving with h = 0.1 a year: E[T] = 1/h, Var = (1 − h)/h² (REFERENCE.md).
        assertEquals(10, r.expectedYears().get("Crops"), SOLVE);
        assertEquals(Math.sqrt(0.9) / 0.1, r.sdYears().get("Crops"), SOLVE);
        assertEquals(1.0, r.builtSelfRetention(), 0);
        assertEquals("never observed in the maps", r.infinite().get("Trees"));
    }

    @Test
    void aClassThatNeverReachesBuiltIsReportedAndTheRestSolved() {
        TransitionCounts counts = new TransitionCounts(Legend.esri());
        counts.add(row(1, 50), row(1, 50));   // Water stays water
        counts.add(row(5, 80), row(5, 80));
        counts.add(row(5, 20), row(7, 20));
        counts.add(row(7, 96), row(7, 96));
        counts.add(row(7, 4), row(8, 4));     // Built → Bare, as observed
        counts.add(row(8, 1), row(7, 1));
        LandUseChain.Result r = LandUseChain.analyse(counts);
        assertEquals("cannot reach Built area", r.infinite().get("Water"));
        assertFalse(r.expectedYears().containsKey("Water"));
        assertEquals(5, r.expectedYears().get("Crops"), SOLVE);
        assertEquals(0.96, r.builtSelfRetention(), SOLVE, "the Built row is reported as observed");
        assertEquals(1, r.expectedYears().get("Bare ground"), SOLVE);
    }

    @Test
    void cloudsAndNoDataDropAPixelForThePeriodAndPeriodsPool() {
        TransitionCounts first = new TransitionCounts(Legend.esri());
        first.add(new int[] {5, 10, 0, 5, 255}, new int[] {7, 5, 5, 10, 5});
        long[][] c = first.counts();
        int crops = Legend.esri().markovClasses().indexOf(5);
        int built = Legend.esri().markovClasses().indexOf(7);
        assertEquals(1, c[crops][built]);
        assertEquals(1, java.util.Arrays.stream(c).flatMapToLong(java.util.Arrays::stream).sum(),
                "clouds (10), no-data (0, 255) drop the pixel");
        TransitionCounts second = new TransitionCounts(Legend.esri());
        second.add(new int[] {5}, new int[] {7});
        first.add(second);
        assertEquals(2, first.counts()[crops][built]);
    }

    @Test
    void stationaryDistributionAndSpectralGapOfAnErgodicPair() {
        TransitionCounts counts = new TransitionCounts(Legend.esri());
        counts.add(row(5, 90), row(5, 90));
        counts.add(row(5, 10), row(2, 10));
        counts.add(row(2, 80), row(2, 80));
        counts.add(row(2, 20), row(5, 20));
        LandUseChain.Result r = LandUseChain.analyse(counts);
        int crops = r.states().indexOf("Crops");
        int trees = r.states().indexOf("Trees");
        // P = [[0.9, 0.1], [0.2, 0.8]]: π = (2/3, 1/3), eigenvalues 1 and 0.7.
        assertEquals(2.0 / 3, r.stationary()[crops], SOLVE);
        assertEquals(1.0 / 3, r.stationary()[trees], SOLVE);
        assertEquals(0.3, r.spectralGap(), SOLVE);
        assertTrue(r.infinite().containsKey("Crops") && r.infinite().containsKey("Trees"),
                "neither ever becomes Built: " + r.infinite());
    }
}
