package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The radix-2 FFT against the O(N²) definition, and its identities. */
class FftTest {

    /** O(log N) rounding growth on values of order 1. */
    private static final double ROUNDING = 1e-12;

    @Test
    void oneDimensionalTransformEqualsTheNaiveDft() {
        Random random = new Random(7);
        for (int n : new int[] {1, 2, 4, 8, 64, 256}) {
            double[] re = new double[n];
            double[] im = new double[n];
            for (int i = 0; i < n; i++) {
                re[i] = random.nextGaussian();
                im[i] = random.nextGaussian();
            }
            double[][] naive = naive(re, im);
            double[] fr = re.clone();
            double[] fi = im.clone();
            Fft.transform(fr, fi);
            for (int k = 0; k < n; k++) {
                assertEquals(naive[0][k], fr[k], ROUNDING, "re, n = " + n + ", k = " + k);
                assertEquals(naive[1][k], fi[k], ROUNDING, "im, n = " + n + ", k = " + k);
            }
        }
    }

    @Test
    void twoDimensionalTransformEqualsTheNaiveDoubleSumAndInvertsExactly() {
        int n = 8;
        Random random = new Random(11);
        double[] re = new double[n * n];
        for (int i = 0; i < re.length; i++) {
            re[i] = random.nextGaussian();
        }
        double[] fr = re.clone();
        double[] fi = new double[n * n];
        Fft.transform2d(fr, fi, n);
        for (int ky = 0; ky < n; ky++) {
            for (int kx = 0; kx < n; kx++) {
                double sr = 0;
                double si = 0;
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        double angle = -2 * Math.PI * ((double) kx * x + (double) ky * y) / n;
                        sr += re[y * n + x] * Math.cos(angle);
                        si += re[y * n + x] * Math.sin(angle);
                    }
                }
                assertEquals(sr / n, fr[ky * n + kx], ROUNDING);
                assertEquals(si / n, fi[ky * n + kx], ROUNDING);
            }
        }
        double energy = 0;
        double spectral = 0;
        for (int i = 0; i < re.length; i++) {
            energy += re[i] * re[i];
            spectral += fr[i] * fr[i] + fi[i] * fi[i];
        }
        assertEquals(energy, spectral, ROUNDING * energy, "Parseval");
        Fft.inverse2d(fr, fi, n);
        for (int i = 0; i < re.length; i++) {
            assertEquals(re[i], fr[i], ROUNDING);
            assertEquals(0, fi[i], ROUNDING);
        }
    }

    @Test
    void lengthsThatAreNotPowersOfTwoAreRefused() {
        assertThrows(InvalidInputException.class, () -> Fft.transform(new double[6], new double[6]));
    }

    private static double[][] naive(double[] re, double[] im) {
        int n = re.length;
        double[][] out = new double[2][n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                double angle = -2 * Math.PI * k * j / n;
                double c = Math.cos(angle);
                double s = Math.sin(angle);
                out[0][k] += re[j] * c - im[j] * s;
                out[1][k] += re[j] * s + im[j] * c;
            }
            out[0][k] /= Math.sqrt(n);
            out[1][k] /= Math.sqrt(n);
        }
        return out;
    }
}
