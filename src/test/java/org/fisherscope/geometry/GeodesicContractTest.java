package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every geodesic solver passes on every problem of {@link ReferenceProblems}. */
class GeodesicContractTest {

    /** REFERENCE.md gives 3.142254915 to 10 significant digits; the other distances are exact formulas. */
    private static final double REFERENCE_DIGITS = 1e-9;
    /** Issue contract: closed form and numerical path agree to 1e-9. */
    private static final double CLOSED_VS_NUMERICAL = 1e-9;
    /** Shooting must hit its target far below the agreement required. */
    private static final double MAX_RESIDUAL = 1e-10;
    private static final int PATH_SAMPLES = 20;

    static List<ReferenceProblems.Problem> problems() {
        return ReferenceProblems.all();
    }

    /** The solvers a family offers: its closed form if it has one, and always shooting. */
    private static List<Geodesics.Choice> solvers(StatisticalFamily family) {
        return family instanceof ClosedFormGeodesics
                ? List.of(Geodesics.Choice.CLOSED_FORM, Geodesics.Choice.NUMERICAL)
                : List.of(Geodesics.Choice.NUMERICAL);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void everySolverReachesTheKnownDistance(ReferenceProblems.Problem problem) {
        for (Geodesics.Choice choice : solvers(problem.family())) {
            Geodesic g = Geodesics.between(problem.family(), problem.from(), problem.to(), choice);
            assertEquals(problem.distance(), g.length(), REFERENCE_DIGITS * Math.max(1, problem.distance()),
                    choice + " distance");
            assertTrue(g.residual() <= MAX_RESIDUAL, choice + " residual " + g.residual());
            assertArrayEquals(problem.from(), g.pointAt(0), CLOSED_VS_NUMERICAL, choice + " start");
            assertArrayEquals(problem.to(), g.pointAt(1), CLOSED_VS_NUMERICAL, choice + " end");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void closedFormAndNumericalPathsAgreePointByPoint(ReferenceProblems.Problem problem) {
        org.junit.jupiter.api.Assumptions.assumeTrue(problem.family() instanceof ClosedFormGeodesics,
                "no closed form to compare with");
        Geodesic exact = Geodesics.between(problem.family(), problem.from(), problem.to(), Geodesics.Choice.CLOSED_FORM);
        Geodesic numeric = Geodesics.between(problem.family(), problem.from(), problem.to(), Geodesics.Choice.NUMERICAL);
        assertEquals(exact.length(), numeric.length(), CLOSED_VS_NUMERICAL);
        for (int k = 0; k <= PATH_SAMPLES; k++) {
            double t = (double) k / PATH_SAMPLES;
            assertArrayEquals(exact.pointAt(t), numeric.pointAt(t), CLOSED_VS_NUMERICAL, "t = " + t);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void pathsHaveConstantSpeed(ReferenceProblems.Problem problem) {
        StatisticalFamily family = problem.family();
        for (Geodesics.Choice choice : solvers(family)) {
            Geodesic g = Geodesics.between(family, problem.from(), problem.to(), choice);
            int stride = family instanceof ClosedFormGeodesics ? 1 : PATH_SAMPLES / 4;
            for (int k = stride; k < PATH_SAMPLES; k += stride) {
                double t = (double) k / PATH_SAMPLES;
                double[] point = family.checkParameters(g.pointAt(t), true);
                // The distance from the start to γ(t), by the closed form or by a fresh shooting solve.
                double d = family instanceof ClosedFormGeodesics forms ? forms.distance(problem.from(), point)
                        : Geodesics.between(family, problem.from(), point, Geodesics.Choice.NUMERICAL).length();
                assertEquals(t * g.length(), d, CLOSED_VS_NUMERICAL * Math.max(1, g.length()), choice + " at t = " + t);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("problems")
    void exponentialOfLogarithmReturnsTheTarget(ReferenceProblems.Problem problem) {
        StatisticalFamily family = problem.family();
        double[] x = family.toChart(problem.from());
        double[] y = family.toChart(problem.to());
        LogarithmMap.Solution log = LogarithmMap.solve(family, x, y);
        double[] end = ExponentialMap.shoot(family, x, log.initialVelocity()).end();
        assertArrayEquals(y, end, CLOSED_VS_NUMERICAL);
        // log ∘ exp: shoot a velocity, then recover it.
        double[] v = {0.3 * (y[0] - x[0]) + 0.05, 0.2};
        v = java.util.Arrays.copyOf(v, x.length);
        double[] target = ExponentialMap.shoot(family, x, v).end();
        assertArrayEquals(v, LogarithmMap.solve(family, x, target).initialVelocity(), CLOSED_VS_NUMERICAL);
    }
}
