package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import org.junit.jupiter.api.Test;

/** The chains sample the Boltzmann distribution: their moments against exact enumeration of a 3 × 3 torus. */
class MonteCarloRunTest {

    /**
     * 20 000 sweeps on 9 sites: a bond average has standard error ≲ 0.003 (τ_int ≈ 1); five of them is a bound a
     * correct sampler misses with probability ~1e-6 per comparison.
     */
    private static final double STATISTICAL = 0.015;

    @Test
    void wolffAndMetropolisMomentsMatchEnumerationOnThreeByThree() {
        int size = 3;
        double k = 0.44068679350977147;
        Exact exact = enumerate(size, k);
        for (MonteCarloRun.Algorithm algorithm : MonteCarloRun.Algorithm.values()) {
            MonteCarloRun.Result r = MonteCarloRun.run(size, k, 200, 20_000, 17, algorithm, () -> false, p -> { }, null);
            MonteCarloMoments m = r.moments();
            assertEquals(exact.mean, m.mean(0), STATISTICAL, algorithm + " ⟨e_right⟩");
            assertEquals(exact.mean, m.mean(1), STATISTICAL, algorithm + " ⟨e_down⟩");
            for (int rr = 0; rr < 9; rr++) {
                assertEquals(exact.second[rr], m.second(0, 0, rr), STATISTICAL, algorithm + " ⟨e e⟩ at r = " + rr);
            }
            assertEquals(exact.third, m.third(0, 1, 0, 0, 1), STATISTICAL, algorithm + " a third moment");
            assertTrue(r.tauInt() >= 0.5, "τ_int " + r.tauInt());
        }
    }

    @Test
    void cancellingStopsTheChain() {
        assertThrows(CancellationException.class, () -> MonteCarloRun.run(8, 0.44, 10, 1000, 1,
                MonteCarloRun.Algorithm.WOLFF, () -> true, p -> { }, null));
    }

    private record Exact(double mean, double[] second, double third) {
    }

    /** Direct sum over all 2⁹ states of ⟨e_0⟩, ⟨e_right(0) e_right(r)⟩ and ⟨e_right(0) e_down(0) e_right(1)⟩. */
    private static Exact enumerate(int size, double k) {
        int n = size * size;
        double z = 0;
        double mean = 0;
        double[] second = new double[n];
        double third = 0;
        for (int state = 0; state < 1 << n; state++) {
            int[] s = new int[n];
            for (int i = 0; i < n; i++) {
                s[i] = ((state >> i) & 1) == 1 ? 1 : -1;
            }
            int[] right = new int[n];
            int[] down = new int[n];
            double energy = 0;
            for (int i = 0; i < n; i++) {
                int x = i % size;
                right[i] = s[i] * s[x == size - 1 ? i - x : i + 1];
                down[i] = s[i] * s[(i + size) % n];
                energy += right[i] + down[i];
            }
            double w = Math.exp(k * energy);
            z += w;
            mean += w * right[0];
            for (int r = 0; r < n; r++) {
                second[r] += w * right[0] * right[r];
            }
            third += w * right[0] * down[0] * right[1];
        }
        for (int r = 0; r < n; r++) {
            second[r] /= z;
        }
        return new Exact(mean / z, second, third / z);
    }
}
