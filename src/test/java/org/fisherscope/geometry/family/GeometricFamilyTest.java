package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class GeometricFamilyTest {

    /** A few ulps of quantities of order one. */
    private static final double ROUNDING = 1e-13;
    /** Adaptive Simpson asked for 1e-12; arc lengths up to ~20. */
    private static final double QUADRATURE = 1e-10;
    /** The log1p form keeps full relative precision where the plain artanh form loses 1/p ulps. */
    private static final double ROUND_TRIP = 1e-14;

    private final GeometricFamily geometric = new GeometricFamily();

    /** 2|artanh√(1−a) − artanh√(1−b)|, with artanh u = ½ ln((1 + u)/(1 − u)) written plainly. */
    static double artanhDistance(double a, double b) {
        return 2 * Math.abs(artanh(Math.sqrt(1 - a)) - artanh(Math.sqrt(1 - b)));
    }

    private static double artanh(double u) {
        return 0.5 * Math.log((1 + u) / (1 - u));
    }

    @Test
    void arcLengthCoordinateIsTheIntegralOfRootG() {
        double[] ps = {1e-4, 0.01, 0.2, 0.6, 0.9, 1 - 1e-6};
        for (double a : ps) {
            for (double b : ps) {
                double integral = Math.abs(Quadrature.integrate(p -> 1 / (p * Math.sqrt(1 - p)), a, b, 1e-12));
                double d = geometric.distance(new double[] {a}, new double[] {b});
                assertEquals(integral, d, QUADRATURE * Math.max(1, d), a + " → " + b);
            }
        }
    }

    @Test
    void successAtTheFirstTrialIsAFiniteBoundary() {
        // d(1, p) is the limit of d(1 − δ, p): they differ by d(1, 1 − δ) = 2 artanh √δ ≈ 2√δ.
        double delta = 1e-10;
        for (double p : new double[] {0.01, 0.3, 0.95}) {
            double toEnd = geometric.distance(new double[] {1}, new double[] {p});
            double nearEnd = geometric.distance(new double[] {1 - delta}, new double[] {p});
            assertTrue(toEnd - nearEnd > 0 && toEnd - nearEnd < 2.000001 * Math.sqrt(delta), "p = " + p);
            assertEquals(artanhDistance(1, p), toEnd, ROUNDING * Math.max(1, toEnd));
        }
        assertArrayEquals(new double[] {1}, geometric.pointAt(new double[] {1}, new double[] {0.2}, 0), 0);
        assertEquals(1, geometric.probability(new double[] {1}, 1), 0);
        assertEquals(0, geometric.probability(new double[] {1}, 2), 0);
        assertArrayEquals(new int[] {1, 1}, geometric.typicalSupport(new double[] {1}));
        InvalidInputException zero = assertThrows(InvalidInputException.class,
                () -> geometric.checkParameters(new double[] {0}, true));
        assertEquals("geometric: p must be a finite number in (0, 1] (in (0, 1) away from the closed form), got 0.0",
                zero.getMessage());
    }

    @Test
    void arcLengthRoundTripsDownToTinyP() {
        for (double p : new double[] {1e-12, 1e-6, 0.3, 1 - 1e-9, 1}) {
            double s = geometric.arcLength(p);
            assertEquals(p, geometric.fromArcLength(s), ROUND_TRIP * p, "p = " + p);
        }
    }

    /** ψ = θ − ln(1 − e^θ) differentiated by hand: the cumulants are those of trials to the first success. */
    @Test
    void cumulantsAreThoseOfTheGeometricDistribution() {
        for (double p : new double[] {0.05, 0.5, 0.9}) {
            double[] theta = geometric.naturalParameters(new double[] {p});
            assertEquals(Math.log(1 - p), theta[0], ROUNDING);
            assertEquals(1 / p, geometric.meanParameters(theta)[0], ROUNDING / p);
            assertEquals((1 - p) / (p * p), geometric.secondCumulants(theta)[0][0], ROUNDING / (p * p));
            assertEquals((1 - p) * (2 - p) / (p * p * p), geometric.thirdCumulants(theta)[0][0][0],
                    ROUNDING / (p * p * p));
            assertEquals(Math.log((1 - p) / p), geometric.logPartition(theta), ROUNDING);
        }
    }

    @Test
    void probabilitiesFollowTheTrials() {
        double[] p = {0.25};
        assertEquals(0.25, geometric.probability(p, 1), 0);
        assertEquals(0.75 * 0.75 * 0.25, geometric.probability(p, 3), ROUNDING);
        assertEquals(0, geometric.probability(p, 0), 0);
        assertEquals(1, geometric.typicalSupport(p)[0]);
    }
}
