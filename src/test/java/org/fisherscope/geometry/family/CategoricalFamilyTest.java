package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.fisherscope.geometry.Curvature;
import org.fisherscope.geometry.ExponentialFamilyChecks;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.MetricCalculus;
import org.fisherscope.geometry.ScalarCurvature;
import org.junit.jupiter.api.Test;

class CategoricalFamilyTest {

    /** A few ulps of a distance of order one. */
    private static final double ROUNDING = 1e-13;
    /** arccos loses precision near 1: √ε ≈ 1e-8 for close points, so compare far-apart ones at 1e-12. */
    private static final double ARCCOS_FORM = 1e-12;
    private static final double CUMULANT_EXACT = 1e-11;
    /** Generic curvature differences Γ twice: ~1e-9 relative rounding, see ScalarCurvature. */
    private static final double GENERIC_CURVATURE = 1e-6;

    @Test
    void verticesArePiApart() {
        CategoricalFamily three = new CategoricalFamily(3);
        assertEquals(Math.PI, three.distance(new double[] {1, 0, 0}, new double[] {0, 1, 0}), ROUNDING);
        assertEquals(Math.PI, three.distance(new double[] {0, 0, 1}, new double[] {0, 1, 0}), ROUNDING);
    }

    @Test
    void distanceMatchesTheArccosFormAndIsAMetric() {
        Random random = new Random(11);
        CategoricalFamily four = new CategoricalFamily(4);
        for (int i = 0; i < 200; i++) {
            double[] p = randomPoint(random, 4);
            double[] q = randomPoint(random, 4);
            double[] r = randomPoint(random, 4);
            double pq = four.distance(p, q);
            double bc = 0;
            for (int j = 0; j < 4; j++) {
                bc += Math.sqrt(p[j] * q[j]);
            }
            if (pq > 0.1) {
                assertEquals(2 * Math.acos(bc), pq, ARCCOS_FORM);
            }
            assertEquals(pq, four.distance(q, p), ROUNDING);
            assertTrue(four.distance(p, r) <= pq + four.distance(q, r) + ROUNDING);
            assertTrue(pq <= Math.PI + ROUNDING);
        }
    }

    @Test
    void greatCircleSplitsItsLengthAndStaysOnTheSimplex() {
        CategoricalFamily three = new CategoricalFamily(3);
        double[] p = {1, 0, 0};
        double[] q = {0.1, 0.2, 0.7};
        double d = three.distance(p, q);
        for (int k = 0; k <= 8; k++) {
            double t = k / 8.0;
            double[] m = three.pointAt(p, q, t);
            assertEquals(1, m[0] + m[1] + m[2], ROUNDING);
            assertEquals(t * d, three.distance(p, m), 10 * ROUNDING);
        }
    }

    @Test
    void curvatureIsThatOfTheSphereOfRadiusTwo() {
        for (int k = 3; k <= 6; k++) {
            CategoricalFamily family = new CategoricalFamily(k);
            double[] p = randomPoint(new Random(k), k);
            double expected = (k - 1) * (k - 2) / 4.0;
            assertEquals(expected, Curvature.at(family, p).scalar(), CUMULANT_EXACT * (1 + expected), "k = " + k);
        }
        CategoricalFamily three = new CategoricalFamily(3);
        assertEquals(0.25, Curvature.at(three, new double[] {0.2, 0.5, 0.3}).gaussian(), CUMULANT_EXACT);
        assertEquals(0.5, ScalarCurvature.of(three, new double[] {0.2, 0.5}), GENERIC_CURVATURE);
    }

    @Test
    void exponentialFamilyIdentities() {
        ExponentialFamilyChecks.check(new CategoricalFamily(3), new double[] {0.2, 0.5});
        ExponentialFamilyChecks.check(new CategoricalFamily(4), new double[] {0.05, 0.15, 0.6});
    }

    @Test
    void analyticMetricDerivativeMatchesDifferences() {
        CategoricalFamily four = new CategoricalFamily(4);
        double[] x = {0.1, 0.3, 0.2};
        double[][][] analytic = four.metricDerivative(x);
        double[][][] numeric = MetricCalculus.differentiate(four::metric, four::contains, x);
        for (int l = 0; l < 3; l++) {
            for (int i = 0; i < 3; i++) {
                assertArrayEquals(numeric[l][i], analytic[l][i], 1e-6);
            }
        }
    }

    @Test
    void parametersAreCheckedAndNormalised() {
        CategoricalFamily three = new CategoricalFamily(3);
        double[] third = three.checkParameters(new double[] {0.333333, 0.333333, 0.333334}, false);
        assertEquals(1, third[0] + third[1] + third[2], ROUNDING);
        assertThrows(InvalidInputException.class, () -> three.checkParameters(new double[] {0.5, 0.6, 0.1}, true));
        assertThrows(InvalidInputException.class, () -> three.checkParameters(new double[] {-0.1, 0.6, 0.5}, true));
        assertThrows(InvalidInputException.class, () -> three.checkParameters(new double[] {0.5, 0.5}, true));
        InvalidInputException boundary = assertThrows(InvalidInputException.class,
                () -> three.checkParameters(new double[] {0, 0.5, 0.5}, false));
        assertTrue(boundary.getMessage().contains("boundary"));
        assertArrayEquals(new double[] {0, 0.5, 0.5}, three.checkParameters(new double[] {0, 0.5, 0.5}, true), 0);
    }

    private static double[] randomPoint(Random random, int k) {
        double[] p = new double[k];
        double sum = 0;
        for (int i = 0; i < k; i++) {
            p[i] = -Math.log(random.nextDouble());
            sum += p[i];
        }
        for (int i = 0; i < k; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
