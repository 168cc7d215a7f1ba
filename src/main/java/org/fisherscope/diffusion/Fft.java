package org.fisherscope.diffusion;

import org.fisherscope.geometry.InvalidInputException;

/**
 * The orthonormal discrete Fourier transform X_k = N^{−1/2} Σ_n x_n e^{−2πikn/N} by iterative radix-2
 * Cooley–Tukey, in place on separate real and imaginary arrays, and its 2-D form (rows, then columns).
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
        // Bit-reversal permutation.
        for (int i = 1, j = 0; i < n; i++) {
            int bit = n >> 1;
            for (; (j & bit) != 0; bit >>= 1) {
                j ^= bit;
            }
            j ^= bit;
            if (i < j) {
                double t = re[i];
                re[i] = re[j];
                re[j] = t;
                t = im[i];
                im[i] = im[j];
                im[j] = t;
            }
        }
        for (int len = 2; len <= n; len <<= 1) {
            double angle = -2 * Math.PI / len;
            int half = len >> 1;
            for (int k = 0; k < half; k++) {
                // Twiddles from sin/cos directly rather than by recurrence: no error growth with n.
                double wr = Math.cos(angle * k);
                double wi = Math.sin(angle * k);
                for (int start = k; start < n; start += len) {
                    int other = start + half;
                    double xr = re[other] * wr - im[other] * wi;
                    double xi = re[other] * wi + im[other] * wr;
                    re[other] = re[start] - xr;
                    im[other] = im[start] - xi;
                    re[start] += xr;
                    im[start] += xi;
                }
            }
        }
        double scale = 1 / Math.sqrt(n);
        for (int i = 0; i < n; i++) {
            re[i] *= scale;
            im[i] *= scale;
        }
    }

    /** In-place 2-D transform of a square N × N array stored row-major (index = row·N + column). */
    public static void transform2d(double[] re, double[] im, int n) {
        if (re.length != n * n || im.length != n * n) {
            throw new IllegalArgumentException("need " + n * n + " values");
        }
        double[] rowRe = new double[n];
        double[] rowIm = new double[n];
        for (int r = 0; r < n; r++) {
            System.arraycopy(re, r * n, rowRe, 0, n);
            System.arraycopy(im, r * n, rowIm, 0, n);
            transform(rowRe, rowIm);
            System.arraycopy(rowRe, 0, re, r * n, n);
            System.arraycopy(rowIm, 0, im, r * n, n);
        }
        for (int c = 0; c < n; c++) {
            for (int r = 0; r < n; r++) {
                rowRe[r] = re[r * n + c];
                rowIm[r] = im[r * n + c];
            }
            transform(rowRe, rowIm);
            for (int r = 0; r < n; r++) {
                re[r * n + c] = rowRe[r];
                im[r * n + c] = rowIm[r];
            }
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
