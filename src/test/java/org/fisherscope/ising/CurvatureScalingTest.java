package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The log-log fit against hand-computed least squares. */
class CurvatureScalingTest {

    @Test
    void theTwoDimensionalPredictionIsTenNinths() {
        assertEquals(10.0 / 9, CurvatureScaling.PREDICTION_2D, 1e-15);
        assertEquals(1.019, ScalingFit.prediction(3, 0.630, 0.0363), 5e-4, "REFERENCE.md's 3-D value, to its three decimals");
    }

    @Test
    void anExactPowerLawHasItsExponentAndNoError() {
        List<CurvatureScaling.Point> points = List.of(new CurvatureScaling.Point(4, 16, -3 * Math.pow(16, 1.25)),
                new CurvatureScaling.Point(5, 25, -3 * Math.pow(25, 1.25)), new CurvatureScaling.Point(8, 64, -3 * Math.pow(64, 1.25)));
        CurvatureScaling.Fit fit = CurvatureScaling.fit(points);
        assertEquals(1.25, fit.exponent(), 1e-13);
        assertEquals(Math.log(3), fit.intercept(), 1e-12);
        assertEquals(0, fit.exponentStdErr(), 1e-12);
        assertEquals(2, fit.effective().size());
        assertEquals(1.25, fit.effective().get(1).exponent(), 1e-13);
        assertEquals(5, fit.effective().get(1).fromSide());
    }

    @Test
    void leastSquaresByHand() {
        // n = 9, 81, 729 and |R| = 1, 81, 729: x = ln 9·(1, 2, 3), y = ln 9·(0, 2, 3). In units of ln 9: slope
        // Sxy/Sxx = 3/2, residuals −1/6, 1/3, −1/6, RSS = 1/6, SE = √(RSS/(3 − 2)/Sxx) = √(1/12), which does not
        // depend on the unit.
        List<CurvatureScaling.Point> points = List.of(new CurvatureScaling.Point(3, 9, 1),
                new CurvatureScaling.Point(9, 81, -81), new CurvatureScaling.Point(27, 729, 729));
        CurvatureScaling.Fit fit = CurvatureScaling.fit(points);
        assertEquals(1.5, fit.exponent(), 1e-13);
        assertEquals(Math.sqrt(1.0 / 12), fit.exponentStdErr(), 1e-13);
        assertEquals(-4.0 / 3 * Math.log(9), fit.intercept(), 1e-12);
        assertEquals(2.0, fit.effective().get(0).exponent(), 1e-13);
        assertEquals(1.0, fit.effective().get(1).exponent(), 1e-13);
        assertThrows(InvalidInputException.class, () -> CurvatureScaling.fit(List.of(new CurvatureScaling.Point(3, 9, 1),
                new CurvatureScaling.Point(3, 9, 2))), "equal n cannot be fitted");
    }

    @Test
    void twoPointsHaveNoStandardErrorAndBadSetsAreRefused() {
        CurvatureScaling.Fit fit = CurvatureScaling.fit(List.of(new CurvatureScaling.Point(3, 9, 10),
                new CurvatureScaling.Point(4, 16, 20)));
        assertTrue(Double.isNaN(fit.exponentStdErr()));
        assertThrows(InvalidInputException.class, () -> CurvatureScaling.checkSides(new int[] {4, 4, 5}));
        assertThrows(InvalidInputException.class, () -> CurvatureScaling.checkSides(new int[] {4}));
        assertThrows(InvalidInputException.class, () -> CurvatureScaling.checkSides(new int[] {2, 4}));
        assertEquals(List.of(3, 5, 8), java.util.Arrays.stream(CurvatureScaling.checkSides(new int[] {8, 3, 5})).boxed().toList());
    }
}
