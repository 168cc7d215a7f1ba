package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The scaling fit against exact power laws, commons-math's regression and a hand computation. */
class ScalingFitTest {

    /** Sums of a handful of logarithms: a few ulps each. */
    private static final double ROUNDING = 1e-12;

    @Test
    void anExactPowerLawGivesItsExponentWithNoError() {
        double[] n = {16, 36, 64, 100, 144};
        double[] r = new double[n.length];
        for (int i = 0; i < n.length; i++) {
            r[i] = -3.7 * Math.pow(n[i], 10.0 / 9);
        }
        ScalingFit fit = ScalingFit.of(n, r);
        assertEquals(10.0 / 9, fit.slope(), ROUNDING);
        assertEquals(Math.log(3.7), fit.intercept(), ROUNDING);
        assertEquals(0, fit.slopeStdErr(), 1e-7, "residuals are rounding only");
        for (double d : fit.effective()) {
            assertEquals(10.0 / 9, d, ROUNDING);
        }
        assertEquals(3.7 * Math.pow(50, 10.0 / 9), fit.at(50), ROUNDING * 3.7 * Math.pow(50, 10.0 / 9) * 10);
    }

    @Test
    void noisyDataMatchCommonsMathRegression() {
        SplittableRandom random = new SplittableRandom(7);
        double[] n = {9, 16, 25, 36, 49, 64, 81, 100};
        double[] r = new double[n.length];
        SimpleRegression reference = new SimpleRegression();
        for (int i = 0; i < n.length; i++) {
            r[i] = 2.5 * Math.pow(n[i], 1.11) * Math.exp(0.03 * (random.nextDouble() - 0.5));
            reference.addData(Math.log(n[i]), Math.log(r[i]));
        }
        ScalingFit fit = ScalingFit.of(n, r);
        assertEquals(reference.getSlope(), fit.slope(), ROUNDING);
        assertEquals(reference.getIntercept(), fit.intercept(), ROUNDING);
        assertEquals(reference.getSlopeStdErr(), fit.slopeStdErr(), ROUNDING);
        assertTrue(fit.slopeStdErr() > 1e-4, "noise gives a visible error bar: " + fit.slopeStdErr());
    }

    @Test
    void threePointsByHand() {
        // x = ln n = 0, 1, 2 and y = 0, 1, 3: slope 1.5, intercept −1/6, residuals 1/6, −1/3, 1/6,
        // s² = (1/6)/1, Sxx = 2, SE = √(1/12). Effective exponents 1 and 2.
        double e = Math.E;
        ScalingFit fit = ScalingFit.of(new double[] {1, e, e * e}, new double[] {1, e, e * e * e});
        assertEquals(1.5, fit.slope(), ROUNDING);
        assertEquals(-1.0 / 6, fit.intercept(), ROUNDING);
        assertEquals(Math.sqrt(1.0 / 12), fit.slopeStdErr(), ROUNDING);
        assertEquals(1, fit.effective()[0], ROUNDING);
        assertEquals(2, fit.effective()[1], ROUNDING);
    }

    @Test
    void twoPointsHaveNoStandardError() {
        ScalingFit fit = ScalingFit.of(new double[] {16, 64}, new double[] {265.31, 1272.14});
        assertTrue(Double.isNaN(fit.slopeStdErr()));
        assertEquals(Math.log(1272.14 / 265.31) / Math.log(4), fit.slope(), ROUNDING);
    }

    @Test
    void thePredictionIsTenNinthsIn2d() {
        assertEquals(10.0 / 9, ScalingFit.ISING_2D_PREDICTION, ROUNDING);
        // 3D (REFERENCE.md): ν = 0.630, η = 0.0363 → 1.019.
        assertEquals(1.019, ScalingFit.prediction(3, 0.630, 0.0363), 5e-4);
    }

    @Test
    void thePublishedExactValuesGiveThePublishedExponent() {
        // REFERENCE.md: |R| for L = 6…9, fit 1.1115 ± 0.0002 (the published |R| are rounded to 0.01).
        double[] n = {36, 49, 64, 81};
        double[] r = {671.25, 945.53, 1272.14, 1653.34};
        ScalingFit fit = ScalingFit.of(n, r);
        assertEquals(1.1115, fit.slope(), 3e-4);
    }

    @Test
    void badInputIsRefused() {
        assertThrows(InvalidInputException.class, () -> ScalingFit.of(new double[] {16}, new double[] {1}));
        assertThrows(InvalidInputException.class, () -> ScalingFit.of(new double[] {16, 16}, new double[] {1, 2}));
        assertThrows(InvalidInputException.class, () -> ScalingFit.of(new double[] {16, 25}, new double[] {1, 0}));
        assertThrows(InvalidInputException.class, () -> ScalingFit.of(new double[] {0, 25}, new double[] {1, 2}));
        assertThrows(InvalidInputException.class, () -> ScalingFit.of(new double[] {9, 25}, new double[] {1}));
    }
}
