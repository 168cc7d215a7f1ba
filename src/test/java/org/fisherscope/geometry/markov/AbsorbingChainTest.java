package org.fisherscope.geometry.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AbsorbingChainTest {

    /**
     * Relative error allowed against closed forms: the chains here have ‖N‖₁ ≤ 1e4, so LU loses at
     * most four of sixteen digits, and the variance's cancellation costs about as much again.
     */
    private static final double CLOSED_FORM = 1e-10;
    /**
     * Relative error allowed against the series: both sides sum a few hundred terms, each rounding
     * at ~1e-16, and the truncated tail is below 1e-18 (see the term counts).
     */
    private static final double SERIES = 1e-11;
    /** Neumann terms: Q's row sums are at most 0.8 in the random chain, and 0.8^300 ≈ 1e-29. */
    private static final int TERMS = 300;

    @ParameterizedTest
    @ValueSource(doubles = {1.0, 0.5, 0.1, 0.01, 1e-4})
    void twoStateChainLeavingWithProbabilityH(double h) {
        AbsorptionResult r = new AbsorbingChain(List.of("In", "Out"), new double[][] {{1 - h, h}, {0, 1}},
                List.of("Out")).solve();
        assertEquals(List.of("In"), r.transientStates());
        assertEquals(List.of("Out"), r.absorbingStates());
        assertRelative(1 / h, r.fundamental()[0][0], CLOSED_FORM);
        assertRelative(1 / h, r.expectedSteps()[0], CLOSED_FORM);
        assertEquals((1 - h) / (h * h), r.variance()[0], CLOSED_FORM * Math.max(1, 1 / (h * h)));
        assertEquals(1, r.absorptionProbabilities()[0][0], CLOSED_FORM);
        assertRelative(1 / h, r.expectedSteps("In"), CLOSED_FORM);
    }

    @Test
    void symmetricGamblersRuinOnZeroToFour() {
        AbsorptionResult r = gamblersRuin(0.5).solve();
        assertEquals(List.of("1", "2", "3"), r.transientStates());
        assertEquals(List.of("0", "4"), r.absorbingStates());
        double[][] n = r.fundamental();
        for (int i = 1; i <= 3; i++) {
            assertRelative(i * (4 - i), r.expectedSteps()[i - 1], CLOSED_FORM);
            // Duration variance of the simple symmetric walk on [0, 4]: i(4−i)((4−i)² + i² − 2)/3.
            assertRelative(i * (4 - i) * ((4 - i) * (4 - i) + i * i - 2) / 3.0, r.variance()[i - 1], CLOSED_FORM);
            assertRelative(i / 4.0, r.absorptionProbability(Integer.toString(i), "4"), CLOSED_FORM);
            assertRelative(1 - i / 4.0, r.absorptionProbability(Integer.toString(i), "0"), CLOSED_FORM);
            for (int j = 1; j <= 3; j++) {
                // Green's function of the walk: expected visits to j from i is min(i,j)(4 − max(i,j))/2.
                assertRelative(Math.min(i, j) * (4 - Math.max(i, j)) / 2.0, n[i - 1][j - 1], CLOSED_FORM);
            }
        }
    }

    @Test
    void asymmetricGamblersRuinWithUpProbabilityPointThree() {
        double p = 0.3;
        double q = 0.7;
        double ratio = q / p;
        AbsorptionResult r = gamblersRuin(p).solve();
        for (int i = 1; i <= 3; i++) {
            double win = (1 - Math.pow(ratio, i)) / (1 - Math.pow(ratio, 4));
            double duration = i / (q - p) - 4 / (q - p) * win;
            assertRelative(win, r.absorptionProbability(Integer.toString(i), "4"), CLOSED_FORM);
            assertRelative(1 - win, r.absorptionProbability(Integer.toString(i), "0"), CLOSED_FORM);
            assertRelative(duration, r.expectedSteps()[i - 1], CLOSED_FORM);
        }
    }

    @Test
    void agreesWithNeumannSeriesAndTheDistributionOfTheAbsorptionTime() {
        Random random = new Random(20240611);
        int m = 5;
        int k = 2;
        double[][] p = randomChain(random, m, k);
        List<String> names = List.of("a", "b", "c", "d", "e", "X", "Y");
        AbsorptionResult r = new AbsorbingChain(names, p, List.of("X", "Y")).solve();
        double[][] q = block(p, 0, m, 0, m);
        double[][] rr = block(p, 0, m, m, m + k);

        // N = Σ Qⁿ and B = Σ Qⁿ R.
        double[][] series = new double[m][m];
        double[][] power = identity(m);
        for (int n = 0; n < TERMS; n++) {
            add(series, power);
            power = multiply(power, q);
        }
        assertMatrixRelative(series, r.fundamental(), SERIES);
        assertMatrixRelative(multiply(series, rr), r.absorptionProbabilities(), SERIES);

        // P(T = n) = (Qⁿ⁻¹(I − Q)1)_i = (Qⁿ⁻¹ · R1)_i: the chain stays n − 1 steps, then leaves.
        double[] leave = new double[m];
        for (int i = 0; i < m; i++) {
            leave[i] = rr[i][0] + rr[i][1];
        }
        double[] mean = new double[m];
        double[] second = new double[m];
        double[] one = ones(m);
        double[][] qPower = identity(m);
        for (int n = 1; n < TERMS; n++) {
            double[] pn = multiply(qPower, leave);
            for (int i = 0; i < m; i++) {
                mean[i] += n * pn[i];
                second[i] += (double) n * n * pn[i];
            }
            qPower = multiply(qPower, q);
        }
        double[] tSeries = multiply(series, one);
        for (int i = 0; i < m; i++) {
            assertRelative(tSeries[i], r.expectedSteps()[i], SERIES);
            assertRelative(mean[i], r.expectedSteps()[i], SERIES);
            assertRelative(second[i] - mean[i] * mean[i], r.variance()[i], SERIES);
            assertEquals(1, r.absorptionProbabilities()[i][0] + r.absorptionProbabilities()[i][1], SERIES);
        }
    }

    @Test
    void absorbingStatesNeedNotComeLastAndResultsFollowStateOrder() {
        // The walk on {0..4} listed as 4, 2, 0, 1, 3: transient order must be 2, 1, 3.
        double[][] p = {
            {1, 0, 0, 0, 0},
            {0, 0, 0, 0.5, 0.5},
            {0, 0, 1, 0, 0},
            {0, 0.5, 0.5, 0, 0},
            {0.5, 0.5, 0, 0, 0},
        };
        AbsorptionResult r = new AbsorbingChain(List.of("4", "2", "0", "1", "3"), p, List.of("0", "4")).solve();
        assertEquals(List.of("2", "1", "3"), r.transientStates());
        assertEquals(List.of("4", "0"), r.absorbingStates());
        assertRelative(4, r.expectedSteps("2"), CLOSED_FORM);
        assertRelative(3, r.expectedSteps("1"), CLOSED_FORM);
        assertRelative(0.75, r.absorptionProbabilities()[2][0], CLOSED_FORM);
    }

    @Test
    void roundedRowsAreAcceptedAndRenormalised() {
        // Thirds typed to seven digits: each row misses 1 by 1e-7, inside the tolerance.
        double third = 0.3333333;
        double[][] p = {{third, third, third}, {third, third, third}, {0, 0, 1}};
        AbsorbingChain chain = new AbsorbingChain(List.of("A", "B", "Z"), p, List.of("Z"));
        AbsorptionResult r = chain.solve();
        // Renormalised, each step leaves with probability exactly 1/3: t = 3.
        assertRelative(3, r.expectedSteps()[0], CLOSED_FORM);
        assertEquals(1, r.absorptionProbabilities()[1][0], CLOSED_FORM);
        assertEquals(1.0 / 3, chain.transitionMatrix()[0][2], CLOSED_FORM);
    }

    @Test
    void everyStateAbsorbingGivesAnEmptyTransientResult() {
        AbsorptionResult r = new AbsorbingChain(List.of("A", "B"), new double[][] {{1, 0}, {0, 1}},
                List.of("A", "B")).solve();
        assertEquals(List.of(), r.transientStates());
        assertEquals(List.of("A", "B"), r.absorbingStates());
        assertEquals(0, r.fundamental().length);
        assertEquals(0, r.expectedSteps().length);
        assertEquals(0, r.absorptionProbabilities().length);
    }

    @Test
    void longButComputableWaitsAreSolved() {
        double h = 1e-9;
        AbsorptionResult r = new AbsorbingChain(List.of("In", "Out"), new double[][] {{1 - h, h}, {0, 1}},
                List.of("Out")).solve();
        // 1 − h is rounded to ~1e-16 absolute, i.e. h to ~1e-7 relative.
        assertRelative(1 / h, r.expectedSteps()[0], 1e-6);
    }

    @Test
    void numericallySingularChainIsRejectedNamingTheSlowState() {
        double h = 1e-14;
        AbsorbingChain chain = new AbsorbingChain(List.of("Trees", "Crops", "Built"),
                new double[][] {{1 - h, 0, h}, {0.5, 0, 0.5}, {0, 0, 1}}, List.of("Built"));
        InvalidInputException e = assertThrows(InvalidInputException.class, chain::solve);
        assertTrue(e.getMessage().contains("numerically singular"), e.getMessage());
        assertTrue(e.getMessage().contains("'Trees'"), e.getMessage());
    }

    private static AbsorbingChain gamblersRuin(double up) {
        double[][] p = new double[5][5];
        p[0][0] = 1;
        p[4][4] = 1;
        for (int i = 1; i <= 3; i++) {
            p[i][i + 1] = up;
            p[i][i - 1] = 1 - up;
        }
        return new AbsorbingChain(List.of("0", "1", "2", "3", "4"), p, List.of("0", "4"));
    }

    /** Transient rows keep at most 0.8 among transient states; absorbing rows are unit rows. */
    private static double[][] randomChain(Random random, int m, int k) {
        int n = m + k;
        double[][] p = new double[n][n];
        for (int i = 0; i < m; i++) {
            double stay = 0.2 + 0.6 * random.nextDouble();
            double[] w = new double[n];
            double wq = 0;
            double wr = 0;
            for (int j = 0; j < n; j++) {
                w[j] = random.nextDouble();
                if (j < m) {
                    wq += w[j];
                } else {
                    wr += w[j];
                }
            }
            for (int j = 0; j < n; j++) {
                p[i][j] = j < m ? stay * w[j] / wq : (1 - stay) * w[j] / wr;
            }
        }
        for (int a = m; a < n; a++) {
            p[a][a] = 1;
        }
        return p;
    }

    private static void assertRelative(double expected, double actual, double tolerance) {
        assertEquals(expected, actual, tolerance * Math.max(1, Math.abs(expected)));
    }

    private static void assertMatrixRelative(double[][] expected, double[][] actual, double tolerance) {
        assertEquals(expected.length, actual.length);
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[i].length; j++) {
                assertRelative(expected[i][j], actual[i][j], tolerance);
            }
        }
    }

    private static double[][] block(double[][] a, int r0, int r1, int c0, int c1) {
        double[][] b = new double[r1 - r0][c1 - c0];
        for (int i = r0; i < r1; i++) {
            System.arraycopy(a[i], c0, b[i - r0], 0, c1 - c0);
        }
        return b;
    }

    private static double[][] identity(int n) {
        double[][] id = new double[n][n];
        for (int i = 0; i < n; i++) {
            id[i][i] = 1;
        }
        return id;
    }

    private static double[] ones(int n) {
        double[] v = new double[n];
        Arrays.fill(v, 1);
        return v;
    }

    private static void add(double[][] into, double[][] a) {
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[i].length; j++) {
                into[i][j] += a[i][j];
            }
        }
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        double[][] c = new double[a.length][b[0].length];
        for (int i = 0; i < a.length; i++) {
            for (int l = 0; l < b.length; l++) {
                for (int j = 0; j < b[0].length; j++) {
                    c[i][j] += a[i][l] * b[l][j];
                }
            }
        }
        return c;
    }

    private static double[] multiply(double[][] a, double[] v) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < v.length; j++) {
                r[i] += a[i][j] * v[j];
            }
        }
        return r;
    }
}
