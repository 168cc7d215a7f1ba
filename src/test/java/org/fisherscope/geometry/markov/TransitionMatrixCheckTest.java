package org.fisherscope.geometry.markov;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The input rules, exercised through the public constructor that applies them. */
class TransitionMatrixCheckTest {

    private static final List<String> NAMES = List.of("Trees", "Crops", "Built");

    private static double[][] good() {
        return new double[][] {{0.8, 0.15, 0.05}, {0.1, 0.7, 0.2}, {0, 0, 1}};
    }

    @Test
    void aGoodChainIsAccepted() {
        assertDoesNotThrow(() -> new AbsorbingChain(NAMES, good(), List.of("Built")));
    }

    @Test
    void tooFewRowsForTheNames() {
        double[][] p = {{0.5, 0.5}, {0, 1}};
        assertRejected(NAMES, p, List.of("Built"), "2 rows", "3 state names", "square");
    }

    @Test
    void aShortRowIsNamed() {
        double[][] p = good();
        p[1] = new double[] {0.5, 0.5};
        assertRejected(NAMES, p, List.of("Built"), "'Crops'", "2 entries", "expected 3");
    }

    @Test
    void nanAndInfinityAreLocatedByRowAndColumnName() {
        double[][] p = good();
        p[0][1] = Double.NaN;
        assertRejected(NAMES, p, List.of("Built"), "row 'Trees'", "column 'Crops'", "NaN");
        p = good();
        p[1][2] = Double.POSITIVE_INFINITY;
        assertRejected(NAMES, p, List.of("Built"), "row 'Crops'", "column 'Built'", "Infinity");
    }

    @Test
    void negativeEntryIsLocated() {
        double[][] p = good();
        p[1][0] = -0.1;
        p[1][1] = 0.9;
        assertRejected(NAMES, p, List.of("Built"), "row 'Crops'", "column 'Trees'", "negative", "-0.1");
    }

    @Test
    void rowSumOutsideToleranceNamesTheRowAndItsSum() {
        double[][] p = good();
        p[0][0] = 0.7;
        assertRejected(NAMES, p, List.of("Built"), "row 'Trees'", "sums to 0.9:", "within 0.000001");
        // A row missing 1 by 5e-7, as rounding leaves it, passes.
        double[][] rounded = good();
        rounded[0][0] = 0.8 - 5e-7;
        assertDoesNotThrow(() -> new AbsorbingChain(NAMES, rounded, List.of("Built")));
    }

    @Test
    void duplicateAndBlankNames() {
        assertRejected(List.of("Trees", "Crops", "Trees"), good(), List.of("Trees"), "'Trees'", "twice");
        assertRejected(List.of("Trees", " ", "Built"), good(), List.of("Built"), "state 2", "blank");
        assertRejected(Arrays.asList("Trees", null, "Built"), good(), List.of("Built"), "state 2", "blank");
        assertRejected(List.of(), new double[0][0], List.of("Built"), "no states");
    }

    @Test
    void absorbingNameMustBeAState() {
        assertRejected(NAMES, good(), List.of("Water"), "'Water'", "not a state", "Trees, Crops, Built");
    }

    @Test
    void atLeastOneAbsorbingState() {
        assertRejected(NAMES, good(), List.of(), "no absorbing state", "Trees, Crops, Built");
        assertRejected(NAMES, good(), null, "no absorbing state");
    }

    @Test
    void absorbingStateMustKeepItsRow() {
        assertRejected(NAMES, good(), List.of("Built", "Crops"), "'Crops'", "absorbing", "probability 0.7:");
    }

    private static void assertRejected(List<String> names, double[][] p, Collection<String> absorbing,
            String... fragments) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new AbsorbingChain(names, p, absorbing));
        for (String fragment : fragments) {
            assertTrue(e.getMessage().contains(fragment), () -> "'" + fragment + "' missing from: " + e.getMessage());
        }
    }
}
