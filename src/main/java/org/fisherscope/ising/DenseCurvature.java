package org.fisherscope.ising;

import org.fisherscope.geometry.CumulantCurvature;
import org.fisherscope.geometry.InvalidInputException;

/**
 * R = (B − A)/4 from the full m × m metric and m × m × m tensor, by whitening: with g = C Cᵀ (Cholesky),
 * T̃ = T ×₁ C⁻¹ ×₂ C⁻¹ ×₃ C⁻¹ has the identity as metric, so B = Σ T̃²_abc and A = Σ_c (Σ_a T̃_aac)².
 * O(m⁴) time and O(m³) memory: the check on the Fourier form for small lattices.
 */
public final class DenseCurvature {

    /** Largest side: m³ doubles (64 MB at L = 10) and about 1.5 m⁴ operations. */
    public static final int MAX_SIDE = 10;

    private DenseCurvature() {
    }

    public static CumulantCurvature.Result of(BondCumulants cumulants) {
        if (cumulants.side() > MAX_SIDE) {
            throw new InvalidInputException("the dense contraction handles L ≤ " + MAX_SIDE);
        }
        int m = cumulants.lattice().bonds();
        double[][] inverseFactor = lowerInverse(cholesky(cumulants.metricMatrix()));
        // Transposed so that column a of C⁻¹ (rows i ≥ a) is contiguous.
        double[][] columns = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int a = 0; a <= i; a++) {
                columns[a][i] = inverseFactor[i][a];
            }
        }
        double[] t = new double[m * m * m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                for (int c = 0; c < m; c++) {
                    t[(a * m + b) * m + c] = cumulants.third(a, b, c);
                }
            }
        }
        // Three times: transform the first axis and rotate it to the last place.
        for (int pass = 0; pass < 3; pass++) {
            double[] out = new double[t.length];
            int mm = m * m;
            for (int a = 0; a < m; a++) {
                double[] col = columns[a];
                int in = a * mm;
                for (int bc = 0; bc < mm; bc++) {
                    double x = t[in + bc];
                    if (x == 0) {
                        continue;
                    }
                    int o = bc * m;
                    for (int i = a; i < m; i++) {
                        out[o + i] += col[i] * x;
                    }
                }
            }
            t = out;
        }
        double b = 0;
        for (double v : t) {
            b += v * v;
        }
        double a = 0;
        for (int c = 0; c < m; c++) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                s += t[(i * m + i) * m + c];
            }
            a += s * s;
        }
        return new CumulantCurvature.Result(a, b);
    }

    static double[][] cholesky(double[][] g) {
        int m = g.length;
        double[][] c = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double s = g[i][j];
                for (int k = 0; k < j; k++) {
                    s -= c[i][k] * c[j][k];
                }
                if (i == j) {
                    if (!(s > 0)) {
                        throw new InvalidInputException("the Fisher metric is not positive definite");
                    }
                    c[i][i] = Math.sqrt(s);
                } else {
                    c[i][j] = s / c[j][j];
                }
            }
        }
        return c;
    }

    static double[][] lowerInverse(double[][] c) {
        int m = c.length;
        double[][] inv = new double[m][m];
        for (int j = 0; j < m; j++) {
            inv[j][j] = 1 / c[j][j];
            for (int i = j + 1; i < m; i++) {
                double s = 0;
                for (int k = j; k < i; k++) {
                    s -= c[i][k] * inv[k][j];
                }
                inv[i][j] = s / c[i][i];
            }
        }
        return inv;
    }
}
