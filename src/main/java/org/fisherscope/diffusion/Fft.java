package org.fisherscope.diffusion;

import org.fisherscope.fourier.CyclicFft;
import org.fisherscope.fourier.GridFft;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The orthonormal discrete Fourier transform X_k = N^{−1/2} Σ_n x_n e^{−2πikn/N} of power-of-two lengths (the
 * image pipeline's sizes), in place on separate real and imaginary arrays, and its 2-D form: the shared
 * {@link CyclicFft} and {@link GridFft} with the orthonormal scale.
 * Orthonormal scaling keeps Parseval exact: Σ|x|² = Σ|X|², so white noise of unit variance has a flat
 * unit spectrum.
 */
public final class Fft {

    private Fft() {
    }

    public static boolean isPowerOfTwo(int n) {
        return n > 0 && (n & (n - 1)) == 0;
    }

    /** In-place forward transform of one sequence whose length is a power of two. */
    public static void transform(double[] re, double[] im) {
        int n = re.length;
        if (!isPowerOfTwo(n) || im.length != n) {
            throw new InvalidInputException("the FFT needs a power-of-two length, got " + n);
        }
        CyclicFft fft = CyclicFft.of(n);
        fft.forward(re, im, 0, 1, fft.newScratch());
        scale(re, im, 1 / Math.sqrt(n));
    }

    /** In-place 2-D transform of a square N × N array stored row-major (index = row·N + column). */
    public static void transform2d(double[] re, double[] im, int n) {
        if (re.length != n * n || im.length != n * n) {
            throw new IllegalArgumentException("need " + n * n + " values");
        }
        GridFft fft = GridFft.of(n);
        fft.forward(re, im, 0, fft.newScratch());
        scale(re, im, 1.0 / n);
    }

    private static void scale(double[] re, double[] im, double factor) {
        for (int i = 0; i < re.length; i++) {
            re[i] *= factor;
            im[i] *= factor;
        }
    }

    /** In-place inverse of {@link #transform2d} (orthonormal: the inverse is the conjugate transform). */
    public static void inverse2d(double[] re, double[] im, int n) {
        for (int i = 0; i < im.length; i++) {
            im[i] = -im[i];
        }
        transform2d(re, im, n);
        for (int i = 0; i < im.length; i++) {
            im[i] = -im[i];
        }
    }
}
