package org.fisherscope.geometry.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.special.Gamma;
import org.junit.jupiter.api.Test;

class PolygammaTest {

    /** Known constants are quoted to 16+ digits; a few ulps of rounding remain. */
    private static final double ULPS = 1e-14;
    /** Differences of a smooth function with step 1e-4 (five-point): ~1e-12 relative. */
    private static final double DIFFERENCE = 1e-9;
    private static final double EULER_GAMMA = 0.57721566490153286;
    private static final double ZETA3 = 1.2020569031595942854;

    @Test
    void closedFormValues() {
        assertEquals(-EULER_GAMMA, Polygamma.digamma(1), ULPS);
        assertEquals(-EULER_GAMMA - 2 * Math.log(2), Polygamma.digamma(0.5), ULPS);
        assertEquals(Math.PI * Math.PI / 6, Polygamma.trigamma(1), ULPS);
        assertEquals(Math.PI * Math.PI / 2, Polygamma.trigamma(0.5), ULPS);
        assertEquals(-2 * ZETA3, Polygamma.tetragamma(1), ULPS);
        assertEquals(-14 * ZETA3, Polygamma.tetragamma(0.5), 10 * ULPS);
        // Beta(1, 1) metric entry from REFERENCE.md: ψ′(2) = π²/6 − 1.
        assertEquals(0.644934066848, Polygamma.trigamma(2), 1e-12);
    }

    @Test
    void trigammaAgreesWithCommonsMathAndTetragammaWithDifferences() {
        for (double x : new double[] {1e-3, 0.05, 0.7, 3.3, 19.99, 20, 57, 1e4}) {
            // commons-math3's digamma is off by up to ~3e-9 (checked against the Taylor series at 0.05),
            // so it is no reference for ψ; its trigamma is.
            assertEquals(Gamma.trigamma(x), Polygamma.trigamma(x), 1e-12 * Math.abs(Polygamma.trigamma(x)),
                    "trigamma " + x);
            double h = 1e-4 * x;
            double difference = (Polygamma.trigamma(x - 2 * h) - 8 * Polygamma.trigamma(x - h)
                    + 8 * Polygamma.trigamma(x + h) - Polygamma.trigamma(x + 2 * h)) / (12 * h);
            assertEquals(difference, Polygamma.tetragamma(x), DIFFERENCE * Math.abs(Polygamma.tetragamma(x)),
                    "tetragamma " + x);
        }
    }

    @Test
    void taylorSeriesNearZero() {
        // ψ(x) = −1/x − γ + ζ(2)x − ζ(3)x² + ζ(4)x³ − …, truncated at x⁴ ≈ 1e-12 for x = 1e-3.
        double x = 1e-3;
        double zeta2 = Math.PI * Math.PI / 6;
        double zeta4 = Math.pow(Math.PI, 4) / 90;
        double series = -1 / x - EULER_GAMMA + zeta2 * x - ZETA3 * x * x + zeta4 * x * x * x;
        assertEquals(series, Polygamma.digamma(x), 1e-11);
        // At 0.05 by hand from the same series to x⁸: ψ(1.05) = −0.4978449915.
        assertEquals(-20.4978449915, Polygamma.digamma(0.05), 1e-9);
    }

    @Test
    void recurrences() {
        for (double x : new double[] {0.3, 2.5, 25}) {
            assertEquals(Polygamma.digamma(x) + 1 / x, Polygamma.digamma(x + 1), ULPS * 10);
            assertEquals(Polygamma.trigamma(x) - 1 / (x * x), Polygamma.trigamma(x + 1),
                    ULPS * 10 * Polygamma.trigamma(x));
            assertEquals(Polygamma.tetragamma(x) + 2 / (x * x * x), Polygamma.tetragamma(x + 1),
                    ULPS * 10 * Math.abs(Polygamma.tetragamma(x)));
        }
    }
}
