package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Sweep couplings and exact side lists: the grid by hand, K_c in and its refusal zone out, bad text refused. */
class CouplingGridTest {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;

    @Test
    void aRangeIsEvenlySpacedWithBothEndsAndKcAdded() {
        double[] ks = CouplingGrid.parse("0.3:0.6:7");
        // By hand: 0.30, 0.35, …, 0.60 (seven points) and K_c between 0.40 and 0.45.
        assertArrayEquals(new double[] {0.3, 0.35, 0.4, KC, 0.45, 0.5, 0.55, 0.6}, ks, 1e-15);
        assertEquals(0.3, ks[0], 0, "the ends are the typed numbers");
        assertEquals(0.6, ks[ks.length - 1], 0);
        assertEquals(KC, ks[3], 0, "K_c itself, to the last bit");
    }

    @Test
    void pointsInTheRefusalZoneMoveOntoKc() {
        double[] ks = CouplingGrid.parse("0.3, 0.44068, " + (KC + 0.5 * CouplingGrid.CRITICAL_GUARD) + ", 0.5");
        assertArrayEquals(new double[] {0.3, KC, 0.5}, ks, 0);
        // Every point of a large default grid is either K_c or outside the guard.
        double[] fine = CouplingGrid.parse("0.3:0.6:301");
        assertTrue(Arrays.stream(fine).allMatch(k -> k == KC || Math.abs(k - KC) >= CouplingGrid.CRITICAL_GUARD));
        assertEquals(1, Arrays.stream(fine).filter(k -> k == KC).count());
    }

    @Test
    void kcIsAddedOnlyInsideTheRange() {
        assertArrayEquals(new double[] {0.2, 0.25, 0.3}, CouplingGrid.parse("0.2:0.3:3"), 1e-15);
        assertArrayEquals(new double[] {KC}, CouplingGrid.parse("0.4406868"), 0, "a lone near-critical K is K_c");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "0.3:0.6", "0.3:0.6:1", "0.6:0.3:5", "0:0.5:5", "-0.1,0.2", "a:b:3", "0.3:0.6:x",
        "0.3:0.6:100000", "NaN", "Infinity"})
    void badCouplingsAreExplained(String text) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CouplingGrid.parse(text));
        assertTrue(!e.getMessage().isBlank());
    }

    @Test
    void exactSidesGoToTheEnginesLimit() {
        assertArrayEquals(new int[] {3, 4, 5, 8, ExactIsing.MAX_SIDE}, LatticeSizes.exact("8, 3-5," + ExactIsing.MAX_SIDE));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> LatticeSizes.exact(Integer.toString(ExactIsing.MAX_SIDE + 1)));
        assertTrue(e.getMessage().contains("between 3 and " + ExactIsing.MAX_SIDE), e.getMessage());
        assertThrows(InvalidInputException.class, () -> LatticeSizes.exact("2,4"));
        assertThrows(InvalidInputException.class, () -> LatticeSizes.exact("6-4"));
        assertThrows(InvalidInputException.class, () -> LatticeSizes.exact("four"));
        assertArrayEquals(LatticeSizes.parse("4-6,9"), LatticeSizes.parse("4-6,9", LatticeSizes.MAX), "the same syntax");
    }
}
