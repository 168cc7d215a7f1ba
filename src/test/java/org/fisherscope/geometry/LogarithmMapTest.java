package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.fisherscope.geometry.family.Families;
import org.junit.jupiter.api.Test;

/** The shooting solver's own choices: which coordinates it treats logarithmically, and what that buys. */
class LogarithmMapTest {

    /** The solver's stopping rule (LogarithmMap.TARGET_RESIDUAL) for a geodesic of length ~2.5. */
    private static final double CONVERGED = 2.6e-13;
    /**
     * scipy solve_bvp at tol 1e-8 (src/test/python/solve_bvp_reference.py) agreed to 1.5e-11; the value is
     * quoted here to 10 decimals.
     */
    private static final double SCIPY_VALUE_DIGITS = 1e-10;

    /** A coordinate flagged positive must really be: the domain holds no point with it ≤ 0. */
    @Test
    void positiveCoordinatesAreExactlyThoseTheDomainKeepsPositive() {
        for (String spec : new String[] {"normal", "gamma", "beta", "dirichlet", "categorical", "mvnormal:d=2"}) {
            int count = spec.equals("dirichlet") || spec.equals("categorical") ? 3 : 0;
            StatisticalFamily family = Families.create(spec, count);
            double[] inside = family.toChart(family.checkParameters(typical(spec), false));
            assertTrue(family.contains(inside), spec);
            for (int i = 0; i < inside.length; i++) {
                double[] flipped = inside.clone();
                flipped[i] = -Math.abs(inside[i]);
                if (family.isPositiveCoordinate(i)) {
                    assertFalse(family.contains(flipped), spec + " coordinate " + i + " is flagged positive");
                }
            }
        }
    }

    /**
     * Beta (0.5, 2) → (4, 1): the end point grows roughly exponentially with the initial velocity, so Newton on
     * the plain mismatch needed 11 steps; on the logarithmic mismatch it needs 6. At most 8 keeps the gain.
     */
    @Test
    void logarithmicMismatchTakesFewNewtonStepsOutOfABetaCorner() {
        StatisticalFamily beta = Families.create("beta", 0);
        Geodesic g = Geodesics.between(beta, new double[] {0.5, 2}, new double[] {4, 1}, Geodesics.Choice.NUMERICAL);
        assertTrue(g.iterations() <= 8, "Newton steps: " + g.iterations());
        assertTrue(g.residual() <= CONVERGED, "residual " + g.residual());
        assertEquals(2.5117705018, g.length(), SCIPY_VALUE_DIGITS);
    }

    private static double[] typical(String spec) {
        return switch (spec) {
            case "normal" -> new double[] {0.5, 2};
            case "gamma", "beta" -> new double[] {0.7, 2};
            case "dirichlet" -> new double[] {0.7, 2, 3};
            case "categorical" -> new double[] {0.2, 0.3, 0.5};
            case "mvnormal:d=2" -> new double[] {0, 1, 2, 0.5, 1};
            default -> throw new IllegalArgumentException(Arrays.toString(new String[] {spec}));
        };
    }
}
