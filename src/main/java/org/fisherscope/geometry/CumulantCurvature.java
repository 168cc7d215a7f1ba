package org.fisherscope.geometry;

/**
 * Scalar curvature of an exponential family from its second and third cumulants.
 *
 * <p>With g = ∂²ψ, T = ∂³ψ, t_c = g^{ab} T_abc, A = t_a g^{ab} t_b and
 * B = T_abc T_a'b'c' g^{aa'} g^{bb'} g^{cc'}, the scalar curvature of the Fisher metric is
 * R = (B − A)/4, with the convention that the unit 2-sphere has R = +2. The four pieces
 * R1 = −A/2, R2 = B/2, R3 = A/4, R4 = −B/4 sum to R.
 */
public final class CumulantCurvature {

    private CumulantCurvature() {
    }

    /** The curvature pieces from a metric g (m × m) and third cumulants T (m × m × m). */
    public static Result compute(double[][] g, double[][][] t) {
        int m = g.length;
        double[][] ginv = Matrices.inverse(g);
        double[] trace = new double[m];
        for (int c = 0; c < m; c++) {
            double s = 0;
            for (int a = 0; a < m; a++) {
                for (int b = 0; b < m; b++) {
                    s += ginv[a][b] * t[a][b][c];
                }
            }
            trace[c] = s;
        }
        double a = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                a += trace[i] * ginv[i][j] * trace[j];
            }
        }
        // Raise one index at a time: U^a_bc = g^{aa'} T_a'bc, then contract B = Σ T_abc U^a_b'c' g^{bb'} g^{cc'}.
        double[][][] raised = raiseAll(ginv, t);
        double b = 0;
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < m; j++) {
                for (int k = 0; k < m; k++) {
                    b += t[i][j][k] * raised[i][j][k];
                }
            }
        }
        return new Result(a, b);
    }

    private static double[][][] raiseAll(double[][] ginv, double[][][] t) {
        int m = ginv.length;
        double[][][] current = t;
        for (int axis = 0; axis < 3; axis++) {
            double[][][] next = new double[m][m][m];
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < m; j++) {
                    for (int k = 0; k < m; k++) {
                        double s = 0;
                        for (int l = 0; l < m; l++) {
                            s += switch (axis) {
                                case 0 -> ginv[i][l] * current[l][j][k];
                                case 1 -> ginv[j][l] * current[i][l][k];
                                default -> ginv[k][l] * current[i][j][l];
                            };
                        }
                        next[i][j][k] = s;
                    }
                }
            }
            current = next;
        }
        return current;
    }

    /** A = t·g⁻¹·t and B = |T|² with all indices raised; R and its pieces follow. */
    public record Result(double a, double b) {
        /** Scalar curvature R = (B − A)/4 (unit 2-sphere: +2). */
        public double scalar() {
            return (b - a) / 4;
        }

        public double r1() {
            return -a / 2;
        }

        public double r2() {
            return b / 2;
        }

        public double r3() {
            return a / 4;
        }

        public double r4() {
            return -b / 4;
        }
    }
}
