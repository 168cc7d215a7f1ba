package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Identities the cumulants must satisfy whatever the method: ±1 variables, symmetry, lattice symmetry. */
class CumulantIdentitiesTest {

    /** Cumulants of O(1) moments in double precision, through transfer-matrix products. */
    private static final double ROUNDING = 1e-12;

    @ParameterizedTest
    @CsvSource({"ENUMERATION, 3, 0.44068679350977147", "TRANSFER, 4, 0.44068679350977147", "TRANSFER, 5, 0.3",
        "TRANSFER, 6, 0.44068679350977147", "TRANSFER, 4, 0.8"})
    void plusMinusOneVariablesAndPermutationSymmetry(ExactIsing.Method method, int side, double coupling) {
        BondCumulants c = BondCumulants.of(ExactIsing.moments(side, coupling, method, ProgressListener.NONE, () -> false));
        int m = 2 * side * side;
        double mu = c.mean(0);
        assertEquals(mu, c.mean(1), ROUNDING, "the square lattice's diagonal mirror maps right bonds to down bonds");
        for (int a = 0; a < m; a++) {
            assertEquals(1 - mu * mu, c.metric(a, a), ROUNDING, "g_aa = 1 − μ²");
            for (int b = 0; b < m; b++) {
                assertEquals(c.metric(a, b), c.metric(b, a), ROUNDING, "g symmetric");
                assertEquals(-2 * mu * c.metric(a, b), c.third(a, a, b), ROUNDING, "T_aab = −2μ g_ab");
                assertEquals(-2 * mu * c.metric(a, b), c.third(b, a, a), ROUNDING, "T_baa = −2μ g_ab");
            }
        }
        // Full permutation symmetry: the rows of bond 0 and bond 1 were computed separately.
        for (int a = 0; a < m; a += 3) {
            for (int b = 0; b < m; b++) {
                for (int d = 0; d < m; d++) {
                    double t = c.third(a, b, d);
                    assertEquals(t, c.third(b, a, d), ROUNDING);
                    assertEquals(t, c.third(d, b, a), ROUNDING);
                    assertEquals(t, c.third(a, d, b), ROUNDING);
                }
            }
        }
    }
}
