package org.fisherscope.geometry.family;

import java.util.function.DoubleUnaryOperator;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Symmetric and symmetric positive-definite matrix helpers for the multivariate normal family:
 * Cholesky factors, inverses, eigenvalues and matrix functions V f(Λ) Vᵀ. Every matrix returned is
 * exactly symmetric, since the geometry downstream assumes it and rounding would otherwise creep in.
 */
final class SymmetricMatrices {

    private SymmetricMatrices() {
    }

    /**
     * The lower Cholesky factor of a, or null when a pivot (a conditional variance) falls to
     * {@code margin} times its diagonal entry or below, i.e. a is not positive definite with that
     * relative margin.
     */
    static double[][] cholesky(double[][] a, double margin) {
        int n = a.length;
        double[][] l = new double[n][n];
        for (int j = 0; j < n; j++) {
            double pivot = a[j][j];
            for (int k = 0; k < j; k++) {
                pivot -= l[j][k] * l[j][k];
            }
            // Written so that NaN fails the test too.
            if (!(pivot > margin * a[j][j]) || !(a[j][j] > 0)) {
                return null;
            }
            l[j][j] = Math.sqrt(pivot);
            for (int i = j + 1; i < n; i++) {
                double s = a[i][j];
                for (int k = 0; k < j; k++) {
                    s -= l[i][k] * l[j][k];
                }
                l[i][j] = s / l[j][j];
            }
        }
        return l;
    }

    /** The inverse of a symmetric positive-definite matrix, made exactly symmetric. */
    static double[][] inverseSpd(double[][] a) {
        DMatrixRMaj inverse = new DMatrixRMaj(a.length, a.length);
        if (!CommonOps_DDRM.invertSPD(new DMatrixRMaj(a), inverse)) {
            throw new InvalidInputException("the covariance matrix is not positive definite");
        }
        return symmetric(inverse, a.length);
    }

    /** Eigenvalues of a symmetric matrix, in no particular order. */
    static double[] eigenvalues(double[][] a) {
        return decompose(a, false).values;
    }

    /** f(a) = V f(Λ) Vᵀ for a symmetric matrix a = V Λ Vᵀ. */
    static double[][] function(double[][] a, DoubleUnaryOperator f) {
        Eigen eigen = decompose(a, true);
        int n = a.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += eigen.vectors[k][i] * f.applyAsDouble(eigen.values[k]) * eigen.vectors[k][j];
                }
                r[i][j] = s;
                r[j][i] = s;
            }
        }
        return r;
    }

    /** a·b·a for symmetric a and b, made exactly symmetric. */
    static double[][] sandwich(double[][] a, double[][] b) {
        int n = a.length;
        double[][] ab = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += a[i][k] * b[k][j];
                }
                ab[i][j] = s;
            }
        }
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double s = 0;
                double t = 0;
                for (int k = 0; k < n; k++) {
                    s += ab[i][k] * a[k][j];
                    t += ab[j][k] * a[k][i];
                }
                r[i][j] = 0.5 * (s + t);
                r[j][i] = r[i][j];
            }
        }
        return r;
    }

    /** Eigenvalues with unit eigenvectors as rows of {@code vectors}. */
    private record Eigen(double[] values, double[][] vectors) {
    }

    private static Eigen decompose(double[][] a, boolean needVectors) {
        int n = a.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, needVectors, true);
        if (!eig.decompose(new DMatrixRMaj(a))) {
            throw new InvalidInputException("the symmetric eigen-decomposition did not converge");
        }
        double[] values = new double[n];
        double[][] vectors = needVectors ? new double[n][] : null;
        for (int k = 0; k < n; k++) {
            values[k] = eig.getEigenvalue(k).getReal();
            if (needVectors) {
                vectors[k] = eig.getEigenVector(k).getData().clone();
            }
        }
        return new Eigen(values, vectors);
    }

    private static double[][] symmetric(DMatrixRMaj m, int n) {
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                r[i][j] = 0.5 * (m.get(i, j) + m.get(j, i));
                r[j][i] = r[i][j];
            }
        }
        return r;
    }
}
