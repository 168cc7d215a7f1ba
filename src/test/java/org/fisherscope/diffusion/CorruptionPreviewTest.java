package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** The forward process in Fourier space against its end points, Parseval, and a naive DFT. */
class CorruptionPreviewTest {

    /** Round-off of a forward and an inverse radix-2 FFT of 16² or 32² values of order 1. */
    private static final double FFT_ROUND_OFF = 1e-12;
    /** Orthonormal transforms keep sums of squares to round-off. */
    private static final double PARSEVAL_RELATIVE = 1e-11;
    /** Five standard errors: a statistical check that fails by chance about once in 3 million runs. */
    private static final double STANDARD_ERRORS = 5;

    private static double[][] randomImage(int channels, int n, long seed) {
        Random random = new Random(seed);
        double[][] image = new double[channels][n * n];
        for (double[] c : image) {
            for (int i = 0; i < c.length; i++) {
                c[i] = 2 * random.nextDouble() - 1;
            }
        }
        return image;
    }

    private static void assertClose(double[][] expected, double[][] actual, double tolerance, String what) {
        assertEquals(expected.length, actual.length, what);
        for (int c = 0; c < expected.length; c++) {
            for (int i = 0; i < expected[c].length; i++) {
                assertEquals(expected[c][i], actual[c][i], tolerance, what + " channel " + c + " pixel " + i);
            }
        }
    }

    @Test
    void atTimeZeroTheImageComesBackExactly() {
        Spectrum spectrum = PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 2));
        double[][] image = randomImage(3, 32, 1);
        CorruptionPreview preview = CorruptionPreview.of(image, spectrum, 7);
        for (Schedule s : List.of(new ShortestPathSchedule(), new LinearSchedule(), new CosineSchedule())) {
            assertClose(image, preview.corrupted(s, 0), FFT_ROUND_OFF, s.id() + " total");
            CorruptionPreview.Parts parts = preview.at(s, 0);
            assertClose(image, parts.signal(), FFT_ROUND_OFF, s.id() + " signal");
            for (double[] c : parts.noise()) {
                for (double v : c) {
                    assertEquals(0, v, 0, "σ(0) = 0 exactly for " + s.id());
                }
            }
        }
    }

    @Test
    void atTimeOneShortestPathLeavesOnlyTheWhiteNoise() {
        Spectrum spectrum = PowerLaw.CIFAR10.on(FrequencyGrid.of(16, 2));
        CorruptionPreview preview = CorruptionPreview.of(randomImage(3, 16, 2), spectrum, 11);
        assertClose(preview.noise(), preview.corrupted(new ShortestPathSchedule(), 1), FFT_ROUND_OFF, "x_1");
        // The noise is the seed's: the same seed gives the same field, another seed another one.
        assertArrayEquals(preview.noise()[0], CorruptionPreview.of(randomImage(3, 16, 99), spectrum, 11).noise()[0]);
        assertTrue(preview.noise()[0][0] != CorruptionPreview.of(randomImage(3, 16, 2), spectrum, 12).noise()[0][0]);
    }

    @Test
    void signalPlusNoiseIsTheCorruptedImage() {
        Spectrum spectrum = PowerLaw.CIFAR10.on(FrequencyGrid.of(16, 2));
        CorruptionPreview preview = CorruptionPreview.of(randomImage(1, 16, 3), spectrum, 5);
        for (Schedule s : List.of(new ShortestPathSchedule(), new BlurringSchedule(), new LinearSchedule())) {
            assertClose(preview.corrupted(s, 0.37), preview.at(s, 0.37).total(), FFT_ROUND_OFF, s.id());
        }
    }

    /**
     * Parseval: the noise part's sum of squares equals Σ_f σ_f²|E_f|² with |E_f|² from the pixel noise by a
     * direct DFT, and its expectation is Σ_f σ_f² (white unit noise has E|E_f|² = 1); the second is checked
     * over all channels with the variance of Σ σ_f²|E_f|² for a real white field.
     */
    @Test
    void noisePartHasTheScheduleVariance() {
        int n = 32;
        Spectrum spectrum = PowerLaw.CIFAR10.on(FrequencyGrid.of(n, 2));
        int channels = 40;
        CorruptionPreview preview = CorruptionPreview.of(randomImage(channels, n, 4), spectrum, 21);
        Schedule spd = new ShortestPathSchedule();
        double t = 0.4;
        double[][] noisePart = preview.at(spd, t).noise();
        double[] sigma = preview.gainsAndDeviations(spd, t)[1];
        double[][] white = preview.noise();
        double expected = 0;
        double varianceOfSum = 0;
        for (int i = 0; i < sigma.length; i++) {
            double s2 = sigma[i] * sigma[i];
            expected += s2;
            // |E_f|² of a real white field: Exp(1) for f ≠ −f, but E_−f is its conjugate, so the pair adds
            // 2σ²·Exp(1) (variance 4σ⁴, 2σ⁴ per member); where f = −f, E_f is real N(0, 1): χ²₁, variance 2.
            varianceOfSum += 2 * s2 * s2;
        }
        double total = 0;
        for (int c = 0; c < channels; c++) {
            double[] re = white[c].clone();
            double[] im = new double[re.length];
            naiveDft2d(re, im, n, -1);
            double weighted = 0;
            double squares = 0;
            for (int i = 0; i < re.length; i++) {
                weighted += sigma[i] * sigma[i] * (re[i] * re[i] + im[i] * im[i]);
                squares += noisePart[c][i] * noisePart[c][i];
            }
            assertEquals(weighted, squares, PARSEVAL_RELATIVE * weighted, "Parseval, channel " + c);
            total += squares;
        }
        double mean = total / channels;
        double standardError = Math.sqrt(varianceOfSum / channels);
        assertEquals(expected, mean, STANDARD_ERRORS * standardError,
                "mean noise energy against Σσ² = " + expected);
    }

    @Test
    void agreesWithANaiveDftOnASmallGrid() {
        int n = 8;
        Spectrum spectrum = new PowerLaw(2.0, 0.5, 1.5).on(FrequencyGrid.of(n, 2));
        double[][] image = randomImage(2, n, 8);
        CorruptionPreview preview = CorruptionPreview.of(image, spectrum, 3);
        Schedule blur = new BlurringSchedule();
        double t = 0.55;
        double[][] filters = preview.gainsAndDeviations(blur, t);
        double[][] expected = new double[2][];
        for (int c = 0; c < 2; c++) {
            double[] xr = image[c].clone();
            double[] xi = new double[n * n];
            naiveDft2d(xr, xi, n, -1);
            double[] er = preview.noise()[c];
            double[] ei = new double[n * n];
            naiveDft2d(er, ei, n, -1);
            double[] re = new double[n * n];
            double[] im = new double[n * n];
            for (int i = 0; i < re.length; i++) {
                re[i] = filters[0][i] * xr[i] + filters[1][i] * er[i];
                im[i] = filters[0][i] * xi[i] + filters[1][i] * ei[i];
            }
            naiveDft2d(re, im, n, +1);
            for (double v : im) {
                assertEquals(0, v, FFT_ROUND_OFF, "even filters give a real image");
            }
            expected[c] = re;
        }
        assertClose(expected, preview.corrupted(blur, t), FFT_ROUND_OFF, "blur at t = 0.55");
        // The filters themselves from the schedule's own formula: a = √(cos²φ)·d_f at |f| = 1.
        double[] out = new double[4];
        blur.evaluate(t, 1, n, spectrum.power(1), out);
        assertEquals(Math.sqrt(out[Schedule.GAIN]), filters[0][1], 0);
    }

    @Test
    void aSampleOfTheModelHasItsSpectrum() {
        int n = 64;
        Spectrum spectrum = new PowerLaw(1, 1, 2).on(FrequencyGrid.of(n, 2));
        CorruptionPreview sample = CorruptionPreview.sample(spectrum, 5);
        assertTrue(sample.synthetic());
        double[] x = sample.original()[0];
        // Expected pixel variance: Σ_f S_f / N² (orthonormal FFT of a field with independent coefficients).
        double expected = 0;
        for (int i = 0; i < n * n; i++) {
            expected += spectrum.power(i);
        }
        expected /= n * n;
        double squares = 0;
        for (double v : x) {
            squares += v * v;
        }
        // Σx² = Σ S_f|W_f|²; its relative SD is √(Σ2S²)/ΣS, about 0.22 here.
        double sumSquares = 0;
        double sum = 0;
        for (int i = 0; i < n * n; i++) {
            sumSquares += 2 * spectrum.power(i) * spectrum.power(i);
            sum += spectrum.power(i);
        }
        double relativeSd = Math.sqrt(sumSquares) / sum;
        assertEquals(1, squares / (n * n) / expected, STANDARD_ERRORS * relativeSd);
        assertClose(sample.original(), sample.corrupted(new ShortestPathSchedule(), 0), FFT_ROUND_OFF, "t = 0");
    }

    @Test
    void badInputIsExplained() {
        Spectrum plane = PowerLaw.CIFAR10.on(FrequencyGrid.of(16, 2));
        assertThrows(InvalidInputException.class, () -> CorruptionPreview.of(randomImage(1, 8, 1), plane, 1));
        assertThrows(InvalidInputException.class, () -> CorruptionPreview.of(new double[0][], plane, 1));
        Spectrum line = PowerLaw.CIFAR10.on(FrequencyGrid.of(16, 1));
        assertThrows(InvalidInputException.class, () -> CorruptionPreview.sample(line, 1));
        Spectrum odd = PowerLaw.CIFAR10.on(FrequencyGrid.of(12, 2));
        assertThrows(InvalidInputException.class, () -> CorruptionPreview.sample(odd, 1));
        CorruptionPreview preview = CorruptionPreview.of(randomImage(1, 16, 1), plane, 1);
        assertThrows(InvalidInputException.class, () -> preview.corrupted(new ShortestPathSchedule(), 1.5));
    }

    /** X_k = N^{−1} Σ_n x_n e^{sign·2πi k·n/N} over both axes (orthonormal: 1/√N per axis), in place. */
    static void naiveDft2d(double[] re, double[] im, int n, int sign) {
        double[] outRe = new double[n * n];
        double[] outIm = new double[n * n];
        for (int ky = 0; ky < n; ky++) {
            for (int kx = 0; kx < n; kx++) {
                double sr = 0;
                double si = 0;
                for (int y = 0; y < n; y++) {
                    for (int x = 0; x < n; x++) {
                        double angle = sign * 2 * Math.PI * ((double) ky * y + (double) kx * x) / n;
                        double c = Math.cos(angle);
                        double s = Math.sin(angle);
                        int i = y * n + x;
                        sr += re[i] * c - im[i] * s;
                        si += re[i] * s + im[i] * c;
                    }
                }
                outRe[ky * n + kx] = sr / n;
                outIm[ky * n + kx] = si / n;
            }
        }
        System.arraycopy(outRe, 0, re, 0, re.length);
        System.arraycopy(outIm, 0, im, 0, im.length);
    }
}
