package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Spectrum estimation on images whose spectra are known. */
class ImageSpectrumTest {

    /** Parseval and a single cosine are exact up to rounding. */
    private static final double ROUNDING = 1e-9;

    @Test
    void aCosineWavePutsItsPowerOnItsOwnFrequencyAndParsevalHolds() {
        int n = 32;
        double amplitude = 0.25;
        double[][][] pixels = new double[1][n + 5][n + 9];
        for (int r = 0; r < pixels[0].length; r++) {
            for (int c = 0; c < pixels[0][0].length; c++) {
                // Luminance 2y − 1 = amplitude·cos(2π·3·(c − left)/n): a 3-cycle wave across the centred crop.
                int left = 4;
                pixels[0][r][c] = 0.5 + 0.5 * amplitude * Math.cos(2 * Math.PI * 3 * (c - left) / n);
            }
        }
        ImageSpectrum s = ImageSpectrum.estimate(pixels, "luminance", 0.0086, "wave");
        assertEquals(n, s.side());
        double[] p = s.periodogram();
        // Energy n²·a²/2 split between (fy, fx) = (0, ±3).
        double expected = n * n * amplitude * amplitude / 4;
        assertEquals(expected, p[3], ROUNDING);
        assertEquals(expected, p[n - 3], ROUNDING);
        double total = 0;
        for (double v : p) {
            total += v;
        }
        assertEquals(2 * expected, total, ROUNDING, "Parseval: all energy in the two bins");
    }

    @Test
    void whiteNoiseHasAFlatSpectrumAtItsVariance() {
        int n = 128;
        Random random = new Random(3);
        double sd = 0.1;
        double[][][] pixels = new double[1][n][n];
        for (int r = 0; r < n; r++) {
            for (int c = 0; c < n; c++) {
                pixels[0][r][c] = 0.5 + 0.5 * sd * random.nextGaussian();
            }
        }
        ImageSpectrum s = ImageSpectrum.estimate(pixels, "luminance", 0.0086, "noise");
        double[] rings = s.ringMeans();
        // Ring r averages ~2πr periodogram values, each exponential with mean sd²: relative error ~1/√(2πr).
        for (int r = 10; r <= n / 2; r += 9) {
            assertEquals(sd * sd, rings[r], 5 * sd * sd / Math.sqrt(2 * Math.PI * r), "ring " + r);
        }
        assertEquals(0, s.fit().m(), 0.1, "a flat spectrum fits m ≈ 0");
    }

    @Test
    void aPowerLawImageIsRecoveredByTheFit() {
        // Synthesise a field with spectrum |f|^−2 by shaping white noise in Fourier space.
        int n = 256;
        Random random = new Random(5);
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        for (int i = 0; i < re.length; i++) {
            re[i] = random.nextGaussian();
        }
        Fft.transform2d(re, im, n);
        FrequencyGrid grid = FrequencyGrid.of(n, 2);
        for (int i = 1; i < re.length; i++) {
            double gain = 1e-2 / grid.radius(i);
            re[i] *= gain;
            im[i] *= gain;
        }
        re[0] = 0;
        im[0] = 0;
        Fft.inverse2d(re, im, n);
        double[][][] pixels = new double[1][n][n];
        for (int i = 0; i < re.length; i++) {
            pixels[0][i / n][i % n] = 0.5 + 0.5 * re[i];
        }
        ImageSpectrum s = ImageSpectrum.estimate(pixels, "luminance", 0.0086, "field");
        assertEquals(2, s.fit().m(), 0.05, "slope");
        assertTrue(s.fitR2() > 0.99, "R² " + s.fitR2());
    }

    @Test
    void largeCropsAreAveragedDownAndTinyImagesRefused() {
        double[][][] big = new double[3][1100][1500];
        Random random = new Random(1);
        for (double[][] channel : big) {
            for (double[] row : channel) {
                for (int c = 0; c < row.length; c++) {
                    row[c] = random.nextDouble();
                }
            }
        }
        ImageSpectrum s = ImageSpectrum.estimate(big, "green", 0.0086, "big");
        assertEquals(ImageSpectrum.MAX_SIDE, s.side());
        assertEquals(2, s.downsampling());
        assertThrows(InvalidInputException.class, () -> ImageSpectrum.estimate(new double[1][1][1], "luminance", 0, "one"));
        assertThrows(InvalidInputException.class, () -> ImageSpectrum.estimate(new double[1][20][20], "red", 0, "grey"));
        ImageSpectrum flat = ImageSpectrum.estimate(new double[1][32][32], "luminance", 0, "flat");
        assertThrows(InvalidInputException.class, () -> flat.spectrum(ImageSpectrum.Use.RINGS));
        assertThrows(InvalidInputException.class, () -> flat.spectrum(ImageSpectrum.Use.FIT));
    }
}
