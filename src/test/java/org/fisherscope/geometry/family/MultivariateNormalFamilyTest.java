package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.apache.commons.math3.analysis.integration.gauss.GaussIntegratorFactory;
import org.apache.commons.math3.analysis.integration.gauss.SymmetricGaussIntegrator;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.EigenDecomposition;
import org.apache.commons.math3.linear.MatrixUtils;
import org.apache.commons.math3.linear.RealMatrix;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.MetricCalculus;
import org.junit.jupiter.api.Test;

/** The multivariate normal family's domain, metric and closed forms, each against a second derivation. */
class MultivariateNormalFamilyTest {

    /** A few ulps of quantities of order one. */
    private static final double ROUNDING = 1e-13;
    /** Matrix square roots and eigenvalues cost a few ulps times the condition number (≤ ~100 here). */
    private static final double MATRIX_ROUNDING = 1e-11;
    /**
     * Fisher information by quadrature of differenced scores: the five-point stencil at h = 1e-3 has
     * truncation ~h⁴ ≈ 1e-12 and rounding ~ε/h ≈ 1e-13, and quadrature is exact for the degree-4
     * integrand; keep three orders of margin.
     */
    private static final double QUADRATURE_SCORES = 1e-9;
    /** Analytic ∂g against the engine's five-point differences (~1e-10 relative error). */
    private static final double DIFFERENCED_METRIC = 1e-8;
    /** Gauss–Hermite points per axis: exact for polynomials of degree ≤ 11 ≥ 4. */
    private static final int HERMITE_POINTS = 6;
    private static final double SCORE_STEP = 1e-3;

    private final MultivariateNormalFamily one = new MultivariateNormalFamily(1);
    private final MultivariateNormalFamily two = new MultivariateNormalFamily(2);
    private final MultivariateNormalFamily three = new MultivariateNormalFamily(3);

    // --- naming and layout ------------------------------------------------------------------------

    @Test
    void namesAndParameterOrder() {
        assertEquals("mvnormal:d=2", two.name());
        assertEquals(List.of("mu1", "mu2", "s11", "s12", "s22"), two.parameterNames());
        assertEquals(List.of("mu1", "mu2", "mu3", "s11", "s12", "s13", "s22", "s23", "s33"),
                three.parameterNames());
        assertEquals(List.of("mu1", "s11"), one.parameterNames());
        assertEquals(9, three.dimension());
        assertEquals(44, new MultivariateNormalFamily(8).dimension());
        assertTrue(two.metricDescription().startsWith("ds² = dμᵀΣ⁻¹dμ + ½ tr(Σ⁻¹dΣΣ⁻¹dΣ) (the Fisher metric,"));
        double[][] sigma = three.covariance(new double[] {0, 0, 0, 1, 2, 3, 4, 5, 6});
        assertArrayEquals(new double[][] {{1, 2, 3}, {2, 4, 5}, {3, 5, 6}}, sigma);
    }

    @Test
    void dimensionOutsideOneToEightIsRefused() {
        for (int d : new int[] {0, -1, 9}) {
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> new MultivariateNormalFamily(d));
            assertTrue(e.getMessage().contains("d must be") && e.getMessage().contains("d + d(d+1)/2"), e.getMessage());
        }
    }

    // --- bad inputs -------------------------------------------------------------------------------

    @Test
    void badInputsNameTheProblem() {
        assertMessage(two, new double[] {0, 0, 1, 2, 1}, "s11·s22 − s12² = -3.0 ≤ 0");
        assertMessage(two, new double[] {0, 0, 1, 1, 1}, "s11·s22 − s12² = 0.0 ≤ 0");
        // Positive determinant, but singular to within rounding.
        assertMessage(two, new double[] {0, 0, 1, 1 - 1e-15, 1}, "zero within rounding");
        assertMessage(three, new double[] {0, 0, 0, 1, 0.9, 0.9, 1, -0.9, 1}, "has eigenvalue -");
        assertMessage(two, new double[] {0, 0, -1, 0, 1}, "s11 is a variance and must be > 0");
        assertMessage(two, new double[] {0, 0, 1, 0, 0}, "s22 is a variance and must be > 0");
        assertMessage(one, new double[] {0, 0}, "s11 is a variance");
        assertMessage(two, new double[] {0, Double.NaN, 1, 0, 1}, "mu2 must be a finite number");
        assertMessage(two, new double[] {0, 0, 1, Double.POSITIVE_INFINITY, 1}, "s12 must be a finite number");
        assertMessage(two, new double[] {0, 0, 1, 0}, "takes 5 parameters (mu1, mu2, s11, s12, s22), got 4");
        // The boundary is never allowed, whatever the caller asks.
        assertThrows(InvalidInputException.class, () -> two.checkParameters(new double[] {0, 0, 1, 1, 1}, true));
        assertFalse(two.contains(new double[] {0, 0, 1, 1, 1}));
        assertFalse(two.contains(new double[] {0, Double.NaN, 1, 0, 1}));
        assertTrue(two.contains(new double[] {0, 0, 1, 0.999, 1}));
    }

    private static void assertMessage(MultivariateNormalFamily family, double[] p, String expected) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> family.checkParameters(p, true));
        assertTrue(e.getMessage().contains(expected), e.getMessage());
    }

    // --- metric -----------------------------------------------------------------------------------

    @Test
    void univariateMetricIsTheNormalOneAfterVEqualsSigmaSquared() {
        NormalFamily normal = new NormalFamily();
        for (double[] p : new double[][] {{0, 1}, {-3, 0.04}, {2, 9}}) {
            double sigma = Math.sqrt(p[1]);
            double[][] h = normal.metric(new double[] {p[0], sigma});
            double dSigmaDv = 1 / (2 * sigma);
            double[][] g = one.metric(p);
            assertEquals(h[0][0], g[0][0], ROUNDING * h[0][0]);
            assertEquals(h[1][1] * dSigmaDv * dSigmaDv, g[1][1], ROUNDING * g[1][1]);
            assertEquals(1 / (2 * p[1] * p[1]), g[1][1], ROUNDING * g[1][1]);
            assertEquals(0, g[0][1], 0);
        }
    }

    /**
     * g_ab = E[∂_a ℓ ∂_b ℓ] with the scores differenced from a log-density written out here, and the
     * expectation by tensor Gauss–Hermite quadrature after Cholesky whitening.
     */
    @Test
    void bivariateMetricIsTheExpectedOuterProductOfScores() {
        SymmetricGaussIntegrator rule = new GaussIntegratorFactory().hermite(HERMITE_POINTS);
        for (double[] p : new double[][] {{0.3, -1, 2, 0.7, 0.5}, {5, 2, 0.3, -0.25, 4}}) {
            double l11 = Math.sqrt(p[2]);
            double l21 = p[3] / l11;
            double l22 = Math.sqrt(p[4] - l21 * l21);
            double[][] expected = new double[5][5];
            for (int i = 0; i < HERMITE_POINTS; i++) {
                for (int j = 0; j < HERMITE_POINTS; j++) {
                    // ∫ e^{−z²} f(√2 z) dz / √π = E_{N(0,1)} f.
                    double z1 = Math.sqrt(2) * rule.getPoint(i);
                    double z2 = Math.sqrt(2) * rule.getPoint(j);
                    double w = rule.getWeight(i) * rule.getWeight(j) / Math.PI;
                    double[] x = {p[0] + l11 * z1, p[1] + l21 * z1 + l22 * z2};
                    double[] score = score(p, x);
                    for (int a = 0; a < 5; a++) {
                        for (int b = 0; b < 5; b++) {
                            expected[a][b] += w * score[a] * score[b];
                        }
                    }
                }
            }
            double[][] g = two.metric(p);
            double scale = maxAbs(g);
            for (int a = 0; a < 5; a++) {
                assertArrayEquals(expected[a], g[a], QUADRATURE_SCORES * scale, "row " + a);
            }
        }
    }

    /** ∂ℓ/∂p_a at data point x by five-point differences of the bivariate normal log-density. */
    private static double[] score(double[] p, double[] x) {
        double[] s = new double[5];
        for (int a = 0; a < 5; a++) {
            // ℓ is quadratic in μ, so any step is exact there; a covariance entry's scale is √(s_ii s_jj).
            double h = SCORE_STEP * (a < 2 ? 1 : Math.sqrt(p[a == 3 ? 2 : a] * p[a == 3 ? 4 : a]));
            s[a] = (logDensity(shift(p, a, -2 * h), x) - 8 * logDensity(shift(p, a, -h), x)
                    + 8 * logDensity(shift(p, a, h), x) - logDensity(shift(p, a, 2 * h), x)) / (12 * h);
        }
        return s;
    }

    private static double logDensity(double[] p, double[] x) {
        double det = p[2] * p[4] - p[3] * p[3];
        double dx = x[0] - p[0];
        double dy = x[1] - p[1];
        double quadratic = (p[4] * dx * dx - 2 * p[3] * dx * dy + p[2] * dy * dy) / det;
        return -Math.log(2 * Math.PI) - 0.5 * Math.log(det) - 0.5 * quadratic;
    }

    @Test
    void meanAndCovarianceBlocksDoNotMix() {
        double[] p = {1, -2, 0.5, 2, 0.3, -0.2, 1.5, 0.4, 1.1};
        double[][] g = three.metric(p);
        RealMatrix precision = MatrixUtils.inverse(MatrixUtils.createRealMatrix(three.covariance(p)));
        for (int a = 0; a < 3; a++) {
            for (int b = 0; b < 9; b++) {
                double expected = b < 3 ? precision.getEntry(a, b) : 0;
                assertEquals(expected, g[a][b], MATRIX_ROUNDING, "g[" + a + "][" + b + "]");
                assertEquals(g[a][b], g[b][a], 0, "symmetric");
            }
        }
        // The diagonal-variance entry ½ (Σ⁻¹)_ii², and an off-diagonal one ½·2·((Σ⁻¹)_ii (Σ⁻¹)_jj + (Σ⁻¹)_ij²).
        double p11 = precision.getEntry(0, 0);
        double p22 = precision.getEntry(1, 1);
        double p12 = precision.getEntry(0, 1);
        assertEquals(0.5 * p11 * p11, g[3][3], MATRIX_ROUNDING);
        assertEquals(p11 * p22 + p12 * p12, g[4][4], MATRIX_ROUNDING);
    }

    @Test
    void analyticMetricDerivativeMatchesDifferences() {
        for (MultivariateNormalFamily family : List.of(one, two, three)) {
            double[] x = family == one ? new double[] {0.4, 1.7}
                    : family == two ? new double[] {0.4, -1, 1.3, -0.6, 0.9}
                    : new double[] {1, -2, 0.5, 2, 0.3, -0.2, 1.5, 0.4, 1.1};
            double[][][] analytic = family.metricDerivative(x);
            double[][][] numeric = MetricCalculus.differentiate(family::metric, family::contains, x);
            for (int l = 0; l < x.length; l++) {
                for (int i = 0; i < x.length; i++) {
                    assertArrayEquals(numeric[l][i], analytic[l][i], DIFFERENCED_METRIC * (1 + maxAbs(numeric[l])),
                            family.name() + " ∂" + l + " row " + i);
                }
            }
        }
    }

    /** Γ from the geodesic equations against Γ from the metric by the generic formula, with ∂g differenced. */
    @Test
    void analyticChristoffelSymbolsMatchTheGenericFormula() {
        for (MultivariateNormalFamily family : List.of(one, two, three)) {
            double[] x = family == one ? new double[] {0.4, 1.7}
                    : family == two ? new double[] {0.4, -1, 1.3, -0.6, 0.9}
                    : new double[] {1, -2, 0.5, 2, 0.3, -0.2, 1.5, 0.4, 1.1};
            double[][][] analytic = family.christoffel(x);
            double[][][] generic = MetricCalculus.christoffel(family.metric(x),
                    MetricCalculus.differentiate(family::metric, family::contains, x));
            for (int k = 0; k < x.length; k++) {
                for (int i = 0; i < x.length; i++) {
                    assertArrayEquals(generic[k][i], analytic[k][i], DIFFERENCED_METRIC * (1 + maxAbs(generic[k])),
                            family.name() + " Γ^" + k + " row " + i);
                }
            }
        }
    }

    // --- closed forms -----------------------------------------------------------------------------

    @Test
    void univariateDistanceIsTheNormalOneWithSigmaTheRootOfTheVariance() {
        NormalFamily normal = new NormalFamily();
        Random random = new Random(3);
        for (int i = 0; i < 100; i++) {
            double[] p = {random.nextGaussian() * 3, Math.exp(random.nextGaussian())};
            double[] q = {random.nextGaussian() * 3, Math.exp(random.nextGaussian())};
            double expected = normal.distance(new double[] {p[0], Math.sqrt(p[1])}, new double[] {q[0], Math.sqrt(q[1])});
            assertTrue(one.closedFormApplies(p, q));
            assertEquals(expected, one.distance(p, q), ROUNDING * Math.max(1, expected));
            double[] mid = one.pointAt(p, q, 0.5);
            double[] normalMid = normal.pointAt(new double[] {p[0], Math.sqrt(p[1])},
                    new double[] {q[0], Math.sqrt(q[1])}, 0.5);
            assertArrayEquals(new double[] {normalMid[0], normalMid[1] * normalMid[1]}, mid, ROUNDING * 100);
        }
        // REFERENCE.md: d((0,1),(0,2)) = √2 ln 2 for the normal family, i.e. variances 1 and 4.
        assertEquals(0.980258143468547, one.distance(new double[] {0, 1}, new double[] {0, 4}), 1e-12);
        assertEquals(3.142254915, one.distance(new double[] {-1, 0.25}, new double[] {2, 2.25}), 1e-9);
    }

    /** REFERENCE.md: d = √(½ Σ ln² λ_k(Σ₀⁻¹Σ₁)), λ from the 2 × 2 characteristic polynomial. */
    @Test
    void equalMeansDistanceInTwoDimensionsMatchesTheEigenvalueFormula() {
        Random random = new Random(5);
        for (int i = 0; i < 50; i++) {
            double[] s0 = randomCovariance2(random);
            double[] s1 = randomCovariance2(random);
            double[] p = {0.7, -0.2, s0[0], s0[1], s0[2]};
            double[] q = {0.7, -0.2, s1[0], s1[1], s1[2]};
            double det0 = s0[0] * s0[2] - s0[1] * s0[1];
            // Σ₀⁻¹Σ₁ with Σ₀⁻¹ = adj(Σ₀)/det.
            double a = (s0[2] * s1[0] - s0[1] * s1[1]) / det0;
            double b = (s0[2] * s1[1] - s0[1] * s1[2]) / det0;
            double c = (-s0[1] * s1[0] + s0[0] * s1[1]) / det0;
            double e = (-s0[1] * s1[1] + s0[0] * s1[2]) / det0;
            double trace = a + e;
            double det = a * e - b * c;
            double root = Math.sqrt(Math.max(0, trace * trace / 4 - det));
            double l1 = trace / 2 + root;
            double l2 = det / l1;
            double expected = Math.sqrt(0.5 * (Math.log(l1) * Math.log(l1) + Math.log(l2) * Math.log(l2)));
            assertTrue(two.closedFormApplies(p, q));
            assertEquals(expected, two.distance(p, q), MATRIX_ROUNDING * Math.max(1, expected));
            assertEquals(two.distance(p, q), two.distance(q, p), MATRIX_ROUNDING * Math.max(1, expected));
        }
    }

    /** The same formula in d = 3 with λ from commons-math's Cholesky whitening L⁻¹Σ₁L⁻ᵀ instead of Σ₀^{−½}. */
    @Test
    void equalMeansDistanceInThreeDimensionsMatchesCholeskyWhitening() {
        Random random = new Random(8);
        for (int i = 0; i < 20; i++) {
            double[][] s0 = randomCovariance(random, 3);
            double[][] s1 = randomCovariance(random, 3);
            RealMatrix l = new CholeskyDecomposition(MatrixUtils.createRealMatrix(s0)).getL();
            RealMatrix lInv = MatrixUtils.inverse(l);
            RealMatrix w = lInv.multiply(MatrixUtils.createRealMatrix(s1)).multiply(lInv.transpose());
            w = w.add(w.transpose()).scalarMultiply(0.5);
            double sum = 0;
            for (double lambda : new EigenDecomposition(w).getRealEigenvalues()) {
                sum += Math.log(lambda) * Math.log(lambda);
            }
            double expected = Math.sqrt(0.5 * sum);
            double[] p = parameters(new double[] {1, 2, 3}, s0);
            double[] q = parameters(new double[] {1, 2, 3}, s1);
            assertEquals(expected, three.distance(p, q), MATRIX_ROUNDING * Math.max(1, expected));
        }
    }

    /** Diagonal covariances are flat in ln(v_i)/√2: d = √(Σ ½ ln²(v1_i/v0_i)), Σ(t) = Σ₀^{1−t}Σ₁^t. */
    @Test
    void diagonalCovariancesAreFlatInLogVariances() {
        double[] v0 = {0.5, 2, 7};
        double[] v1 = {3, 0.1, 7.5};
        double[] p = {0, 1, 0, v0[0], 0, 0, v0[1], 0, v0[2]};
        double[] q = {0, 1, 0, v1[0], 0, 0, v1[1], 0, v1[2]};
        double sum = 0;
        for (int i = 0; i < 3; i++) {
            sum += 0.5 * Math.log(v1[i] / v0[i]) * Math.log(v1[i] / v0[i]);
        }
        assertEquals(Math.sqrt(sum), three.distance(p, q), MATRIX_ROUNDING);
        double[] point = three.pointAt(p, q, 0.3);
        double[] expected = {0, 1, 0, Math.pow(v0[0], 0.7) * Math.pow(v1[0], 0.3), 0, 0,
            Math.pow(v0[1], 0.7) * Math.pow(v1[1], 0.3), 0, Math.pow(v0[2], 0.7) * Math.pow(v1[2], 0.3)};
        assertArrayEquals(expected, point, MATRIX_ROUNDING);
    }

    /**
     * The geodesic splits its length at every t and its midpoint is the matrix geometric mean, the
     * unique SPD solution of X Σ₀⁻¹ X = Σ₁ (an identity independent of how the power is taken).
     */
    @Test
    void equalMeansGeodesicHasConstantSpeedAndTheGeometricMeanAtItsMiddle() {
        double[] p = {2, -1, 1.5, 0.9, 1.0};
        double[] q = {2, -1, 0.4, -0.3, 3.0};
        double d = two.distance(p, q);
        for (int k = 0; k <= 8; k++) {
            double t = k / 8.0;
            double[] m = two.checkParameters(two.pointAt(p, q, t), false);
            assertEquals(t * d, two.distance(p, m), MATRIX_ROUNDING, "from start at t = " + t);
            assertEquals((1 - t) * d, two.distance(m, q), MATRIX_ROUNDING, "to end at t = " + t);
            assertEquals(2, m[0], 0);
            assertEquals(-1, m[1], 0);
        }
        assertArrayEquals(q, two.pointAt(p, q, 1), MATRIX_ROUNDING);
        RealMatrix x = MatrixUtils.createRealMatrix(two.covariance(two.pointAt(p, q, 0.5)));
        RealMatrix riccati = x.multiply(MatrixUtils.inverse(MatrixUtils.createRealMatrix(two.covariance(p)))).multiply(x);
        double[][] sigma1 = two.covariance(q);
        for (int i = 0; i < 2; i++) {
            assertArrayEquals(sigma1[i], riccati.getRow(i), MATRIX_ROUNDING);
        }
    }

    @Test
    void closedFormAppliesOnlyToEqualMeansBeyondOneDimension() {
        double[] p = {0, 0, 1, 0.2, 1};
        assertTrue(two.closedFormApplies(p, new double[] {0, 0, 2, 0, 1}));
        assertTrue(two.closedFormApplies(p, new double[] {1e-14, 0, 2, 0, 1}), "within the tolerance");
        assertFalse(two.closedFormApplies(p, new double[] {1e-6, 0, 2, 0, 1}));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> two.distance(p, new double[] {1, 0, 2, 0, 1}));
        assertTrue(e.getMessage().contains("numerical"), e.getMessage());
        assertTrue(one.closedFormApplies(new double[] {0, 1}, new double[] {5, 2}));
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** (s11, s12, s22) of a random 2 × 2 covariance with correlation up to ±0.95. */
    static double[] randomCovariance2(Random random) {
        double v1 = Math.exp(random.nextGaussian());
        double v2 = Math.exp(random.nextGaussian());
        double rho = 0.95 * (2 * random.nextDouble() - 1);
        return new double[] {v1, rho * Math.sqrt(v1 * v2), v2};
    }

    /** B Bᵀ + 0.2 I for a Gaussian B: well conditioned, with correlations. */
    static double[][] randomCovariance(Random random, int d) {
        double[][] b = new double[d][d];
        for (double[] row : b) {
            for (int j = 0; j < d; j++) {
                row[j] = random.nextGaussian();
            }
        }
        double[][] s = new double[d][d];
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                for (int k = 0; k < d; k++) {
                    s[i][j] += b[i][k] * b[j][k];
                }
            }
            s[i][i] += 0.2;
        }
        return s;
    }

    /** The parameter vector of mean mu and covariance sigma (upper triangle row by row). */
    static double[] parameters(double[] mu, double[][] sigma) {
        int d = mu.length;
        double[] p = new double[d + d * (d + 1) / 2];
        System.arraycopy(mu, 0, p, 0, d);
        int k = d;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                p[k++] = 0.5 * (sigma[i][j] + sigma[j][i]);
            }
        }
        return p;
    }

    private static double[] shift(double[] p, int a, double h) {
        double[] r = p.clone();
        r[a] += h;
        return r;
    }

    private static double maxAbs(double[][] m) {
        double max = 0;
        for (double[] row : m) {
            for (double v : row) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    /** KL of d = 1 equals the univariate normal's, computed by the exponential-family Bregman route. */
    @Test
    void klOfOneDimensionEqualsTheNormalFamilysBregmanDivergence() {
        NormalFamily normal = new NormalFamily();
        double[] p = {0.3, 2.0};
        double[] q = {-1.2, 0.5};
        double expected = org.fisherscope.geometry.Divergences.kullbackLeibler(normal,
                new double[] {p[0], Math.sqrt(p[1])}, new double[] {q[0], Math.sqrt(q[1])});
        assertEquals(expected, org.fisherscope.geometry.Divergences.kullbackLeibler(one, p, q), ROUNDING);
    }

    /** Independent coordinates: KL of a diagonal bivariate normal is the sum of the two univariate ones. */
    @Test
    void klOfIndependentCoordinatesAdds() {
        NormalFamily normal = new NormalFamily();
        double[] p = {1, -2, 0.7, 0, 3};
        double[] q = {0, 0.5, 1.9, 0, 0.4};
        double expected = org.fisherscope.geometry.Divergences.kullbackLeibler(normal,
                new double[] {1, Math.sqrt(0.7)}, new double[] {0, Math.sqrt(1.9)})
                + org.fisherscope.geometry.Divergences.kullbackLeibler(normal,
                new double[] {-2, Math.sqrt(3)}, new double[] {0.5, Math.sqrt(0.4)});
        assertEquals(expected, org.fisherscope.geometry.Divergences.kullbackLeibler(two, p, q), 10 * ROUNDING);
    }

    /**
     * To second order KL(p‖p + εh) = ½ε² g(h, h) with the Fisher metric; the remainder is O(ε³), so the ratio
     * is 1 within a few ε.
     */
    @Test
    void klIsHalfTheFisherMetricToSecondOrder() {
        double[] p = {0.5, -1, 0.2, 2, 0.5, 0.3, 1, -0.4, 3};
        double[] h = {1, 0.5, -2, 0.3, -0.2, 0.1, 0.4, 0.2, -0.5};
        double epsilon = 1e-4;
        double[] q = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            q[i] = p[i] + epsilon * h[i];
        }
        double kl = org.fisherscope.geometry.Divergences.kullbackLeibler(three, p, q);
        double quadratic = 0.5 * epsilon * epsilon * three.squaredNorm(p, h);
        assertEquals(1, kl / quadratic, 100 * epsilon);
    }
}
