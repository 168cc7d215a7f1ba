package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The two exact methods against each other, and enumeration against a plain sum over states. */
class ExactMomentsTest {

    /** The bar for enumeration against the transfer matrix. */
    private static final double METHODS_AGREE = 1e-9;
    /** A plain double sum over 512 states: rounding only. */
    private static final double PLAIN_SUM = 1e-13;

    @ParameterizedTest
    @CsvSource({"3, 0.44068679350977147", "4, 0.44068679350977147", "5, 0.44068679350977147", "3, 0.3", "4, 0.6",
        "5, 0.2", "4, 1.1"})
    void enumerationAndTransferMatrixAgree(int side, double coupling) {
        BondMoments e = Enumeration.moments(side, coupling, ProgressListener.NONE, () -> false);
        BondMoments t = TransferMatrix.moments(side, coupling, ProgressListener.NONE, () -> false);
        assertEquals(e.logZ(), t.logZ(), METHODS_AGREE * Math.abs(e.logZ()));
        BondCumulants ce = BondCumulants.of(e);
        BondCumulants ct = BondCumulants.of(t);
        int m = 2 * side * side;
        double worstG = 0;
        double worstT = 0;
        for (int o = 0; o < 2; o++) {
            assertEquals(e.mean()[o], t.mean()[o], METHODS_AGREE);
            for (int a = 0; a < m; a++) {
                worstG = Math.max(worstG, Math.abs(ce.metricRow(o, a) - ct.metricRow(o, a)));
                for (int b = 0; b < m; b++) {
                    worstT = Math.max(worstT, Math.abs(ce.thirdRow(o, a, b) - ct.thirdRow(o, a, b)));
                    assertEquals(e.third()[o][a][b], t.third()[o][a][b], METHODS_AGREE);
                }
            }
        }
        assertTrue(worstG <= METHODS_AGREE && worstT <= METHODS_AGREE, "max |Δg| " + worstG + ", max |ΔT| " + worstT);
        double re = FourierCurvature.of(ce).scalar();
        double rt = FourierCurvature.of(ct).scalar();
        assertEquals(re, rt, METHODS_AGREE * Math.abs(re));
    }

    /** Moments by looping over all 2⁹ states of the 3 × 3 torus with neighbours worked out here. */
    @Test
    void enumerationMatchesAPlainSumOverStates() {
        int side = 3;
        double k = 0.37;
        int n = 9;
        int m = 18;
        int[][] ends = new int[m][];
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                int site = r * side + c;
                ends[2 * site] = new int[] {site, r * side + (c + 1) % side};
                ends[2 * site + 1] = new int[] {site, ((r + 1) % side) * side + c};
            }
        }
        double z = 0;
        double[] mean = new double[2];
        double[][] second = new double[2][m];
        double[][][] third = new double[2][m][m];
        int[] e = new int[m];
        for (int state = 0; state < 1 << n; state++) {
            int sum = 0;
            for (int a = 0; a < m; a++) {
                int si = ((state >> ends[a][0]) & 1) == 0 ? 1 : -1;
                int sj = ((state >> ends[a][1]) & 1) == 0 ? 1 : -1;
                e[a] = si * sj;
                sum += e[a];
            }
            double w = Math.exp(k * sum);
            z += w;
            for (int o = 0; o < 2; o++) {
                mean[o] += w * e[o];
                for (int a = 0; a < m; a++) {
                    second[o][a] += w * e[o] * e[a];
                    for (int b = 0; b < m; b++) {
                        third[o][a][b] += w * e[o] * e[a] * e[b];
                    }
                }
            }
        }
        BondMoments fast = Enumeration.moments(side, k, ProgressListener.NONE, () -> false);
        assertEquals(Math.log(z), fast.logZ(), PLAIN_SUM * Math.log(z));
        for (int o = 0; o < 2; o++) {
            assertEquals(mean[o] / z, fast.mean()[o], PLAIN_SUM);
            for (int a = 0; a < m; a++) {
                assertEquals(second[o][a] / z, fast.second()[o][a], PLAIN_SUM);
                for (int b = 0; b < m; b++) {
                    assertEquals(third[o][a][b] / z, fast.third()[o][a][b], PLAIN_SUM, o + "," + a + "," + b);
                }
            }
        }
    }

    @Test
    void cancellationStopsBothMethods() {
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> Enumeration.moments(5, 0.4, ProgressListener.NONE, () -> true));
        org.junit.jupiter.api.Assertions.assertThrows(java.util.concurrent.CancellationException.class,
                () -> TransferMatrix.moments(6, 0.4, ProgressListener.NONE, () -> true));
    }

    @Test
    void progressRisesToOne() {
        for (ExactIsing.Method method : new ExactIsing.Method[] {ExactIsing.Method.ENUMERATION, ExactIsing.Method.TRANSFER}) {
            java.util.List<Double> seen = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
            ExactIsing.moments(5, 0.4, method, seen::add, () -> false);
            assertTrue(seen.size() > 2, method + ": " + seen.size() + " reports");
            double max = seen.stream().mapToDouble(Double::doubleValue).max().orElse(0);
            double min = seen.stream().mapToDouble(Double::doubleValue).min().orElse(-1);
            assertEquals(1, max, 1e-12, method.toString());
            assertTrue(min > 0, method + " starts above 0: " + min);
        }
    }
}
