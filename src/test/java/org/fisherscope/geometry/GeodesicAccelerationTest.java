package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.GammaFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.junit.jupiter.api.Test;

/**
 * The allocation-free geodesic accelerations the integrator calls against −Γ(v, v) contracted from the
 * generic Christoffel formula of each family's metric and metric derivative (a second algorithm that
 * shares no code with the closed forms).
 */
class GeodesicAccelerationTest {

    /**
     * Closed form against the generic formula, relative to the size of the largest term Σ|Γ||v||v|: both
     * are a few dozen floating-point operations apart; near the boundary g is ill-conditioned (ψ′(0.05) ≈ 400),
     * which costs a few digits of the 2 × 2 / 3 × 3 inverse.
     */
    private static final double TWO_FORMULAS = 1e-11;
    /** The unit sphere's acceleration is a few trigonometric products: rounding only. */
    private static final double ROUNDING = 1e-14;

    private record Case(StatisticalFamily family, double[] x, double[] v) {
    }

    @Test
    void closedFormsMatchTheContractedChristoffelSymbols() {
        List<Case> cases = List.of(
                new Case(new NormalFamily(), new double[] {-1, 0.5}, new double[] {2, -0.3}),
                new Case(new NormalFamily(), new double[] {3, 0.02}, new double[] {-0.1, 0.7}),
                new Case(new GammaFamily(), new double[] {0.7, 2}, new double[] {0.08, 3.8}),
                new Case(new GammaFamily(), new double[] {0.05, 0.3}, new double[] {-0.2, 1}),
                new Case(new GammaFamily(), new double[] {40, 7}, new double[] {5, -2}),
                new Case(DirichletFamily.beta(), new double[] {0.5, 2}, new double[] {0.08, -6.1}),
                new Case(DirichletFamily.beta(), new double[] {0.05, 30}, new double[] {1, 1}),
                new Case(DirichletFamily.dirichlet(3), new double[] {0.3, 2.2, 11}, new double[] {1, -0.5, 3}),
                new Case(DirichletFamily.dirichlet(4), new double[] {0.2, 1, 4, 9}, new double[] {0.1, 2, -1, 0.5}));
        for (Case c : cases) {
            double[] closed = new double[c.x().length];
            c.family().geodesicAcceleration(c.x(), c.v(), closed);
            double[][][] gamma = MetricCalculus.christoffel(c.family().metric(c.x()), c.family().metricDerivative(c.x()));
            for (int k = 0; k < closed.length; k++) {
                double sum = 0;
                double size = 0;
                for (int i = 0; i < closed.length; i++) {
                    for (int j = 0; j < closed.length; j++) {
                        double term = gamma[k][i][j] * c.v()[i] * c.v()[j];
                        sum += term;
                        size += Math.abs(term);
                    }
                }
                assertEquals(-sum, closed[k], TWO_FORMULAS * Math.max(size, Double.MIN_NORMAL),
                        c.family().name() + " at " + Arrays.toString(c.x()) + ", component " + k);
            }
        }
    }

    /** The default contraction on the unit sphere (θ, φ): θ̈ = sinθ cosθ φ̇², φ̈ = −2 cotθ θ̇ φ̇. */
    @Test
    void theDefaultContractionGivesTheSphereGeodesicEquation() {
        RiemannianMetric sphere = new RiemannianMetric() {
            @Override
            public int dimension() {
                return 2;
            }

            @Override
            public boolean contains(double[] x) {
                return x[0] > 0 && x[0] < Math.PI;
            }

            @Override
            public double[][] metric(double[] x) {
                double s = Math.sin(x[0]);
                return new double[][] {{1, 0}, {0, s * s}};
            }

            @Override
            public double[][][] christoffel(double[] x) {
                double s = Math.sin(x[0]);
                double c = Math.cos(x[0]);
                return new double[][][] {{{0, 0}, {0, -s * c}}, {{0, c / s}, {c / s, 0}}};
            }
        };
        double theta = 1.1;
        double[] v = {0.4, -1.3};
        double[] a = new double[2];
        sphere.geodesicAcceleration(new double[] {theta, 0.2}, v, a);
        assertEquals(Math.sin(theta) * Math.cos(theta) * v[1] * v[1], a[0], ROUNDING);
        assertEquals(-2 * Math.cos(theta) / Math.sin(theta) * v[0] * v[1], a[1], ROUNDING);
    }
}
