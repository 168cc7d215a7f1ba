package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.fisherscope.geometry.CumulantCurvature;
import org.junit.jupiter.api.Test;

/** The Brillouin-zone contraction against the dense contraction of the engine, on the same cumulants. */
class FourierCurvatureTest {

    /** Two exact algebraic routes in double precision on m ≤ 50 bonds; g is well conditioned. */
    private static final double TWO_CONTRACTIONS = 1e-9;

    @Test
    void brillouinZoneAndDenseContractionsAgree() {
        for (int size : new int[] {3, 4, 5}) {
            MonteCarloRun.Result run = MonteCarloRun.run(size, 0.44068679350977147, 100, 3000, 5 + size,
                    MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { }, null);
            BondCumulants c = BondCumulants.fromMoments(run.moments());
            CumulantCurvature.Result dense = CumulantCurvature.compute(c.denseMetric(), c.denseThird());
            CumulantCurvature.Result fourier = FourierCurvature.compute(c, () -> false);
            assertEquals(dense.a(), fourier.a(), TWO_CONTRACTIONS * Math.abs(dense.a()), "A at L = " + size);
            assertEquals(dense.b(), fourier.b(), TWO_CONTRACTIONS * Math.abs(dense.b()), "B at L = " + size);
        }
    }
}
