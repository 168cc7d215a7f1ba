package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;

class MatricesTest {

    /** Random well-conditioned matrices: elimination loses a few digits at most. */
    private static final double WELL_CONDITIONED = 1e-11;

    @Test
    void inverseTimesMatrixIsTheIdentityForSmallAndLargeSizes() {
        Random random = new Random(3);
        for (int n : new int[] {1, 2, 5, Matrices.SMALL, Matrices.SMALL + 3}) {
            double[][] a = new double[n][n];
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    a[i][j] = random.nextGaussian() + (i == j ? n : 0);
                }
            }
            double[][] inv = Matrices.inverse(a);
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < n; j++) {
                    double s = 0;
                    for (int k = 0; k < n; k++) {
                        s += a[i][k] * inv[k][j];
                    }
                    assertEquals(i == j ? 1 : 0, s, WELL_CONDITIONED, "n = " + n);
                }
            }
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                b[i] = i + 1;
            }
            assertArrayEquals(b, Matrices.multiply(a, Matrices.solve(a, b)), WELL_CONDITIONED);
        }
    }

    @Test
    void pivotingHandlesAZeroOnTheDiagonal() {
        double[][] a = {{0, 1}, {1, 0}};
        assertArrayEquals(new double[] {2, 1}, Matrices.solve(a, new double[] {1, 2}), 0);
    }

    @Test
    void singularMatricesAreReported() {
        assertThrows(InvalidInputException.class, () -> Matrices.inverse(new double[][] {{1, 2}, {2, 4}}));
        assertThrows(InvalidInputException.class, () -> Matrices.solve(new double[][] {{0, 0}, {0, 0}},
                new double[] {1, 1}));
    }
}
