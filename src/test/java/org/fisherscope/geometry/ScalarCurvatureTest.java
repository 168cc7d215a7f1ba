package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Generic curvature on metrics whose curvature is known exactly: spheres and hyperbolic planes. */
class ScalarCurvatureTest {

    /** Γ is differenced from the metric and then differenced again: ~1e-9 rounding; keep margin. */
    private static final double NESTED_DIFFERENCES = 1e-6;

    /** Sphere of radius r in (polar, azimuth): ds² = r²(dθ² + sin²θ dφ²); R = 2/r². */
    private static RiemannianMetric sphere(double r) {
        return new RiemannianMetric() {
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
                return new double[][] {{r * r, 0}, {0, r * r * s * s}};
            }
        };
    }

    /** 3-sphere of radius 1 in hyperspherical coordinates: R = n(n−1) = 6. */
    private static final RiemannianMetric THREE_SPHERE = new RiemannianMetric() {
        @Override
        public int dimension() {
            return 3;
        }

        @Override
        public boolean contains(double[] x) {
            return x[0] > 0 && x[0] < Math.PI && x[1] > 0 && x[1] < Math.PI;
        }

        @Override
        public double[][] metric(double[] x) {
            double s1 = Math.sin(x[0]);
            double s2 = Math.sin(x[1]);
            return new double[][] {{1, 0, 0}, {0, s1 * s1, 0}, {0, 0, s1 * s1 * s2 * s2}};
        }
    };

    /** Poincaré half-plane (dx² + dy²)/y²: Gaussian curvature −1, R = −2. */
    private static final RiemannianMetric HALF_PLANE = new RiemannianMetric() {
        @Override
        public int dimension() {
            return 2;
        }

        @Override
        public boolean contains(double[] x) {
            return x[1] > 0;
        }

        @Override
        public double[][] metric(double[] x) {
            double w = 1 / (x[1] * x[1]);
            return new double[][] {{w, 0}, {0, w}};
        }
    };

    @Test
    void unitSphereHasScalarCurvaturePlusTwo() {
        assertEquals(2, ScalarCurvature.of(sphere(1), new double[] {0.7, 0.3}), NESTED_DIFFERENCES);
        assertEquals(1, ScalarCurvature.gaussian(sphere(1), new double[] {2.1, -1}), NESTED_DIFFERENCES);
    }

    @Test
    void sphereOfRadiusTwoIsTheCategoricalSimplex() {
        assertEquals(0.5, ScalarCurvature.of(sphere(2), new double[] {1.2, 0.4}), NESTED_DIFFERENCES);
    }

    @Test
    void threeSphere() {
        assertEquals(6, ScalarCurvature.of(THREE_SPHERE, new double[] {0.9, 1.4, 0.2}), NESTED_DIFFERENCES);
    }

    @Test
    void hyperbolicPlaneIsNegative() {
        assertEquals(-2, ScalarCurvature.of(HALF_PLANE, new double[] {0.5, 1.7}), NESTED_DIFFERENCES);
    }
}
