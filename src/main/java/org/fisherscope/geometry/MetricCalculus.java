package org.fisherscope.geometry;

import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Derivatives of tensor fields by careful finite differences, and the algebra that turns metric
 * derivatives into Christoffel symbols.
 *
 * <p>Differences use the fourth-order five-point central stencil. Its truncation error is O(h⁴)
 * and its rounding error O(ε/h), so the step that balances them is h ≈ ε^{1/5} ≈ 7e-4 times the
 * coordinate's scale; the step shrinks if the stencil would leave the domain.
 */
public final class MetricCalculus {

    /** ε^{1/5} for double precision: the optimal relative step of the five-point stencil. */
    static final double RELATIVE_STEP = 7e-4;
    /** Scale below which a coordinate is treated as of order one when choosing the step. */
    private static final double MIN_SCALE = 1e-2;
    /** How many times the step may be halved to keep the stencil inside the domain. */
    private static final int MAX_STEP_HALVINGS = 30;

    private MetricCalculus() {
    }

    /** ∂_l of a matrix field: {@code result[l][i][j] = ∂f_ij/∂x_l}. */
    public static double[][][] differentiate(Function<double[], double[][]> field, Predicate<double[]> domain,
                                             double[] x) {
        int n = x.length;
        double[][][] result = new double[n][][];
        for (int l = 0; l < n; l++) {
            double h = step(domain, x, l);
            double[][] fm2 = field.apply(shifted(x, l, -2 * h));
            double[][] fm1 = field.apply(shifted(x, l, -h));
            double[][] fp1 = field.apply(shifted(x, l, h));
            double[][] fp2 = field.apply(shifted(x, l, 2 * h));
            int rows = fp1.length;
            int cols = fp1[0].length;
            result[l] = new double[rows][cols];
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    result[l][i][j] = (fm2[i][j] - 8 * fm1[i][j] + 8 * fp1[i][j] - fp2[i][j]) / (12 * h);
                }
            }
        }
        return result;
    }

    /** ∂_l of a rank-3 field: {@code result[l][a][b][c] = ∂f_abc/∂x_l}. */
    public static double[][][][] differentiate3(Function<double[], double[][][]> field, Predicate<double[]> domain,
                                                double[] x) {
        int n = x.length;
        double[][][][] result = new double[n][][][];
        for (int l = 0; l < n; l++) {
            double h = step(domain, x, l);
            double[][][] fm2 = field.apply(shifted(x, l, -2 * h));
            double[][][] fm1 = field.apply(shifted(x, l, -h));
            double[][][] fp1 = field.apply(shifted(x, l, h));
            double[][][] fp2 = field.apply(shifted(x, l, 2 * h));
            int d0 = fp1.length;
            int d1 = fp1[0].length;
            int d2 = fp1[0][0].length;
            result[l] = new double[d0][d1][d2];
            for (int a = 0; a < d0; a++) {
                for (int b = 0; b < d1; b++) {
                    for (int c = 0; c < d2; c++) {
                        result[l][a][b][c] =
                                (fm2[a][b][c] - 8 * fm1[a][b][c] + 8 * fp1[a][b][c] - fp2[a][b][c]) / (12 * h);
                    }
                }
            }
        }
        return result;
    }

    /**
     * Christoffel symbols of the second kind from the metric and its derivatives:
     * {@code Γ^k_ij = ½ g^{kl}(∂_i g_lj + ∂_j g_li − ∂_l g_ij)}.
     */
    public static double[][][] christoffel(double[][] g, double[][][] dg) {
        int n = g.length;
        double[][] ginv = Matrices.inverse(g);
        double[][][] gamma = new double[n][n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                for (int k = 0; k < n; k++) {
                    double sum = 0;
                    for (int l = 0; l < n; l++) {
                        sum += ginv[k][l] * (dg[i][l][j] + dg[j][l][i] - dg[l][i][j]);
                    }
                    gamma[k][i][j] = 0.5 * sum;
                    gamma[k][j][i] = 0.5 * sum;
                }
            }
        }
        return gamma;
    }

    private static double step(Predicate<double[]> domain, double[] x, int l) {
        double h = RELATIVE_STEP * Math.max(Math.abs(x[l]), MIN_SCALE);
        for (int k = 0; k < MAX_STEP_HALVINGS; k++) {
            if (domain.test(shifted(x, l, -2 * h)) && domain.test(shifted(x, l, 2 * h))) {
                return h;
            }
            h /= 2;
        }
        throw new InvalidInputException("cannot difference the metric at " + java.util.Arrays.toString(x)
                + ": the point is too close to the boundary of the parameter domain");
    }

    private static double[] shifted(double[] x, int l, double delta) {
        double[] y = x.clone();
        y[l] += delta;
        return y;
    }
}
