package org.fisherscope.fourier;

/**
 * The unnormalised 2-D discrete Fourier transform of an L×L block stored row-major in a double[] from an
 * offset: entry (row, col) at index offset + row·L + col. Forward X(kr, kc) = Σ x(r, c) e^{−2πi (kr·r + kc·c)/L},
 * inverse with e^{+2πi …} and no 1/L² (inverse∘forward = L²·identity). The spectrum uses the same layout,
 * wave vector k = (kr, kc) at offset + kr·L + kc, and −k = ((L − kr) mod L, (L − kc) mod L).
 *
 * <p>Columns are transformed, then rows, each as one batch of L sequences by the length-L {@link CyclicFft}. Immutable and thread-safe;
 * each thread brings its own {@link CyclicFft.Scratch} from {@link #newScratch()}.
 */
public final class GridFft {

    private final int side;
    private final CyclicFft line;

    private GridFft(int side) {
        this.side = side;
        this.line = CyclicFft.of(side);
    }

    public static GridFft of(int side) {
        if (side < 1) {
            throw new IllegalArgumentException("a grid Fourier transform needs a side of at least 1, got " + side);
        }
        return new GridFft(side);
    }

    public int side() {
        return side;
    }

    /** Work buffers for one thread: room for all L columns (or rows) of a block in one batch. */
    public CyclicFft.Scratch newScratch() {
        return line.newScratch(side);
    }

    /** Index of −k for the flat in-block index k = kr·L + kc. */
    public int opposite(int index) {
        int kr = index / side;
        int kc = index - kr * side;
        return opposite(kr, side) * side + opposite(kc, side);
    }

    /** (L − k) mod L: the wave number −k folded back into 0…L−1. */
    public static int opposite(int k, int side) {
        return k == 0 ? 0 : side - k;
    }

    /** In-place forward transform of the complex block (re, im) at offset. */
    public void forward(double[] re, double[] im, int offset, CyclicFft.Scratch scratch) {
        checkBlock(re, im, offset);
        // Columns first, all L at once along contiguous rows; then the rows, gathered as a batch as well.
        line.forwardMany(re, im, offset, side, side, 1, scratch);
        line.forwardMany(re, im, offset, 1, side, side, scratch);
    }

    /** In-place unnormalised inverse transform of the complex block (re, im) at offset. */
    public void inverse(double[] re, double[] im, int offset, CyclicFft.Scratch scratch) {
        forward(im, re, offset, scratch); // swapping real and imaginary parts turns forward into inverse
    }

    /**
     * Forward transforms of two real blocks with one complex transform. On entry re holds the real block a
     * and im the real block b (both at offset); the transform of z = a + i·b gives Z, which splits as
     * A(k) = (Z(k) + conj Z(−k))/2 and B(k) = (Z(k) − conj Z(−k))/(2i). On return (re, im) hold A and
     * (otherRe, otherIm) at otherOffset hold B. The other pair may not overlap the first.
     */
    public void forwardRealPair(double[] re, double[] im, int offset, double[] otherRe, double[] otherIm,
            int otherOffset, CyclicFft.Scratch scratch) {
        checkBlock(otherRe, otherIm, otherOffset);
        forward(re, im, offset, scratch);
        // B first: it only reads Z, which A overwrites afterwards. Row kr pairs with row −kr, column kc with −kc.
        for (int kr = 0; kr < side; kr++) {
            int row = offset + kr * side;
            int mirrorRow = offset + opposite(kr, side) * side;
            int otherRow = otherOffset + kr * side;
            for (int kc = 0; kc < side; kc++) {
                int mirror = mirrorRow + opposite(kc, side);
                double zr = re[row + kc];
                double zi = im[row + kc];
                double wr = re[mirror];
                double wi = im[mirror];
                // (Z − conj W)/(2i) with W = Z(−k): real part (zi + wi)/2, imaginary part −(zr − wr)/2
                otherRe[otherRow + kc] = 0.5 * (zi + wi);
                otherIm[otherRow + kc] = -0.5 * (zr - wr);
            }
        }
        for (int kr = 0; kr < side; kr++) {
            int row = offset + kr * side;
            int mirrorRow = offset + opposite(kr, side) * side;
            for (int kc = 0; kc < side; kc++) {
                int here = row + kc;
                int mirror = mirrorRow + opposite(kc, side);
                if (mirror < here) {
                    continue; // the pair was done at the mirror
                }
                double zr = re[here];
                double zi = im[here];
                double wr = re[mirror];
                double wi = im[mirror];
                // A(k) = (Z + conj W)/2, A(−k) = conj A(k)
                double ar = 0.5 * (zr + wr);
                double ai = 0.5 * (zi - wi);
                re[here] = ar;
                im[here] = ai;
                re[mirror] = ar;
                im[mirror] = -ai;
            }
        }
    }

    /**
     * Unnormalised inverse transforms of two Hermitian spectra (whose inverses are real) with one complex
     * transform. On entry (re, im) hold A and (otherRe, otherIm) at otherOffset hold B; Z = A + i·B is
     * inverted in place, so on return re holds the real block a = F⁻¹A and im the real block b = F⁻¹B
     * (each L² times the normalised inverse). The other pair is left untouched.
     */
    public void inverseRealPair(double[] re, double[] im, int offset, double[] otherRe, double[] otherIm,
            int otherOffset, CyclicFft.Scratch scratch) {
        checkBlock(re, im, offset);
        checkBlock(otherRe, otherIm, otherOffset);
        int cells = side * side;
        for (int k = 0; k < cells; k++) {
            re[offset + k] -= otherIm[otherOffset + k];
            im[offset + k] += otherRe[otherOffset + k];
        }
        inverse(re, im, offset, scratch);
    }

    private void checkBlock(double[] re, double[] im, int offset) {
        long end = offset + (long) side * side;
        if (offset < 0 || end > re.length || end > im.length) {
            throw new IllegalArgumentException("an " + side + "×" + side + " block at offset " + offset
                    + " does not fit arrays of length " + Math.min(re.length, im.length));
        }
    }
}
