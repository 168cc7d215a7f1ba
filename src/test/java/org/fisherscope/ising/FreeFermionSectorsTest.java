package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The four Pfaffian sectors against Kaufman's closed form and REFERENCE.md's ln Z at K_c. */
class FreeFermionSectorsTest {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;
    /** REFERENCE.md gives ln Z to 12–13 decimals. */
    private static final double QUOTED = 1e-12;
    /** ln Z of order 10–1000, two independent double-precision products over momenta: relative. */
    private static final double LOG_Z = 1e-13;
    /** Σρ_s = 1 by construction, up to rounding of four O(1) terms. */
    private static final double WEIGHT_SUM = 1e-14;

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void logZMatchesKaufmanOnBothSidesOfTheTransition(int side) {
        for (double k : new double[] {0.3, KC - 0.01, KC, KC + 0.01, 0.6}) {
            FreeFermionSectors sectors = new FreeFermionSectors(side, k);
            double kaufman = KaufmanPartition.logZ(side, side, k);
            assertEquals(kaufman, sectors.logZ(), LOG_Z * Math.abs(kaufman), "L = " + side + ", K = " + k);
            double sum = 0;
            for (int s = 0; s < FreeFermionSectors.SECTORS; s++) {
                sum += sectors.weight(s);
            }
            assertEquals(1, sum, WEIGHT_SUM);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {24, 32, 48, 64, 65})
    void logZMatchesKaufmanOnLargeLattices(int side) {
        for (double k : new double[] {0.3, KC, 0.6}) {
            double kaufman = KaufmanPartition.logZ(side, side, k);
            assertEquals(kaufman, new FreeFermionSectors(side, k).logZ(), LOG_Z * Math.abs(kaufman),
                    "L = " + side + ", K = " + k);
        }
    }

    @Test
    void logZAtTheCriticalCouplingMatchesTheReferenceValues() {
        assertEquals(9.0202134009443, new FreeFermionSectors(3, KC).logZ(), QUOTED);
        assertEquals(15.521915458755, new FreeFermionSectors(4, KC).logZ(), QUOTED);
        assertEquals(60.141780789069, new FreeFermionSectors(8, KC).logZ(), QUOTED);
    }

    @Test
    void thePeriodicSectorChangesSignAtTheCriticalCoupling() {
        assertTrue(new FreeFermionSectors(6, KC - 0.01).weight(FreeFermionSectors.PP) < 0);
        assertTrue(new FreeFermionSectors(6, KC + 0.01).weight(FreeFermionSectors.PP) > 0);
        // at K_c the ++ Pfaffian is zero up to the rounding of t_c = tanh K_c
        assertTrue(Math.abs(new FreeFermionSectors(6, KC).weight(FreeFermionSectors.PP)) < 1e-14);
    }
}
