package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.CumulantCurvature;
import org.fisherscope.geometry.Curvature;
import org.fisherscope.geometry.ExponentialFamilyChecks;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.MetricCalculus;
import org.fisherscope.geometry.ScalarCurvature;
import org.fisherscope.geometry.special.Polygamma;
import org.junit.jupiter.api.Test;

/** The families without closed-form geodesics, checked by identities and second algorithms. */
class GammaBetaDirichletTest {

    /** REFERENCE.md quotes the Beta(1, 1) metric to 12 digits. */
    private static final double REFERENCE_DIGITS = 1e-12;
    /** Cumulant curvature (exact) against generic curvature (nested differences, ~1e-9 relative). */
    private static final double TWO_CURVATURE_ALGORITHMS = 1e-6;
    /** Numerical geodesics at the engine's 1e-13 integration tolerance, compared after ~10 steps. */
    private static final double GEODESIC = 1e-9;
    /** Composite Simpson with 4000 panels on a smooth integrand: error ~1e-13. */
    private static final double QUADRATURE = 1e-10;

    private final GammaFamily gamma = new GammaFamily();
    private final DirichletFamily beta = DirichletFamily.beta();
    private final DirichletFamily dirichlet = DirichletFamily.dirichlet(3);

    @Test
    void betaMetricAtOneOneIsTheReferenceValue() {
        double[][] g = beta.metric(new double[] {1, 1});
        assertEquals(1, g[0][0], REFERENCE_DIGITS);
        assertEquals(-0.644934066848, g[0][1], REFERENCE_DIGITS);
        assertEquals(1, g[1][1], REFERENCE_DIGITS);
    }

    @Test
    void exponentialFamilyIdentities() {
        ExponentialFamilyChecks.check(gamma, new double[] {0.7, 2});
        ExponentialFamilyChecks.check(gamma, new double[] {5, 0.3});
        ExponentialFamilyChecks.check(beta, new double[] {0.5, 3});
        ExponentialFamilyChecks.check(dirichlet, new double[] {0.4, 1.5, 3});
    }

    @Test
    void analyticMetricDerivativesMatchDifferences() {
        for (var family : new org.fisherscope.geometry.StatisticalFamily[] {gamma, beta, dirichlet}) {
            double[] x = family.dimension() == 2 ? new double[] {0.8, 1.7} : new double[] {0.8, 1.7, 2.5};
            double[][][] analytic = family.metricDerivative(x);
            double[][][] numeric = MetricCalculus.differentiate(family::metric, family::contains, x);
            for (int l = 0; l < x.length; l++) {
                for (int i = 0; i < x.length; i++) {
                    assertArrayEquals(numeric[l][i], analytic[l][i], 1e-7, family.name());
                }
            }
        }
    }

    @Test
    void closedFormChristoffelSymbolsMatchTheGenericFormula() {
        for (DirichletFamily family : new DirichletFamily[] {beta, dirichlet}) {
            double[] a = family.dimension() == 2 ? new double[] {0.3, 7} : new double[] {0.3, 2.2, 11};
            double[][][] closed = family.christoffel(a);
            double[][][] generic = org.fisherscope.geometry.MetricCalculus.christoffel(family.metric(a),
                    family.metricDerivative(a));
            for (int m = 0; m < a.length; m++) {
                for (int i = 0; i < a.length; i++) {
                    assertArrayEquals(generic[m][i], closed[m][i], 1e-11 * Math.max(1, Math.abs(generic[m][i][i])),
                            family.name());
                }
            }
        }
    }

    @Test
    void curvatureByCumulantsAndFromTheMetricAgree() {
        double[][] points = {{0.3, 1}, {1, 1}, {4, 0.2}};
        for (double[] p : points) {
            assertEquals(ScalarCurvature.of(gamma, p), Curvature.at(gamma, p).scalar(), TWO_CURVATURE_ALGORITHMS,
                    "gamma " + java.util.Arrays.toString(p));
            assertEquals(ScalarCurvature.of(beta, p), Curvature.at(beta, p).scalar(), TWO_CURVATURE_ALGORITHMS,
                    "beta " + java.util.Arrays.toString(p));
        }
        double[] d = {0.6, 1.2, 2};
        assertEquals(ScalarCurvature.of(dirichlet, d), Curvature.at(dirichlet, d).scalar(), TWO_CURVATURE_ALGORITHMS);
    }

    @Test
    void gammaCurvatureDependsOnShapeOnly() {
        for (double k : new double[] {0.3, 1, 7}) {
            double r = Curvature.at(gamma, new double[] {k, 1}).scalar();
            assertEquals(r, Curvature.at(gamma, new double[] {k, 0.01}).scalar(), 1e-10 * Math.abs(r));
            assertEquals(r, Curvature.at(gamma, new double[] {k, 300}).scalar(), 1e-10 * Math.abs(r));
        }
    }

    @Test
    void rescalingTheDataIsAnIsometryOfTheGammaFamily() {
        double d = Geodesics.between(gamma, new double[] {0.7, 2}, new double[] {2, 3}, Geodesics.Choice.AUTO).length();
        double scaled = Geodesics.between(gamma, new double[] {0.7, 20}, new double[] {2, 30}, Geodesics.Choice.AUTO)
                .length();
        assertEquals(d, scaled, GEODESIC);
    }

    @Test
    void betaDiagonalIsAGeodesicWithTheQuadratureLength() {
        double a = 0.6;
        double b = 4;
        Geodesic g = Geodesics.between(beta, new double[] {a, a}, new double[] {b, b}, Geodesics.Choice.AUTO);
        for (int k = 1; k < 10; k++) {
            double[] p = g.pointAt(k / 10.0);
            assertEquals(p[0], p[1], GEODESIC, "stays on a = b (swap isometry)");
        }
        // Along (s, s): |c′|² = g11 + 2 g12 + g22 = 2ψ′(s) − 4ψ′(2s).
        int panels = 4000;
        double h = (b - a) / panels;
        double sum = 0;
        for (int i = 0; i <= panels; i++) {
            double s = a + i * h;
            double w = i == 0 || i == panels ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * Math.sqrt(2 * Polygamma.trigamma(s) - 4 * Polygamma.trigamma(2 * s));
        }
        assertEquals(sum * h / 3, g.length(), QUADRATURE);
    }

    @Test
    void dirichletWithTwoPartsIsBetaAndItsSymmetricLineIsGeodesic() {
        DirichletFamily two = DirichletFamily.dirichlet(2);
        double[] p = {0.8, 2.5};
        double[] q = {3, 0.4};
        assertEquals(Geodesics.between(beta, p, q, Geodesics.Choice.AUTO).length(),
                Geodesics.between(two, p, q, Geodesics.Choice.AUTO).length(), GEODESIC);
        Geodesic diagonal = Geodesics.between(dirichlet, new double[] {0.5, 0.5, 0.5}, new double[] {3, 3, 3},
                Geodesics.Choice.AUTO);
        double[] mid = diagonal.pointAt(0.5);
        assertEquals(mid[0], mid[1], GEODESIC);
        assertEquals(mid[1], mid[2], GEODESIC);
    }

    @Test
    void cumulantCurvaturePiecesSum() {
        double[] theta = gamma.naturalParameters(new double[] {1.5, 2});
        CumulantCurvature.Result r = CumulantCurvature.compute(gamma.secondCumulants(theta), gamma.thirdCumulants(theta));
        assertEquals(r.scalar(), r.r1() + r.r2() + r.r3() + r.r4(), 1e-12);
    }

    @Test
    void badParametersNameTheParameter() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> gamma.checkParameters(new double[] {0, 1}, true));
        assertTrue(e.getMessage().contains("shape") && e.getMessage().contains("> 0"), e.getMessage());
        e = assertThrows(InvalidInputException.class, () -> beta.checkParameters(new double[] {1, Double.NaN}, true));
        assertTrue(e.getMessage().contains("b"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> dirichlet.checkParameters(new double[] {1, 1}, true));
    }
}
