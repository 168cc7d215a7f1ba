package org.fisherscope.geometry.special;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class PolygammaTest {

    /** Known constants are quoted to 16+ digits; a few ulps of rounding remain. */
    private static final double ULPS = 1e-14;
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

    /**
     * x, ψ(x), ψ′(x), ψ″(x) computed here with mpmath at 30 digits (commons-math3's digamma and
     * trigamma were found off by up to 3e-9 and 1e-12, so they are not the reference).
     */
    private static final double[][] MPMATH = {
        {0.001, -1000.5755719318103005, 1000001.642533195869, -2000000002.3976322897},
        {0.05, -20.497844991299870371, 401.53235734211511931, -16002.108158021945433},
        {0.7, -1.2200235536979346147, 2.8340491566946106268, -6.4349928741909225451},
        {3.3, 1.0348224890596217491, 0.35350154184106181026, -0.12375118526494271037},
        {19.99, 2.9700111525617639408, 0.05129711763484186657, -0.0026308182162418874797},
        {20, 2.9705239922421490509, 0.051270822935203119832, -0.0026281224023146545934},
        {57, 4.034253689881697774, 0.017698653061451319397, -0.00031323414508183021546},
        {10000, 9.2102903711428494036, 0.00010000500016666666633, -1.0001000049999999833e-8},
    };

    /** Relative error allowed against mpmath: the recurrence sums up to 20 terms, each with an ulp. */
    private static final double RELATIVE = 1e-14;

    @Test
    void agreesWithMpmath() {
        for (double[] row : MPMATH) {
            double x = row[0];
            assertEquals(row[1], Polygamma.digamma(x), RELATIVE * Math.max(1, Math.abs(row[1])), "digamma " + x);
            assertEquals(row[2], Polygamma.trigamma(x), RELATIVE * Math.abs(row[2]), "trigamma " + x);
            assertEquals(row[3], Polygamma.tetragamma(x), RELATIVE * Math.abs(row[3]), "tetragamma " + x);
        }
    }

    @Test
    void fusedPassEqualsTheSeparateFunctions() {
        for (double[] row : MPMATH) {
            double[] both = Polygamma.trigammaAndTetragamma(row[0]);
            assertEquals(row[2], both[0], RELATIVE * Math.abs(row[2]));
            assertEquals(row[3], both[1], RELATIVE * Math.abs(row[3]));
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
