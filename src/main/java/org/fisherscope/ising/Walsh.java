package org.fisherscope.ising;

/** The unnormalised Walsh–Hadamard transform F(S) = Σ_x f(x)(−1)^{|x∧S|}, in place. */
final class Walsh {

    private Walsh() {
    }

    /** Transforms {@code v[offset .. offset+length)}; length is a power of two. */
    static void transform(double[] v, int offset, int length) {
        for (int h = 1; h < length; h <<= 1) {
            for (int i = offset; i < offset + length; i += 2 * h) {
                for (int j = i; j < i + h; j++) {
                    double a = v[j];
                    double b = v[j + h];
                    v[j] = a + b;
                    v[j + h] = a - b;
                }
            }
        }
    }

    /** Transforms every row of a flat dim × dim matrix: M ← M·W. */
    static void transformRows(double[] m, int dim) {
        for (int row = 0; row < m.length; row += dim) {
            transform(m, row, dim);
        }
    }

    /** M ← M·diag(scale)·W for a flat dim × dim matrix. */
    static void scaleColumnsThenTransformRows(double[] m, int dim, double[] scale) {
        for (int row = 0; row < m.length; row += dim) {
            for (int j = 0; j < dim; j++) {
                m[row + j] *= scale[j];
            }
            transform(m, row, dim);
        }
    }
}
