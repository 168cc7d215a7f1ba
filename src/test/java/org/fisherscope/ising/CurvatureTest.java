package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.fisherscope.geometry.CumulantCurvature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The curvature contractions against each other, a closed form, and the published table. */
class CurvatureTest {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;
    /** Two contractions of the same cumulants, relative: rounding through m⁴ sums and a 2 × 2 inversion per k. */
    private static final double CONTRACTIONS = 1e-10;
    /** The published |R| are rounded to two decimals. */
    private static final double TWO_DECIMALS = 0.005;

    private static BondCumulants cumulants(int side, double coupling) {
        return BondCumulants.of(ExactIsing.moments(side, coupling, ExactIsing.Method.AUTO, ProgressListener.NONE,
                () -> false));
    }

    @ParameterizedTest
    @CsvSource({"3, 0.44068679350977147", "4, 0.44068679350977147", "5, 0.44068679350977147",
        "6, 0.44068679350977147", "4, 0.25", "5, 0.9"})
    void denseAndFourierContractionsAgree(int side, double coupling) {
        BondCumulants c = cumulants(side, coupling);
        CumulantCurvature.Result dense = DenseCurvature.of(c);
        CumulantCurvature.Result fourier = FourierCurvature.of(c);
        assertEquals(dense.a(), fourier.a(), CONTRACTIONS * Math.abs(dense.a()), "A");
        assertEquals(dense.b(), fourier.b(), CONTRACTIONS * Math.abs(dense.b()), "B");
        assertEquals(dense.scalar(), fourier.scalar(), CONTRACTIONS * Math.abs(dense.a()), "R");
    }

    @ParameterizedTest
    @CsvSource({"3, 0.44068679350977147", "4, 0.44068679350977147", "3, 0.7"})
    void theEnginesGenericCumulantFormulaAgrees(int side, double coupling) {
        BondCumulants c = cumulants(side, coupling);
        CumulantCurvature.Result generic = CumulantCurvature.compute(c.metricMatrix(), c.thirdTensor());
        CumulantCurvature.Result fourier = FourierCurvature.of(c);
        assertEquals(generic.a(), fourier.a(), CONTRACTIONS * Math.abs(generic.a()));
        assertEquals(generic.b(), fourier.b(), CONTRACTIONS * Math.abs(generic.b()));
    }

    /**
     * Independent bonds (a product of one-dimensional families) are flat: t_c = −2μ, A = B = 4mμ²/(1 − μ²),
     * R = 0. Fed through the same contractions as raw moments of independent ±1 variables.
     */
    @Test
    void independentBondsAreFlat() {
        int side = 4;
        int m = 2 * side * side;
        double mu = 0.3;
        double[][] second = new double[2][m];
        double[][][] third = new double[2][m][m];
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < m; a++) {
                second[t][a] = a == t ? 1 : mu * mu;
                for (int b = 0; b < m; b++) {
                    // E[e_t e_a e_b] for independent ±1 variables with mean μ.
                    int distinct = (a == t ? 0 : 1) + (b == t ? 0 : 1);
                    if (a == b) {
                        third[t][a][b] = mu;
                    } else {
                        third[t][a][b] = distinct == 2 ? mu * mu * mu : mu;
                    }
                }
            }
        }
        BondCumulants c = BondCumulants.of(new BondMoments(side, 0.5, 0, new double[] {mu, mu}, second, third));
        double expected = 4 * m * mu * mu / (1 - mu * mu);
        for (CumulantCurvature.Result r : List.of(DenseCurvature.of(c), FourierCurvature.of(c))) {
            assertEquals(expected, r.a(), 1e-12 * expected);
            assertEquals(expected, r.b(), 1e-12 * expected);
            assertEquals(0, r.scalar(), 1e-12 * expected);
        }
    }

    /** L = 3…9 at K_c; L = 9 is the slowest exact case here (about 2 s on two cores). */
    @Test
    void publishedCurvatureAtTheCriticalPointAndItsScalingExponent() {
        double[] published = {105.64, 265.31, 446.24, 671.25, 945.53, 1272.14, 1653.34};
        List<CurvatureScaling.Point> fitted = new ArrayList<>();
        for (int side = 3; side <= 9; side++) {
            ExactIsing.Result r = ExactIsing.compute(side, KC, ExactIsing.Method.AUTO, ProgressListener.NONE, () -> false);
            double absR = Math.abs(r.curvature().scalar());
            assertTrue(r.curvature().scalar() < 0, "R is negative at K_c, L = " + side);
            assertEquals(published[side - 3], absR, TWO_DECIMALS, "L = " + side);
            if (side >= 6) {
                fitted.add(new CurvatureScaling.Point(side, (long) side * side, r.curvature().scalar()));
            }
        }
        CurvatureScaling.Fit fit = CurvatureScaling.fit(fitted);
        assertEquals(1.1115, fit.exponent(), 0.0003, "d_R over L = 6…9");
        assertTrue(fit.exponentStdErr() > 0 && fit.exponentStdErr() < 0.0005, "standard error " + fit.exponentStdErr());
    }

    /**
     * L = 10 (about 2–4 s): beyond the published exact table, so against the published Monte Carlo value
     * 2091.94 ± 3 (within one standard error) and Kaufman's ln Z.
     */
    @Test
    void tenByTenAgreesWithThePublishedMonteCarloAndKaufman() {
        ExactIsing.Result r = ExactIsing.compute(10, KC, ExactIsing.Method.AUTO, ProgressListener.NONE, () -> false);
        assertEquals(2091.94, -r.curvature().scalar(), 3.0);
        assertEquals(KaufmanPartition.logZ(10, 10, KC), r.logZ(), 1e-12 * r.logZ());
    }
}
