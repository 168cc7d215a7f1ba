package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class BernoulliFamilyTest {

    /** A few ulps of a distance of order one. */
    private static final double ROUNDING = 1e-13;
    /** Relative precision kept by the atan2 form for points 1e-12 from the end (arcsin √p would keep ~1e-4). */
    private static final double NEAR_END = 1e-9;

    private final BernoulliFamily bernoulli = new BernoulliFamily();

    @Test
    void theTwoPointMassesArePiApart() {
        assertEquals(Math.PI, bernoulli.distance(new double[] {0}, new double[] {1}), ROUNDING);
        assertEquals(Math.PI / 2, bernoulli.distance(new double[] {0}, new double[] {0.5}), ROUNDING);
        assertEquals(0.5, bernoulli.pointAt(new double[] {0}, new double[] {1}, 0.5)[0], ROUNDING);
    }

    @Test
    void agreesWithTheCategoricalFamilyOnTwoOutcomes() {
        CategoricalFamily two = new CategoricalFamily(2);
        double[] ps = {0, 0.1, 0.35, 0.5, 0.92, 1};
        for (double a : ps) {
            for (double b : ps) {
                assertEquals(two.distance(new double[] {a, 1 - a}, new double[] {b, 1 - b}),
                        bernoulli.distance(new double[] {a}, new double[] {b}), ROUNDING, a + " → " + b);
            }
        }
    }

    @Test
    void keepsPrecisionNextToTheEnds() {
        double delta = 1e-12;
        double near = 1 - delta;
        // d(1 − δ, 1) = 2 arcsin √δ by the symmetry p ↦ 1 − p; 1 − near is exact, δ itself is not.
        assertEquals(2 * Math.asin(Math.sqrt(1 - near)), bernoulli.distance(new double[] {near}, new double[] {1}),
                NEAR_END * 2e-6);
        assertEquals(2 * Math.asin(Math.sqrt(delta)), bernoulli.distance(new double[] {delta}, new double[] {0}),
                NEAR_END * 2e-6);
    }

    @Test
    void probabilitiesAreThoseOfACoin() {
        double[] p = {0.3};
        assertEquals(0.7, bernoulli.probability(p, 0), 0);
        assertEquals(0.3, bernoulli.probability(p, 1), 0);
        assertEquals(0, bernoulli.probability(p, 2), 0);
        assertEquals(0, bernoulli.probability(p, -1), 0);
    }

    @Test
    void boundaryIsRejectedAwayFromTheClosedForm() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> bernoulli.checkParameters(new double[] {1}, false));
        assertTrue(e.getMessage().contains("p = 1") && e.getMessage().contains("boundary"), e.getMessage());
        InvalidInputException outside = assertThrows(InvalidInputException.class,
                () -> bernoulli.checkParameters(new double[] {1.5}, true));
        assertEquals("bernoulli: p must be a finite number in [0, 1] (in (0, 1) away from the closed form), got 1.5",
                outside.getMessage());
    }
}
