package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** The bit-packed moment accumulator against direct sums, and the sampler's reproducibility. */
class MonteCarloMomentsTest {

    /** Averages of integers over a few configurations: exact up to one division. */
    private static final double EXACT = 1e-15;

    @Test
    void bitPackedMomentsEqualDirectSums() {
        for (int size : new int[] {3, 5, 9}) {
            int n = size * size;
            Random random = new Random(size);
            MonteCarloMoments moments = new MonteCarloMoments(size);
            byte[][] configs = new byte[3][n];
            for (byte[] c : configs) {
                for (int i = 0; i < n; i++) {
                    c[i] = (byte) (random.nextBoolean() ? 1 : -1);
                }
                moments.add(c);
            }
            for (int d = 0; d < 2; d++) {
                double direct = 0;
                for (byte[] c : configs) {
                    for (int x = 0; x < n; x++) {
                        direct += bond(c, size, x, d);
                    }
                }
                assertEquals(direct / (3.0 * n), moments.mean(d), EXACT);
            }
            for (int probe = 0; probe < 40; probe++) {
                int d = random.nextInt(2);
                int d1 = random.nextInt(2);
                int d2 = random.nextInt(2);
                int r1 = random.nextInt(n);
                int r2 = random.nextInt(n);
                double pairs = 0;
                double triples = 0;
                for (byte[] c : configs) {
                    for (int x = 0; x < n; x++) {
                        pairs += bond(c, size, x, d) * bond(c, size, shift(x, r1, size), d1);
                        triples += bond(c, size, x, d) * bond(c, size, shift(x, r1, size), d1)
                                * bond(c, size, shift(x, r2, size), d2);
                    }
                }
                assertEquals(pairs / (3.0 * n), moments.second(d, d1, r1), EXACT);
                assertEquals(triples / (3.0 * n), moments.third(d, d1, d2, r1, r2), EXACT);
            }
        }
    }

    @Test
    void aSeedReproducesTheRunAndAnotherSeedDoesNot() {
        TorusSpins a = new TorusSpins(8, 0.44, 42);
        TorusSpins b = new TorusSpins(8, 0.44, 42);
        TorusSpins c = new TorusSpins(8, 0.44, 43);
        for (int k = 0; k < 100; k++) {
            assertEquals(a.wolffUpdate(), b.wolffUpdate());
            c.wolffUpdate();
        }
        assertArrayEquals(a.spins(), b.spins());
        assertNotEquals(java.util.Arrays.toString(a.spins()), java.util.Arrays.toString(c.spins()));
    }

    /** Deep in the ordered phase a Wolff cluster is nearly the whole lattice; at high temperature it is small. */
    @Test
    void clusterSizesFollowTheCoupling() {
        TorusSpins cold = new TorusSpins(16, 1.5, 1);
        TorusSpins hot = new TorusSpins(16, 0.05, 1);
        double coldMean = 0;
        double hotMean = 0;
        for (int k = 0; k < 200; k++) {
            coldMean += cold.wolffUpdate() / 200.0;
            hotMean += hot.wolffUpdate() / 200.0;
        }
        assertTrue(coldMean > 0.9 * 256, "cold " + coldMean);
        assertTrue(hotMean < 2, "hot " + hotMean);
    }

    /** AR(1) with coefficient ρ has τ_int = (1 + ρ)/(2(1 − ρ)); 200 000 steps give it to a few percent. */
    @Test
    void integratedAutocorrelationTimeOfAnAutoregressiveSeries() {
        Random random = new Random(9);
        for (double rho : new double[] {0, 0.5, 0.9}) {
            double[] series = new double[200_000];
            double x = 0;
            for (int i = 0; i < series.length; i++) {
                x = rho * x + random.nextGaussian();
                series[i] = x;
            }
            double expected = (1 + rho) / (2 * (1 - rho));
            assertEquals(expected, Autocorrelation.integratedTime(series), 0.05 * expected + 0.02, "ρ = " + rho);
        }
    }

    private static int bond(byte[] c, int size, int x, int d) {
        int n = size * size;
        int col = x % size;
        int other = d == 0 ? (col == size - 1 ? x - col : x + 1) : (x + size) % n;
        return c[x] * c[other];
    }

    private static int shift(int x, int r, int size) {
        int y = (x / size + r / size) % size;
        int col = (x % size + r % size) % size;
        return y * size + col;
    }
}
