package org.fisherscope.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The 2-D transform against the 2-D definition, and the real-pair packing against two complex transforms. */
class GridFftTest {

    /** Per unit of (1 + ln L²) and max|x|: two passes of the 1-D transform, each within its own bound. */
    private static final double ROUNDING_PER_LOG = CyclicFftTest.ROUNDING_PER_LOG;

    private static double tolerance(int side, double scale) {
        return ROUNDING_PER_LOG * (1 + Math.log((double) side * side)) * scale;
    }

    /** X(kr, kc) = Σ x(r, c) e^{sign·2πi (kr·r + kc·c)/L}, phase reduced exactly mod L. */
    private static double[] directPoint(double[] re, double[] im, int offset, int side, int kr, int kc, int sign) {
        double sr = 0;
        double si = 0;
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                long phase = ((long) kr * r + (long) kc * c) % side;
                double angle = sign * 2 * Math.PI * phase / side;
                double cos = Math.cos(angle);
                double sin = Math.sin(angle);
                double xr = re[offset + r * side + c];
                double xi = im[offset + r * side + c];
                sr += xr * cos - xi * sin;
                si += xr * sin + xi * cos;
            }
        }
        return new double[] {sr, si};
    }

    private static double[] random(Random random, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * random.nextDouble() - 1;
        }
        return a;
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 3, 4, 6, 7, 12, 13, 37})
    void everyPointAgreesWithTheDirectTwoDimensionalDft(int side) {
        Random rng = new Random(side);
        int offset = 5;
        int size = offset + side * side + 3;
        double[] re = random(rng, size);
        double[] im = random(rng, size);
        GridFft grid = GridFft.of(side);
        CyclicFft.Scratch scratch = grid.newScratch();
        for (int sign : new int[] {-1, 1}) {
            double[] fr = re.clone();
            double[] fi = im.clone();
            if (sign < 0) {
                grid.forward(fr, fi, offset, scratch);
            } else {
                grid.inverse(fr, fi, offset, scratch);
            }
            double tol = tolerance(side, Math.sqrt(2));
            for (int kr = 0; kr < side; kr++) {
                for (int kc = 0; kc < side; kc++) {
                    double[] expected = directPoint(re, im, offset, side, kr, kc, sign);
                    int at = offset + kr * side + kc;
                    assertEquals(expected[0], fr[at], tol, "L = " + side + ", Re X(" + kr + ", " + kc + ")");
                    assertEquals(expected[1], fi[at], tol, "L = " + side + ", Im X(" + kr + ", " + kc + ")");
                }
            }
            for (int i : new int[] {0, offset - 1, offset + side * side, size - 1}) {
                assertEquals(re[i], fr[i], 0.0, "outside the block");
                assertEquals(im[i], fi[i], 0.0, "outside the block");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {96, 97})
    void largeGridsAgreeWithTheDefinitionAtRandomPointsAndInvert(int side) {
        Random rng = new Random(side);
        double[] re = random(rng, side * side);
        double[] im = random(rng, side * side);
        GridFft grid = GridFft.of(side);
        CyclicFft.Scratch scratch = grid.newScratch();
        double[] fr = re.clone();
        double[] fi = im.clone();
        grid.forward(fr, fi, 0, scratch);
        double tol = tolerance(side, Math.sqrt(2));
        for (int t = 0; t < 25; t++) {
            int kr = t == 0 ? 0 : rng.nextInt(side);
            int kc = t == 0 ? 0 : rng.nextInt(side);
            double[] expected = directPoint(re, im, 0, side, kr, kc, -1);
            assertEquals(expected[0], fr[kr * side + kc], tol, "Re X(" + kr + ", " + kc + ")");
            assertEquals(expected[1], fi[kr * side + kc], tol, "Im X(" + kr + ", " + kc + ")");
        }
        grid.inverse(fr, fi, 0, scratch);
        double cells = (double) side * side;
        for (int i = 0; i < re.length; i++) {
            assertEquals(cells * re[i], fr[i], tol * cells, "inverse∘forward = L²·identity");
            assertEquals(cells * im[i], fi[i], tol * cells, "inverse∘forward = L²·identity");
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 5, 6, 96, 97})
    void twoRealBlocksPackedAsOneComplexMatchTwoSeparateTransforms(int side) {
        Random rng = new Random(3 * side);
        int cells = side * side;
        int offset = 2;
        int otherOffset = 7;
        double[] a = random(rng, cells);
        double[] b = random(rng, cells);
        GridFft grid = GridFft.of(side);
        CyclicFft.Scratch scratch = grid.newScratch();

        double[] re = new double[offset + cells];
        double[] im = new double[offset + cells];
        System.arraycopy(a, 0, re, offset, cells);
        System.arraycopy(b, 0, im, offset, cells);
        double[] otherRe = new double[otherOffset + cells];
        double[] otherIm = new double[otherOffset + cells];
        grid.forwardRealPair(re, im, offset, otherRe, otherIm, otherOffset, scratch);

        double[] aRe = a.clone();
        double[] aIm = new double[cells];
        grid.forward(aRe, aIm, 0, scratch);
        double[] bRe = b.clone();
        double[] bIm = new double[cells];
        grid.forward(bRe, bIm, 0, scratch);

        double tol = tolerance(side, side);
        for (int k = 0; k < cells; k++) {
            assertEquals(aRe[k], re[offset + k], tol, "Re A at " + k);
            assertEquals(aIm[k], im[offset + k], tol, "Im A at " + k);
            assertEquals(bRe[k], otherRe[otherOffset + k], tol, "Re B at " + k);
            assertEquals(bIm[k], otherIm[otherOffset + k], tol, "Im B at " + k);
        }

        // Back: the pair of Hermitian spectra inverts to L² a and L² b.
        grid.inverseRealPair(re, im, offset, otherRe, otherIm, otherOffset, scratch);
        for (int k = 0; k < cells; k++) {
            assertEquals(cells * a[k], re[offset + k], tol * side, "L² a at " + k);
            assertEquals(cells * b[k], im[offset + k], tol * side, "L² b at " + k);
        }
        assertEquals(bRe[cells - 1], otherRe[otherOffset + cells - 1], tol, "B is left as it was");
    }

    @Test
    void oppositeWaveVectorFoldsBackIntoTheGrid() {
        GridFft grid = GridFft.of(5);
        assertEquals(0, grid.opposite(0));
        assertEquals(4, grid.opposite(1), "(0, 1) → (0, 4)");
        assertEquals(4 * 5 + 3, grid.opposite(1 * 5 + 2), "(1, 2) → (4, 3)");
        assertEquals(2 * 5, grid.opposite(3 * 5), "(3, 0) → (2, 0)");
        assertEquals(0, GridFft.opposite(0, 7));
        assertEquals(6, GridFft.opposite(1, 7));
    }

    @Test
    void blocksThatDoNotFitAreRefused() {
        GridFft grid = GridFft.of(4);
        CyclicFft.Scratch scratch = grid.newScratch();
        assertThrows(IllegalArgumentException.class, () -> grid.forward(new double[16], new double[16], 1, scratch));
        assertThrows(IllegalArgumentException.class, () -> grid.forward(new double[16], new double[15], 0, scratch));
        assertThrows(IllegalArgumentException.class, () -> GridFft.of(0));
    }
}
