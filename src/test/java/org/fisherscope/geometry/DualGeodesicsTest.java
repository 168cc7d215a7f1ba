package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.GammaFamily;
import org.fisherscope.geometry.family.MultivariateNormalFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.fisherscope.geometry.family.PoissonFamily;
import org.junit.jupiter.api.Test;

/** e-, m- and α-geodesics, checked against each other and against their defining straight lines. */
class DualGeodesicsTest {

    /** Shooting at 1e-13 tolerance versus explicit straight lines. */
    private static final double SHOOTING = 1e-8;
    /** 64 × 5-point Gauss–Legendre on smooth speeds. */
    private static final double QUADRATURE = 1e-10;

    private final NormalFamily normal = new NormalFamily();
    private final double[] a = {-1, 0.5};
    private final double[] b = {2, 1.5};

    @Test
    void eGeodesicIsStraightInNaturalParametersAndMInMeanParameters() {
        Geodesic e = DualGeodesics.between(normal, a, b, Connection.E);
        Geodesic m = DualGeodesics.between(normal, a, b, Connection.M);
        double[] thetaA = normal.naturalParameters(a);
        double[] thetaB = normal.naturalParameters(b);
        double[] etaA = normal.meanParameters(thetaA);
        double[] etaB = normal.meanParameters(thetaB);
        for (double t : new double[] {0.25, 0.5, 0.8}) {
            double[] theta = normal.naturalParameters(e.pointAt(t));
            double[] eta = normal.meanParameters(normal.naturalParameters(m.pointAt(t)));
            for (int i = 0; i < 2; i++) {
                assertEquals(thetaA[i] + t * (thetaB[i] - thetaA[i]), theta[i], 1e-12);
                assertEquals(etaA[i] + t * (etaB[i] - etaA[i]), eta[i], 1e-12);
            }
        }
        assertEquals("e", e.connection());
        assertEquals("m", m.connection());
    }

    @Test
    void shootingWithTheAlphaConnectionReproducesTheStraightLinesAndTheFisherGeodesic() {
        for (Connection c : List.of(Connection.E, Connection.M)) {
            Geodesic exact = DualGeodesics.between(normal, a, b, c);
            Geodesic shot = DualGeodesics.byShooting(normal, a, b, c);
            for (double t : new double[] {0.2, 0.5, 0.9}) {
                assertArrayEquals(exact.pointAt(t), shot.pointAt(t), SHOOTING, c.label() + " at " + t);
            }
            assertEquals(exact.length(), shot.length(), SHOOTING);
        }
        // α = 0 in natural coordinates is the Levi-Civita connection: the REFERENCE distance.
        assertEquals(3.142254915, DualGeodesics.byShooting(normal, a, b, Connection.FISHER).length(), 1e-9);
        GammaFamily gamma = new GammaFamily();
        double[] p = {0.7, 2};
        double[] q = {2, 3};
        assertEquals(Geodesics.between(gamma, p, q, Geodesics.Choice.NUMERICAL).length(),
                DualGeodesics.byShooting(gamma, p, q, Connection.FISHER).length(), 1e-9);
    }

    @Test
    void everyOtherConnectionIsLongerThanTheFisherGeodesic() {
        CategoricalFamily simplex = new CategoricalFamily(3);
        double[][] ends = {{0.7, 0.2, 0.1}, {0.1, 0.3, 0.6}};
        double fisher = DualGeodesics.between(simplex, ends[0], ends[1], Connection.FISHER).length();
        for (double alpha : new double[] {-1, -0.5, 0.5, 1, 2}) {
            Geodesic g = DualGeodesics.between(simplex, ends[0], ends[1], new Connection(alpha));
            assertTrue(g.length() > fisher, "α = " + alpha + ": " + g.length() + " vs " + fisher);
            assertArrayEquals(ends[1], g.pointAt(1), 1e-12);
            assertEquals(g.length(), g.arcAt(1), QUADRATURE);
        }
    }

    @Test
    void arcLengthOfTheEGeodesicMatchesAPolylineOfDistances() {
        Geodesic e = DualGeodesics.between(normal, a, b, Connection.E);
        int n = 4000;
        double polyline = 0;
        double[] previous = e.pointAt(0);
        for (int k = 1; k <= n; k++) {
            double[] next = e.pointAt((double) k / n);
            polyline += normal.distance(previous, next);
            previous = next;
        }
        // Chords of a smooth curve fall short of its length by O(h²): ~1e-8 here.
        assertEquals(polyline, e.length(), 1e-6);
    }

    @Test
    void mGeodesicWorksThroughNumericalMeanInversion() {
        DirichletFamily beta = DirichletFamily.beta();
        Geodesic m = DualGeodesics.between(beta, new double[] {0.5, 2}, new double[] {4, 1}, Connection.M);
        double[] eta0 = beta.meanParameters(new double[] {0.5, 2});
        double[] eta1 = beta.meanParameters(new double[] {4, 1});
        double[] mid = beta.meanParameters(m.pointAt(0.5));
        assertEquals((eta0[0] + eta1[0]) / 2, mid[0], 1e-10);
        assertEquals((eta0[1] + eta1[1]) / 2, mid[1], 1e-10);
    }

    @Test
    void mGeodesicOfTheDirichletFamilyInvertsEveryMeanAlongTheWay() {
        // t = 0.0625 once stalled the mean inversion at its rounding floor.
        DirichletFamily dirichlet = DirichletFamily.dirichlet(3);
        double[] a = {2, 3, 1.5};
        double[] b = {6, 1, 2};
        Geodesic m = DualGeodesics.between(dirichlet, a, b, Connection.M);
        double[] etaA = dirichlet.meanParameters(a);
        double[] etaB = dirichlet.meanParameters(b);
        for (int k = 0; k <= 64; k++) {
            double t = k / 64.0;
            double[] eta = dirichlet.meanParameters(m.pointAt(t));
            for (int i = 0; i < 3; i++) {
                assertEquals(etaA[i] + t * (etaB[i] - etaA[i]), eta[i], 1e-10, "t = " + t);
            }
        }
    }

    @Test
    void nonExponentialFamiliesAndBadConnectionsAreRefused() {
        MultivariateNormalFamily mvn = new MultivariateNormalFamily(2);
        assertThrows(InvalidInputException.class, () -> DualGeodesics.between(mvn, new double[] {0, 0, 1, 0, 1},
                new double[] {1, 0, 1, 0, 1}, Connection.E));
        assertThrows(InvalidInputException.class, () -> Connection.parse("alpha:x"));
        assertThrows(InvalidInputException.class, () -> Connection.parse("q"));
        assertEquals(0.5, Connection.parse("alpha:0.5").alpha());
        assertEquals(Connection.M, Connection.parse("m"));
    }

    @Test
    void klAgreesWithClosedForms() {
        // Normal: ln(σ₂/σ₁) + (σ₁² + (μ₁ − μ₂)²)/(2σ₂²) − ½.
        double kl = Math.log(1.5 / 0.5) + (0.25 + 9) / (2 * 2.25) - 0.5;
        assertEquals(kl, Divergences.kullbackLeibler(normal, a, b), 1e-13);
        // Poisson: λ ln(λ/μ) − λ + μ.
        assertEquals(2 * Math.log(2.0 / 5) - 2 + 5, Divergences.kullbackLeibler(new PoissonFamily(), new double[] {2},
                new double[] {5}), 1e-13);
        // Categorical: Σ p ln(p/q).
        double[] p = {0.7, 0.2, 0.1};
        double[] q = {0.1, 0.3, 0.6};
        double direct = 0;
        for (int i = 0; i < 3; i++) {
            direct += p[i] * Math.log(p[i] / q[i]);
        }
        assertEquals(direct, Divergences.kullbackLeibler(new CategoricalFamily(3), p, q), 1e-13);
        // Gamma (shape k, scale θ): (k₁−k₂)ψ(k₁) − lnΓ(k₁) + lnΓ(k₂) + k₂ ln(θ₂/θ₁) + k₁(θ₁ − θ₂)/θ₂.
        double k1 = 0.7;
        double t1 = 2;
        double k2 = 2;
        double t2 = 3;
        double gammaKl = (k1 - k2) * org.fisherscope.geometry.special.Polygamma.digamma(k1)
                - org.apache.commons.math3.special.Gamma.logGamma(k1) + org.apache.commons.math3.special.Gamma.logGamma(k2)
                + k2 * Math.log(t2 / t1) + k1 * (t1 - t2) / t2;
        assertEquals(gammaKl, Divergences.kullbackLeibler(new GammaFamily(), new double[] {k1, t1},
                new double[] {k2, t2}), 1e-12);
    }

    @Test
    void klIsHalfTheSquaredDistanceForNearbyPoints() {
        double[] p = {0.3, 1.1};
        double[] q = {0.3 + 1e-3, 1.1 - 5e-4};
        double d = normal.distance(p, q);
        assertEquals(d * d / 2, Divergences.kullbackLeibler(normal, p, q), 1e-3 * d * d);
    }
}
