package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class PoissonFamilyTest {

    /** A few ulps of distances up to ~50. */
    private static final double ROUNDING = 1e-13;
    /** A sum of ~2000 probabilities, and tails below 1e-12. */
    private static final double SUM = 1e-11;

    private final PoissonFamily poisson = new PoissonFamily();

    @Test
    void distanceFromThePointMassAtZeroIsTwiceTheRoot() {
        assertEquals(1, poisson.distance(new double[] {0}, new double[] {0.25}), ROUNDING);
        assertEquals(6, poisson.distance(new double[] {9}, new double[] {0}), ROUNDING);
        assertEquals(2 * Math.sqrt(2.5), poisson.distance(new double[] {0}, new double[] {2.5}), ROUNDING);
        // Midway in arc length from 0 to 16 is 2√λ = 4, λ = 4.
        assertEquals(4, poisson.pointAt(new double[] {0}, new double[] {16}, 0.5)[0], ROUNDING);
    }

    @Test
    void probabilitiesSumToOneForLargeMeans() {
        double[] p = {500};
        int[] support = poisson.typicalSupport(p);
        assertTrue(support[0] > 0, "the bulk of Poisson(500) is far from 0");
        double sum = 0;
        for (int k = support[0]; k <= support[1]; k++) {
            sum += poisson.probability(p, k);
        }
        assertEquals(1, sum, SUM);
    }

    @Test
    void theBoundaryIsThePointMassAtZero() {
        double[] zero = {0};
        assertEquals(1, poisson.probability(zero, 0), 0);
        assertEquals(0, poisson.probability(zero, 3), 0);
        assertEquals(Math.exp(-2) * 8 / 6, poisson.probability(new double[] {2}, 3), ROUNDING);
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> poisson.checkParameters(zero, false));
        assertTrue(e.getMessage().contains("lambda = 0") && e.getMessage().contains("> 0"), e.getMessage());
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> poisson.checkParameters(new double[] {-1}, true));
        assertEquals("poisson: lambda must be a finite number ≥ 0 (> 0 away from the closed form), got -1.0",
                negative.getMessage());
    }
}
