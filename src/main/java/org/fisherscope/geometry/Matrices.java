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

    /** The inverse of a square matrix; throws {@link InvalidInputException} when it is singular. */
    public static double[][] inverse(double[][] a) {
        DMatrixRMaj m = new DMatrixRMaj(a);
        DMatrixRMaj inv = new DMatrixRMaj(a.length, a.length);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(a.length);
        if (!solver.setA(m) || solver.quality() < SINGULAR_RCOND) {
            throw new InvalidInputException("singular matrix: it has no inverse");
        }
        solver.invert(inv);
        return toArray(inv);
    }

    /** Solves a·x = b for a square a. */
    public static double[] solve(double[][] a, double[] b) {
        DMatrixRMaj m = new DMatrixRMaj(a);
        LinearSolverDense<DMatrixRMaj> solver = LinearSolverFactory_DDRM.lu(a.length);
        if (!solver.setA(m) || solver.quality() < SINGULAR_RCOND) {
            throw new InvalidInputException("singular matrix: the linear system has no unique solution");
        }
        DMatrixRMaj rhs = new DMatrixRMaj(b.length, 1, true, b);
        DMatrixRMaj x = new DMatrixRMaj(b.length, 1);
        solver.solve(rhs, x);
        return x.getData().clone();
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
