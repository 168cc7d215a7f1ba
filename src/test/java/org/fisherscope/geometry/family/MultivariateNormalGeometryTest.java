package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.ScalarCurvature;
import org.junit.jupiter.api.Test;

/**
 * The multivariate normal family through the generic engine: closed forms against the numerical
 * geodesic solver, metric axioms, curvature, and invariance under affine changes of the data.
 */
class MultivariateNormalGeometryTest {

    /** Issue contract: closed form and numerical path agree to 1e-9. */
    private static final double CLOSED_VS_NUMERICAL = 1e-9;
    /** Shooting stops at 1e-13 relative residual; lengths agree far better than 1e-10 relative. */
    private static final double NUMERICAL_SYMMETRY = 1e-10;
    /** Generic curvature differences Γ twice: ~1e-9 relative rounding, see ScalarCurvature. */
    private static final double GENERIC_CURVATURE = 1e-6;
    private static final double[] TIMES = {0.1, 0.25, 0.5, 0.75, 0.9};

    private final MultivariateNormalFamily one = new MultivariateNormalFamily(1);
    private final MultivariateNormalFamily two = new MultivariateNormalFamily(2);

    /** An affine change of data x ↦ Ax + b, acting on the family as μ ↦ Aμ + b, Σ ↦ AΣAᵀ. */
    private static final double[][] A = {{1.7, -0.4}, {0.6, 0.9}};
    private static final double[] B = {-2, 0.5};

    @Test
    void closedFormAndNumericalAgreeInOneDimension() {
        assertAgreement(one, new double[] {-1, 0.25}, new double[] {2, 2.25});
        assertAgreement(one, new double[] {0, 0.25}, new double[] {1, 4});
        assertAgreement(one, new double[] {0.5, 0.5}, new double[] {0.5, 2});
    }

    @Test
    void closedFormAndNumericalAgreeForEqualMeansWithCorrelation() {
        assertAgreement(two, new double[] {0.5, -1, 1.5, 0.9, 1.0}, new double[] {0.5, -1, 0.4, -0.3, 3.0});
        assertAgreement(two, new double[] {0, 0, 1, 0, 1}, new double[] {0, 0, 2, 1.2, 1});
        // Variances four orders apart: Σ is well conditioned even though g's entries span 1e-8.
        assertAgreement(two, new double[] {1, 2, 1e-4, 0, 1}, new double[] {1, 2, 3e-4, 2e-4, 0.5});
    }

    private static void assertAgreement(MultivariateNormalFamily family, double[] p, double[] q) {
        Geodesic exact = Geodesics.between(family, p, q, Geodesics.Choice.CLOSED_FORM);
        Geodesic numeric = Geodesics.between(family, p, q, Geodesics.Choice.NUMERICAL);
        assertEquals(Geodesic.Method.CLOSED_FORM, exact.method());
        assertEquals(Geodesic.Method.NUMERICAL, numeric.method());
        assertEquals(exact.length(), numeric.length(), CLOSED_VS_NUMERICAL);
        for (double t : TIMES) {
            assertArrayEquals(exact.pointAt(t), numeric.pointAt(t), CLOSED_VS_NUMERICAL, "t = " + t);
        }
        assertArrayEquals(q, exact.pointAt(1), CLOSED_VS_NUMERICAL);
    }

    @Test
    void numericalDistanceIsSymmetricAndSatisfiesTheTriangleInequality() {
        // Moderate spreads and correlations (|ρ| ≤ 0.6): with strong correlations of opposite sign the
        // shooting solver still converges but can take tens of seconds per pair.
        Random random = new Random(23);
        double[][] points = new double[3][];
        for (int i = 0; i < 3; i++) {
            double v1 = Math.exp(0.5 * random.nextGaussian());
            double v2 = Math.exp(0.5 * random.nextGaussian());
            double rho = 0.6 * (2 * random.nextDouble() - 1);
            points[i] = new double[] {random.nextGaussian(), random.nextGaussian(), v1, rho * Math.sqrt(v1 * v2), v2};
        }
        double[][] distances = new double[3][3];
        for (int i = 0; i < 3; i++) {
            for (int j = 0; j < 3; j++) {
                if (i != j) {
                    distances[i][j] = numericalDistance(points[i], points[j]);
                }
            }
        }
        for (int i = 0; i < 3; i++) {
            for (int j = i + 1; j < 3; j++) {
                assertEquals(distances[i][j], distances[j][i], NUMERICAL_SYMMETRY * distances[i][j], i + "↔" + j);
                int k = 3 - i - j;
                assertTrue(distances[i][j] < distances[i][k] + distances[k][j], "triangle at " + k);
            }
        }
    }

    /**
     * ds² ≥ ½ tr(Σ⁻¹dΣΣ⁻¹dΣ), so dropping the means never lengthens a path: the equal-mean closed form
     * bounds the distance from below, strictly once the mean moves.
     */
    @Test
    void movingTheMeanOnlyAddsDistance() {
        double[] p = {0, 0, 1.5, 0.9, 1.0};
        double[] q = {0, 0, 0.4, -0.3, 3.0};
        double[] shifted = {0.8, -0.5, 0.4, -0.3, 3.0};
        double sigmaOnly = two.distance(p, q);
        assertTrue(numericalDistance(p, shifted) > sigmaOnly);
    }

    @Test
    void univariateScalarCurvatureIsMinusOneEverywhere() {
        for (double[] x : new double[][] {{0, 1}, {3, 0.04}, {-5, 49}}) {
            assertEquals(-1, ScalarCurvature.of(one, x), GENERIC_CURVATURE, "at v = " + x[1]);
        }
    }

    /**
     * The affine group acts transitively and by isometries, so R is the same at a point, at its image
     * under x ↦ Ax + b, and indeed everywhere; the value itself is reported, not assumed.
     */
    @Test
    void bivariateScalarCurvatureIsInvariantUnderAffineMaps() {
        double[] p = {0.3, -1, 2, 0.7, 0.5};
        double r = ScalarCurvature.of(two, p);
        assertEquals(r, ScalarCurvature.of(two, affine(p)), GENERIC_CURVATURE * Math.abs(r));
        assertEquals(r, ScalarCurvature.of(two, new double[] {0, 0, 1, 0, 1}), GENERIC_CURVATURE * Math.abs(r));
        assertEquals(r, ScalarCurvature.of(two, new double[] {4, 2, 0.1, -0.05, 9}), GENERIC_CURVATURE * Math.abs(r));
        assertTrue(r < 0, "R = " + r);
    }

    /** Homogeneity again in d = 3, between the standard normal and a correlated, shifted one. */
    @Test
    void trivariateScalarCurvatureIsTheSameEverywhere() {
        MultivariateNormalFamily three = new MultivariateNormalFamily(3);
        double r = ScalarCurvature.of(three, new double[] {0, 0, 0, 1, 0, 0, 1, 0, 1});
        assertEquals(r, ScalarCurvature.of(three, new double[] {1, 2, 0, 2, 0.3, 0.1, 1, 0.2, 0.7}),
                GENERIC_CURVATURE * Math.abs(r));
    }

    @Test
    void distancesAreInvariantUnderAffineMaps() {
        double[] p = {0.5, -1, 1.5, 0.9, 1.0};
        double[] q = {0.5, -1, 0.4, -0.3, 3.0};
        assertEquals(two.distance(p, q), two.distance(affine(p), affine(q)), 1e-11);
        double[] u = {-0.4, 0.2, 1.2, 0.3, 0.8};
        double[] w = {0.9, -0.6, 0.6, -0.2, 1.9};
        double before = numericalDistance(u, w);
        double after = numericalDistance(affine(u), affine(w));
        assertEquals(before, after, CLOSED_VS_NUMERICAL * Math.max(1, before));
        // The image of the geodesic is the geodesic of the images.
        Geodesic g = Geodesics.between(two, u, w, Geodesics.Choice.NUMERICAL);
        Geodesic h = Geodesics.between(two, affine(u), affine(w), Geodesics.Choice.NUMERICAL);
        for (double t : List.of(0.3, 0.7)) {
            assertArrayEquals(affine(g.pointAt(t)), h.pointAt(t), CLOSED_VS_NUMERICAL, "t = " + t);
        }
    }

    private double numericalDistance(double[] p, double[] q) {
        return Geodesics.between(two, p, q, Geodesics.Choice.NUMERICAL).length();
    }

    /** (μ, Σ) ↦ (Aμ + b, AΣAᵀ) for d = 2 parameters. */
    private double[] affine(double[] p) {
        double[][] sigma = two.covariance(p);
        double[][] image = new double[2][2];
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 2; j++) {
                for (int k = 0; k < 2; k++) {
                    for (int l = 0; l < 2; l++) {
                        image[i][j] += A[i][k] * sigma[k][l] * A[j][l];
                    }
                }
            }
        }
        double[] mu = {A[0][0] * p[0] + A[0][1] * p[1] + B[0], A[1][0] * p[0] + A[1][1] * p[1] + B[1]};
        return MultivariateNormalFamilyTest.parameters(mu, image);
    }
}
