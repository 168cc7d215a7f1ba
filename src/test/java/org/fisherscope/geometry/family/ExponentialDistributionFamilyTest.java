package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExponentialDistributionFamilyTest {

    /** A few ulps of distances of order one. */
    private static final double ROUNDING = 1e-13;
    /** The drawn range leaves e^{−14} ≈ 8e-7 of the mass outside. */
    private static final double DRAWN_MASS = 1e-6;

    private final ExponentialDistributionFamily exponential = new ExponentialDistributionFamily();

    @Test
    void distanceIsScaleInvariant() {
        assertEquals(1, exponential.distance(new double[] {1}, new double[] {Math.E}), ROUNDING);
        assertEquals(Math.log(2), exponential.distance(new double[] {3}, new double[] {1.5}), ROUNDING);
        for (double c : new double[] {1e-3, 0.7, 40}) {
            assertEquals(exponential.distance(new double[] {0.2}, new double[] {5}),
                    exponential.distance(new double[] {0.2 * c}, new double[] {5 * c}), ROUNDING);
        }
    }

    @Test
    void geodesicMidpointIsTheGeometricMean() {
        assertEquals(6, exponential.pointAt(new double[] {2}, new double[] {18}, 0.5)[0], ROUNDING * 6);
    }

    @Test
    void densityIntegratesToOneOverTheDrawnRange() {
        double[] p = {2.5};
        double[] range = exponential.typicalRange(p);
        assertEquals(0, range[0], 0);
        double mass = Quadrature.integrate(x -> exponential.density(p, x), range[0], range[1], 1e-12);
        assertTrue(mass < 1 && mass > 1 - DRAWN_MASS, "mass " + mass);
        assertEquals(0, exponential.density(p, -1), 0);
        assertEquals(2.5, exponential.density(p, 0), 0);
    }

    @Test
    void rateZeroIsRejectedEvenForTheClosedForm() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> exponential.checkParameters(new double[] {0}, true));
        assertEquals("exponential: lambda must be a finite number > 0, got 0.0", e.getMessage());
    }
}
