package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Identities every {@link ExponentialFamily} satisfies, checked by a second algorithm: cumulants
 * against finite differences of the log-partition, the natural-parameter metric pulled back to the
 * chart against the family's own metric, and the coordinate round trips.
 */
public final class ExponentialFamilyChecks {

    /**
     * Five-point differences of analytic functions with h ≈ 7e-4·scale carry ~1e-10 relative error
     * (rounding ε/h plus truncation h⁴); 1e-7 leaves room for the nested third derivative.
     */
    static final double DIFFERENCE_TOLERANCE = 1e-7;
    /** Coordinate round trips lose a few ulps. */
    static final double ROUND_TRIP = 1e-12;
    /**
     * Inverting η = ∇ψ (numerically, for Gamma and Dirichlet) amplifies rounding by the condition number
     * of g, ~1e3 for Gamma at shape 5: relative to the coordinates' size.
     */
    static final double MEAN_ROUND_TRIP = 1e-10;

    private ExponentialFamilyChecks() {
    }

    public static <F extends StatisticalFamily & ExponentialFamily> void check(F family, double[] chart) {
        double[] theta = family.naturalParameters(chart);
        assertArrayEquals(chart, family.chartFromNatural(theta), ROUND_TRIP, "θ round trip");
        double size = java.util.Arrays.stream(chart).map(Math::abs).max().orElse(1);
        assertArrayEquals(chart, family.chartFromMean(family.meanParameters(theta)),
                MEAN_ROUND_TRIP * Math.max(1, size), "η round trip");

        double[] gradientOfPsi = column(
                MetricCalculus.differentiate(th -> new double[][] {{family.logPartition(th)}}, th -> true, theta));
        assertArrayEquals(gradientOfPsi, family.meanParameters(theta), scaled(gradientOfPsi), "η = ∇ψ");

        double[][][] dEta = MetricCalculus.differentiate(th -> new double[][] {family.meanParameters(th)}, th -> true, theta);
        double[][] g = family.secondCumulants(theta);
        for (int a = 0; a < theta.length; a++) {
            for (int b = 0; b < theta.length; b++) {
                assertEquals(dEta[b][0][a], g[a][b], DIFFERENCE_TOLERANCE * Math.max(1, Math.abs(g[a][b])),
                        "g = ∂η at " + a + "," + b);
            }
        }
        double[][][] dG = MetricCalculus.differentiate(family::secondCumulants, th -> true, theta);
        double[][][] t = family.thirdCumulants(theta);
        for (int a = 0; a < theta.length; a++) {
            for (int b = 0; b < theta.length; b++) {
                for (int c = 0; c < theta.length; c++) {
                    assertEquals(dG[c][a][b], t[a][b][c], DIFFERENCE_TOLERANCE * Math.max(1, Math.abs(t[a][b][c])),
                            "T = ∂g at " + a + "," + b + "," + c);
                }
            }
        }
        // Pull the natural-coordinate metric back to the chart: J^T g J must be the family's metric.
        double[][][] jac = MetricCalculus.differentiate(x -> new double[][] {family.naturalParameters(x)},
                family::contains, chart);
        int n = chart.length;
        double[][] pulled = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int a = 0; a < n; a++) {
                    for (int b = 0; b < n; b++) {
                        s += jac[i][0][a] * g[a][b] * jac[j][0][b];
                    }
                }
                pulled[i][j] = s;
            }
        }
        double[][] metric = family.metric(chart);
        for (int i = 0; i < n; i++) {
            assertArrayEquals(metric[i], pulled[i], DIFFERENCE_TOLERANCE * Math.max(1, Math.abs(metric[i][i])),
                    "pulled-back metric row " + i);
        }
    }

    private static double[] column(double[][][] d) {
        double[] r = new double[d.length];
        for (int l = 0; l < d.length; l++) {
            r[l] = d[l][0][0];
        }
        return r;
    }

    private static double scaled(double[] v) {
        double m = 1;
        for (double x : v) {
            m = Math.max(m, Math.abs(x));
        }
        return DIFFERENCE_TOLERANCE * m;
    }
}
