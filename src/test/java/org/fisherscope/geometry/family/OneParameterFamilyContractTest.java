package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleBinaryOperator;
import java.util.function.DoubleUnaryOperator;
import org.fisherscope.geometry.ContinuousDensity;
import org.fisherscope.geometry.Curvature;
import org.fisherscope.geometry.CumulantCurvature;
import org.fisherscope.geometry.DiscreteDistribution;
import org.fisherscope.geometry.ExponentialFamilyChecks;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract every one-parameter family keeps, each part against something independent: the
 * REFERENCE.md distance formula, quadrature of √g, the engine's numerical geodesic, moments summed
 * from the distribution itself, and the exponential-family identities.
 */
class OneParameterFamilyContractTest {

    /** A few ulps of distances and metrics of order one to a hundred. */
    private static final double ROUNDING = 1e-13;
    /** Adaptive Simpson is asked for 1e-12 absolute; its estimate is usually much better than that. */
    private static final double QUADRATURE_REQUEST = 1e-12;
    private static final double QUADRATURE = 1e-10;
    /** Issue contract: closed form and numerical geodesic agree to 1e-9. */
    private static final double CLOSED_VS_NUMERICAL = 1e-9;
    /**
     * Moments summed over the typical support miss tails of ~1e-12 (times the statistic) and add
     * rounding of a few hundred terms; integrals carry the quadrature's error.
     */
    private static final double MOMENT = 1e-9;
    /** Analytic metric derivative against five-point differences: (h/d)⁴ ≈ 1e-12 truncation, ε/h rounding. */
    private static final double DIFFERENCE = 1e-7;
    /** R = (B − A)/4 with A and B equal analytically: only the rounding of A and B remains. */
    private static final double CURVATURE_ROUNDING = 1e-14;
    /** Above this, ExponentialFamilyChecks' finite differences reach too close to an end at 1. */
    private static final double NEAR_ONE = 0.95;
    private static final double[] TIMES = {0, 0.1, 0.25, 0.5, 0.8, 1};

    /**
     * One family with interior test points, the ends admitted for closed forms, values outside its
     * domain, REFERENCE.md's distance and metric written out independently of the family's code, and
     * the sufficient statistic T of the exponential-family form.
     */
    record Case(ArcLengthFamily family, double[] interior, double[] boundary, double[] outside,
                DoubleBinaryOperator referenceDistance, DoubleUnaryOperator referenceMetric,
                DoubleUnaryOperator statistic) {
        @Override
        public String toString() {
            return family.name();
        }
    }

    /** REFERENCE.md gives only g for the geometric family; its artanh distance is checked by quadrature. */
    static List<Case> cases() {
        return List.of(
                new Case(new BernoulliFamily(), new double[] {0.02, 0.2, 0.5, 0.7, 0.97}, new double[] {0, 1},
                        new double[] {-0.1, 1.5, -1e-300},
                        (a, b) -> 2 * Math.abs(Math.asin(Math.sqrt(a)) - Math.asin(Math.sqrt(b))),
                        p -> 1 / (p * (1 - p)), k -> k),
                new Case(new BinomialFamily(7), new double[] {0.01, 0.3, 0.5, 0.66, 0.9}, new double[] {0, 1},
                        new double[] {-0.5, 1 + 1e-12},
                        (a, b) -> Math.sqrt(7) * 2 * Math.abs(Math.asin(Math.sqrt(a)) - Math.asin(Math.sqrt(b))),
                        p -> 7 / (p * (1 - p)), k -> k),
                new Case(new PoissonFamily(), new double[] {0.05, 0.8, 3, 12.5, 40}, new double[] {0},
                        new double[] {-1, -1e-300},
                        (a, b) -> 2 * Math.abs(Math.sqrt(a) - Math.sqrt(b)), l -> 1 / l, k -> k),
                new Case(new ExponentialDistributionFamily(), new double[] {0.01, 0.3, 1, 4.2, 90}, new double[] {},
                        new double[] {0, -2},
                        (a, b) -> Math.abs(Math.log(a / b)), l -> 1 / (l * l), x -> -x),
                new Case(new GeometricFamily(), new double[] {0.03, 0.25, 0.5, 0.8, 0.99}, new double[] {1},
                        new double[] {0, -0.2, 1.01},
                        GeometricFamilyTest::artanhDistance, p -> 1 / (p * p * (1 - p)), k -> k));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void distanceIsTheReferenceFormulaAndTheIntegralOfRootG(Case c) {
        for (double a : c.interior()) {
            assertEquals(c.referenceMetric().applyAsDouble(a), c.family().metric(new double[] {a})[0][0],
                    ROUNDING * c.referenceMetric().applyAsDouble(a), "metric at " + a);
            for (double b : c.interior()) {
                double d = c.family().distance(new double[] {a}, new double[] {b});
                assertEquals(c.referenceDistance().applyAsDouble(a, b), d, ROUNDING * Math.max(1, d),
                        "reference formula " + a + " → " + b);
                double integral = Math.abs(Quadrature.integrate(x -> Math.sqrt(c.family().metric(new double[] {x})[0][0]),
                        a, b, QUADRATURE_REQUEST));
                assertEquals(integral, d, QUADRATURE * Math.max(1, d), "∫√g " + a + " → " + b);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void distanceIsAMetric(Case c) {
        List<double[]> points = points(c);
        for (double[] p : points) {
            assertEquals(0, c.family().distance(p, p), 0);
            for (double[] q : points) {
                double pq = c.family().distance(p, q);
                assertEquals(pq, c.family().distance(q, p), 0, "symmetry");
                for (double[] r : points) {
                    assertTrue(c.family().distance(p, r) <= pq + c.family().distance(q, r) + ROUNDING * (1 + pq),
                            "triangle");
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void closedFormGeodesicHasConstantSpeedAndHitsItsEnds(Case c) {
        List<double[]> points = points(c);
        for (double[] p : points) {
            for (double[] q : points) {
                double d = c.family().distance(p, q);
                for (double t : TIMES) {
                    double[] m = c.family().checkParameters(c.family().pointAt(p, q, t), true);
                    assertEquals(t * d, c.family().distance(p, m), ROUNDING * Math.max(1, d), "from p at t = " + t);
                    assertEquals((1 - t) * d, c.family().distance(m, q), ROUNDING * Math.max(1, d), "to q at t = " + t);
                }
                assertEquals(p[0], c.family().pointAt(p, q, 0)[0], ROUNDING * Math.max(1, p[0]), "start");
                assertEquals(q[0], c.family().pointAt(p, q, 1)[0], ROUNDING * Math.max(1, q[0]), "end");
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void closedFormAndNumericalGeodesicsAgree(Case c) {
        double[] x = c.interior();
        List<double[][]> pairs = new ArrayList<>();
        for (int i = 0; i + 1 < x.length; i++) {
            pairs.add(new double[][] {{x[i]}, {x[i + 1]}});
        }
        pairs.add(new double[][] {{x[x.length - 2]}, {x[1]}});
        for (double[][] pair : pairs) {
            Geodesic exact = Geodesics.between(c.family(), pair[0], pair[1], Geodesics.Choice.CLOSED_FORM);
            Geodesic numeric = Geodesics.between(c.family(), pair[0], pair[1], Geodesics.Choice.NUMERICAL);
            assertEquals(Geodesic.Method.NUMERICAL, numeric.method());
            String label = pair[0][0] + " → " + pair[1][0];
            assertEquals(exact.length(), numeric.length(), CLOSED_VS_NUMERICAL, label + " length");
            for (double t : TIMES) {
                assertArrayEquals(exact.pointAt(t), numeric.pointAt(t), CLOSED_VS_NUMERICAL, label + " at t = " + t);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void boundaryPointsUseTheClosedFormOnly(Case c) {
        double[] inside = {c.interior()[2]};
        for (double end : c.boundary()) {
            double[] b = {end};
            assertArrayEquals(b, c.family().checkParameters(b, true), 0);
            Geodesic g = Geodesics.between(c.family(), b, inside, Geodesics.Choice.AUTO);
            assertEquals(Geodesic.Method.CLOSED_FORM, g.method());
            assertEquals(c.referenceDistance().applyAsDouble(end, inside[0]), g.length(), ROUNDING);
            assertEquals(end, g.pointAt(0)[0], ROUNDING);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> Geodesics.between(c.family(), b, inside, Geodesics.Choice.NUMERICAL));
            assertTrue(e.getMessage().contains(c.family().parameterNames().get(0)), e.getMessage());
            assertThrows(InvalidInputException.class, () -> Curvature.at(c.family(), b));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exponentialFamilyIdentitiesAndAnalyticMetricDerivative(Case c) {
        for (double x : c.interior()) {
            double[] chart = {x};
            // The shared checks difference with a step ∝ |x|, which near an end at 1 (p = 0.97, 0.99)
            // is a sizeable fraction of the distance to the singularity: they get the points below 0.95.
            if (x < NEAR_ONE) {
                ExponentialFamilyChecks.check(c.family(), chart);
            }
            double analytic = c.family().metricDerivative(chart)[0][0][0];
            double numeric = fivePointSlope(c.family(), x);
            // g/x is the derivative's natural scale, for points such as p = ½ where dg vanishes.
            double scale = Math.abs(numeric) + c.family().metric(chart)[0][0] / x;
            assertEquals(numeric, analytic, DIFFERENCE * scale, "dg at " + x);
        }
    }

    /** η = ψ′ and ψ″ against the mean and variance of T summed or integrated from the distribution. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void cumulantsAreMomentsOfTheDistribution(Case c) {
        for (double x : c.interior()) {
            double[] p = {x};
            double[] theta = c.family().naturalParameters(p);
            double mass = moment(c, p, t -> 1);
            double mean = moment(c, p, c.statistic());
            double meanSquare = moment(c, p, t -> c.statistic().applyAsDouble(t) * c.statistic().applyAsDouble(t));
            assertEquals(1, mass, MOMENT, "total mass at " + x);
            double eta = c.family().meanParameters(theta)[0];
            assertEquals(eta, mean, MOMENT * Math.max(1, Math.abs(eta)), "mean at " + x);
            double variance = c.family().secondCumulants(theta)[0][0];
            assertEquals(variance, meanSquare - mean * mean, MOMENT * Math.max(1, meanSquare), "variance at " + x);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void curvatureIsZeroAndHasNoGaussianPart(Case c) {
        for (double x : c.interior()) {
            double[] p = {x};
            Curvature.Result r = Curvature.at(c.family(), p);
            double[] theta = c.family().naturalParameters(p);
            double a = CumulantCurvature.compute(c.family().secondCumulants(theta), c.family().thirdCumulants(theta)).a();
            assertEquals(0, r.scalar(), CURVATURE_ROUNDING * Math.max(1, a), "R at " + x);
            assertTrue(Double.isNaN(r.gaussian()), "gaussian at " + x);
            assertEquals("cumulants", r.method());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void badInputsNameTheParameter(Case c) {
        String name = c.family().parameterNames().get(0);
        List<double[]> bad = new ArrayList<>(List.of(new double[] {}, new double[] {c.interior()[0], c.interior()[1]},
                new double[] {Double.NaN}, new double[] {Double.POSITIVE_INFINITY}, new double[] {Double.NEGATIVE_INFINITY}));
        for (double v : c.outside()) {
            bad.add(new double[] {v});
        }
        for (double[] p : bad) {
            for (boolean allowBoundary : new boolean[] {true, false}) {
                InvalidInputException e = assertThrows(InvalidInputException.class,
                        () -> c.family().checkParameters(p, allowBoundary), java.util.Arrays.toString(p));
                assertTrue(e.getMessage().contains(name) && e.getMessage().startsWith(c.family().name()), e.getMessage());
            }
        }
    }

    /**
     * dg/dx by the five-point stencil with a step of 1e-3 of the distance to the nearer of 0 and 1,
     * where every family here has its ends; MetricCalculus's step ∝ |x| would straddle too much of
     * the metric's blow-up at p = 0.99.
     */
    private static double fivePointSlope(ArcLengthFamily family, double x) {
        double h = 1e-3 * Math.min(x, x < 1 ? 1 - x : x);
        DoubleUnaryOperator g = y -> family.metric(new double[] {y})[0][0];
        return (g.applyAsDouble(x - 2 * h) - 8 * g.applyAsDouble(x - h) + 8 * g.applyAsDouble(x + h)
                - g.applyAsDouble(x + 2 * h)) / (12 * h);
    }

    private static List<double[]> points(Case c) {
        List<double[]> points = new ArrayList<>();
        for (double x : c.interior()) {
            points.add(new double[] {x});
        }
        for (double x : c.boundary()) {
            points.add(new double[] {x});
        }
        return points;
    }

    /** E[f(X)], summed over the typical support or integrated far beyond the typical range. */
    private static double moment(Case c, double[] p, DoubleUnaryOperator f) {
        if (c.family() instanceof DiscreteDistribution discrete) {
            int[] support = discrete.typicalSupport(p);
            double sum = 0;
            for (int k = support[0]; k <= support[1]; k++) {
                sum += f.applyAsDouble(k) * discrete.probability(p, k);
            }
            return sum;
        }
        ContinuousDensity continuous = (ContinuousDensity) c.family();
        double[] range = continuous.typicalRange(p);
        // Five times the drawn range: the exponential's tail beyond 70 means is e^{−70}.
        double end = range[0] + 5 * (range[1] - range[0]);
        return Quadrature.integrate(x -> f.applyAsDouble(x) * continuous.density(p, x), range[0], end,
                QUADRATURE_REQUEST * Math.max(1, Math.abs(f.applyAsDouble(1 / p[0]))));
    }
}
