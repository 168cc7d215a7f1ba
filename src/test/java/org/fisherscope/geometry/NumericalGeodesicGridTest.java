package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.GammaFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Numerical geodesics on a grid of point pairs per family, including near-boundary points (small σ,
 * small or large shape parameters): symmetric distances, exp∘log round trips, no NaN.
 */
class NumericalGeodesicGridTest {

    /** The bound for symmetry (relative) and round trips. */
    private static final double ROUND_TRIP = 1e-10;

    record Pair(StatisticalFamily family, double[] p, double[] q) {
        @Override
        public String toString() {
            return family.name() + " " + java.util.Arrays.toString(p) + " → " + java.util.Arrays.toString(q);
        }
    }

    static List<Pair> pairs() {
        List<Pair> pairs = new ArrayList<>();
        add(pairs, new NormalFamily(), new double[][] {{0, 1}, {2, 0.05}, {-3, 4}});
        add(pairs, new GammaFamily(), new double[][] {{0.7, 2}, {2, 3}, {0.15, 1}, {20, 0.1}});
        add(pairs, DirichletFamily.beta(), new double[][] {{1, 1}, {0.1, 0.5}, {5, 2}, {30, 25}});
        add(pairs, DirichletFamily.dirichlet(3), new double[][] {{1, 1, 1}, {0.2, 2, 5}, {8, 1, 0.5}});
        add(pairs, new CategoricalFamily(3), new double[][] {{0.34, 0.33, 0.33}, {0.02, 0.08, 0.9}, {0.6, 0.3, 0.1}});
        return pairs;
    }

    private static void add(List<Pair> pairs, StatisticalFamily family, double[][] points) {
        for (int i = 0; i < points.length; i++) {
            for (int j = i + 1; j < points.length; j++) {
                pairs.add(new Pair(family, points[i], points[j]));
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pairs")
    void symmetricRoundTripAndFinite(Pair pair) {
        StatisticalFamily f = pair.family();
        Geodesic forward = Geodesics.between(f, pair.p(), pair.q(), Geodesics.Choice.NUMERICAL);
        Geodesic backward = Geodesics.between(f, pair.q(), pair.p(), Geodesics.Choice.NUMERICAL);
        assertEquals(forward.length(), backward.length(), ROUND_TRIP * forward.length(), "symmetric distance");
        assertTrue(forward.residual() <= ROUND_TRIP, "residual " + forward.residual());
        for (int k = 0; k <= 10; k++) {
            for (double v : forward.pointAt(k / 10.0)) {
                assertTrue(Double.isFinite(v), "no NaN along the path");
            }
        }
        // The path backwards is the path forwards reversed.
        assertArrayEquals(forward.pointAt(0.3), backward.pointAt(0.7), 1e-8 * Math.max(1, forward.length()));
        // exp ∘ log: re-shoot the solved initial velocity and land on the target.
        double[] x = f.toChart(pair.p());
        LogarithmMap.Solution log = LogarithmMap.solve(f, x, f.toChart(pair.q()));
        double[] end = ExponentialMap.shoot(f, x, log.initialVelocity()).end();
        double miss = Math.sqrt(f.squaredNorm(f.toChart(pair.q()), subtract(end, f.toChart(pair.q()))));
        assertTrue(miss <= ROUND_TRIP, "exp∘log misses by " + miss);
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }
}
