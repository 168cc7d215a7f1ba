package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The quadrature's constants checked by exactness on polynomials, and its adaptivity on known integrals. */
class GaussKronrodTest {

    /** Sums of 15 products of O(1) numbers. */
    private static final double ROUNDING = 1e-14;
    /** Requested relative accuracy in the adaptive cases. */
    private static final double REQUESTED = 1e-12;

    /** 7-point Gauss integrates degree ≤ 13 exactly and 15-point Kronrod degree ≤ 22: a typo in any constant breaks it. */
    @Test
    void rulesAreExactOnPolynomialsOfTheirDegree() {
        for (int degree = 0; degree <= 22; degree++) {
            double exact = degree % 2 == 1 ? 0 : 2.0 / (degree + 1);
            double kronrod = GaussKronrod.KRONROD_WEIGHTS[7] * Math.pow(0, degree);
            double gauss = GaussKronrod.GAUSS_WEIGHTS[3] * Math.pow(0, degree);
            for (int i = 0; i < 7; i++) {
                double x = GaussKronrod.NODES[i];
                double pair = Math.pow(x, degree) + Math.pow(-x, degree);
                kronrod += GaussKronrod.KRONROD_WEIGHTS[i] * pair;
                if (i % 2 == 1) {
                    gauss += GaussKronrod.GAUSS_WEIGHTS[i / 2] * pair;
                }
            }
            assertEquals(exact, kronrod, ROUNDING, "Kronrod, degree " + degree);
            if (degree <= 13) {
                assertEquals(exact, gauss, ROUNDING, "Gauss, degree " + degree);
            }
        }
    }

    @Test
    void adaptiveIntegralsOfKnownFunctions() {
        assertEquals(Math.PI / 4, GaussKronrod.integrate(x -> 1 / (1 + x * x), 0, 1, REQUESTED, 0).value(),
                REQUESTED);
        // An endpoint singularity of the derivative makes it bisect towards 0.
        GaussKronrod.Result root = GaussKronrod.integrate(Math::sqrt, 0, 1, REQUESTED, 0);
        assertEquals(2.0 / 3, root.value(), 10 * REQUESTED);
        assertTrue(root.evaluations() > 15, "it refined: " + root.evaluations());
        // A sharp peak.
        assertEquals(Math.atan(100) * 2 / 100, GaussKronrod.integrate(x -> 1 / (1 + 1e4 * x * x), -1, 1, REQUESTED, 0)
                .value(), REQUESTED);
    }
}
