package org.fisherscope.geometry;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;

/** Small dense matrix helpers on {@code double[][]}, backed by EJML where a factorisation is needed. */
public final class Matrices {

    /** Reciprocal condition number below which a matrix is reported as singular. */
    static final double SINGULAR_RCOND = 1e-14;

    private Matrices() {
    }

    /**
     * Up to this size Gauss–Jordan elimination on plain arrays beats EJML's solver set-up; the
     * geodesic integrator inverts 2 × 2 to 10 × 10 metrics millions of times.
     */
    static final int SMALL = 12;

    /** The inverse of a square matrix; throws {@link InvalidInputException} when it is singular. */
    public static double[][] inverse(double[][] a) {
        int n = a.length;
        if (n == 2) {
            return inverse2(a);
        }
        if (n <= SMALL) {
            double[][] identity = new double[n][n];
            for (int i = 0; i < n; i++) {
                identity[i][i] = 1;
            }
            return gaussJordan(a, identity);
        }
        DMatrixRMaj m = new DMatrixRMaj(a);
        DMatrixRMaj inv = new DMatrixRMaj(n, n);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(n);
        if (!solver.setA(m) || solver.quality() < SINGULAR_RCOND) {
            throw new InvalidInputException("singular matrix: it has no inverse");
        }
        solver.invert(inv);
        return toArray(inv);
    }

    /** Solves a·x = b for a square a. */
    public static double[] solve(double[][] a, double[] b) {
        int n = a.length;
        if (n <= SMALL) {
            double[][] rhs = new double[n][1];
            for (int i = 0; i < n; i++) {
                rhs[i][0] = b[i];
            }
            double[][] x = gaussJordan(a, rhs);
            double[] r = new double[n];
            for (int i = 0; i < n; i++) {
                r[i] = x[i][0];
            }
            return r;
        }
        DMatrixRMaj m = new DMatrixRMaj(a);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(n);
        if (!solver.setA(m) || solver.quality() < SINGULAR_RCOND) {
            throw new InvalidInputException("singular matrix: the linear system has no unique solution");
        }
        DMatrixRMaj rhs = new DMatrixRMaj(n, 1, true, b);
        DMatrixRMaj x = new DMatrixRMaj(n, 1);
        solver.solve(rhs, x);
        return x.getData().clone();
    }

    /** The 2 × 2 inverse by the adjugate, the engine's commonest case. */
    private static double[][] inverse2(double[][] a) {
        double det = a[0][0] * a[1][1] - a[0][1] * a[1][0];
        // Singular when the determinant is lost in the cancellation of its two products, whatever the
        // scaling of rows and columns (a metric in a badly scaled chart is not singular).
        double size = Math.abs(a[0][0] * a[1][1]) + Math.abs(a[0][1] * a[1][0]);
        if (!(Math.abs(det) > SINGULAR_RCOND * size)) {
            throw new InvalidInputException("singular matrix: it has no inverse");
        }
        double inv = 1 / det;
        return new double[][] {{a[1][1] * inv, -a[0][1] * inv}, {-a[1][0] * inv, a[0][0] * inv}};
    }

    /** Solves a·X = rhs by elimination with partial pivoting; a and rhs are left untouched. */
    private static double[][] gaussJordan(double[][] a, double[][] rhs) {
        int n = a.length;
        int m = rhs[0].length;
        double[][] w = new double[n][];
        double[][] x = new double[n][];
        // Equilibrate rows first, so that the pivot test below measures lost digits, not the chart's units.
        for (int i = 0; i < n; i++) {
            double rowMax = 0;
            for (double v : a[i]) {
                rowMax = Math.max(rowMax, Math.abs(v));
            }
            if (rowMax == 0) {
                throw new InvalidInputException("singular matrix: it has no inverse");
            }
            w[i] = new double[n];
            x[i] = new double[m];
            for (int k = 0; k < n; k++) {
                w[i][k] = a[i][k] / rowMax;
            }
            for (int k = 0; k < m; k++) {
                x[i][k] = rhs[i][k] / rowMax;
            }
        }
        double scale = 1;
        for (int c = 0; c < n; c++) {
            int pivot = c;
            for (int r = c + 1; r < n; r++) {
                if (Math.abs(w[r][c]) > Math.abs(w[pivot][c])) {
                    pivot = r;
                }
            }
            if (!(Math.abs(w[pivot][c]) > SINGULAR_RCOND * scale)) {
                throw new InvalidInputException("singular matrix: it has no inverse");
            }
            double[] t = w[c];
            w[c] = w[pivot];
            w[pivot] = t;
            t = x[c];
            x[c] = x[pivot];
            x[pivot] = t;
            double inv = 1 / w[c][c];
            for (int r = 0; r < n; r++) {
                if (r == c || w[r][c] == 0) {
                    continue;
                }
                double f = w[r][c] * inv;
                for (int k = c; k < n; k++) {
                    w[r][k] -= f * w[c][k];
                }
                for (int k = 0; k < m; k++) {
                    x[r][k] -= f * x[c][k];
                }
            }
        }
        for (int r = 0; r < n; r++) {
            double inv = 1 / w[r][r];
            for (int k = 0; k < m; k++) {
                x[r][k] *= inv;
            }
        }
        return x;
    }

    /** Determinant, for checks and tests. */
    public static double determinant(double[][] a) {
        return CommonOps_DDRM.det(new DMatrixRMaj(a));
    }

    /** The matrix-vector product a·v. */
    public static double[] multiply(double[][] a, double[] v) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            double s = 0;
            for (int j = 0; j < v.length; j++) {
                s += a[i][j] * v[j];
            }
            r[i] = s;
        }
        return r;
    }

    /** An EJML matrix as {@code double[][]}. */
    public static double[][] toArray(DMatrixRMaj m) {
        double[][] r = new double[m.numRows][m.numCols];
        for (int i = 0; i < m.numRows; i++) {
            for (int j = 0; j < m.numCols; j++) {
                r[i][j] = m.get(i, j);
            }
        }
        return r;
    }
}
