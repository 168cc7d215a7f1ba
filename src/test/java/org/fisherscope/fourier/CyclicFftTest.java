package org.fisherscope.fourier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The fast transform against the O(N²) definition and the identities any DFT must satisfy. */
class CyclicFftTest {

    /**
     * Per unit of (1 + ln N) and of max|x|: a fast transform's rounding grows like log N passes of a few ulps
     * on outputs of size up to √N·max|x|, and the direct sum adds its own; 1e-13 leaves a margin of ~10.
     */
    static final double ROUNDING_PER_LOG = 1e-13;

    /** Lengths with every radix path: 1…130 (all small primes, Bluestein from 37), and 3^5, 5^4, 2^8. */
    static Stream<Integer> lengths() {
        return Stream.concat(IntStream.rangeClosed(1, 130).boxed(), Stream.of(243, 256, 625));
    }

    static double tolerance(int n, double scale) {
        return ROUNDING_PER_LOG * (1 + Math.log(n)) * scale;
    }

    /** The definition, with angles reduced exactly (jk mod N) so the reference carries no phase drift. */
    static double[][] directDft(double[] re, double[] im, int sign) {
        int n = re.length;
        double[] outRe = new double[n];
        double[] outIm = new double[n];
        for (int k = 0; k < n; k++) {
            double sr = 0;
            double si = 0;
            for (int j = 0; j < n; j++) {
                double angle = sign * 2 * Math.PI * (((long) j * k) % n) / n;
                double c = Math.cos(angle);
                double s = Math.sin(angle);
                sr += re[j] * c - im[j] * s;
                si += re[j] * s + im[j] * c;
            }
            outRe[k] = sr;
            outIm[k] = si;
        }
        return new double[][] {outRe, outIm};
    }

    static double[] randomArray(Random random, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = 2 * random.nextDouble() - 1;
        }
        return a;
    }

    static double maxAbs(double[] re, double[] im) {
        double m = 0;
        for (int i = 0; i < re.length; i++) {
            m = Math.max(m, Math.hypot(re[i], im[i]));
        }
        return m;
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void forwardAndInverseAgreeWithTheDefinition(int n) {
        Random random = new Random(n);
        double[] re = randomArray(random, n);
        double[] im = randomArray(random, n);
        double tol = tolerance(n, maxAbs(re, im));
        CyclicFft plan = CyclicFft.of(n);
        CyclicFft.Scratch scratch = plan.newScratch();
        for (int sign : new int[] {-1, 1}) {
            double[][] expected = directDft(re, im, sign);
            double[] fr = re.clone();
            double[] fi = im.clone();
            if (sign < 0) {
                plan.forward(fr, fi, 0, 1, scratch);
            } else {
                plan.inverse(fr, fi, 0, 1, scratch);
            }
            for (int k = 0; k < n; k++) {
                assertEquals(expected[0][k], fr[k], tol, "N = " + n + ", sign " + sign + ", Re X_" + k);
                assertEquals(expected[1][k], fi[k], tol, "N = " + n + ", sign " + sign + ", Im X_" + k);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("lengths")
    void inverseOfForwardIsNTimesIdentityAndParsevalHolds(int n) {
        Random random = new Random(1000 + n);
        double[] re = randomArray(random, n);
        double[] im = randomArray(random, n);
        CyclicFft plan = CyclicFft.of(n);
        CyclicFft.Scratch scratch = plan.newScratch();
        double[] xr = re.clone();
        double[] xi = im.clone();
        plan.forward(xr, xi, 0, 1, scratch);
        double energy = 0;
        double spectralEnergy = 0;
        for (int k = 0; k < n; k++) {
            energy += re[k] * re[k] + im[k] * im[k];
            spectralEnergy += xr[k] * xr[k] + xi[k] * xi[k];
        }
        assertEquals(n * energy, spectralEnergy, tolerance(n, 1) * n * energy, "Parseval: Σ|X|² = N Σ|x|²");
        plan.inverse(xr, xi, 0, 1, scratch);
        double tol = tolerance(n, maxAbs(re, im)) * n;
        for (int j = 0; j < n; j++) {
            assertEquals(n * re[j], xr[j], tol, "N = " + n + ", Re x_" + j);
            assertEquals(n * im[j], xi[j], tol, "N = " + n + ", Im x_" + j);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 7, 12, 31, 37, 96, 97, 127, 128, 625})
    void aShiftedDeltaGivesThePhaseRamp(int n) {
        CyclicFft plan = CyclicFft.of(n);
        CyclicFft.Scratch scratch = plan.newScratch();
        int shift = (3 * n) / 7;
        double[] re = new double[n];
        double[] im = new double[n];
        re[shift] = 1;
        plan.forward(re, im, 0, 1, scratch);
        double tol = tolerance(n, 1);
        for (int k = 0; k < n; k++) {
            double angle = -2 * Math.PI * (((long) k * shift) % n) / n;
            assertEquals(Math.cos(angle), re[k], tol, "N = " + n + ": Re e^{−2πi k s/N} at k = " + k);
            assertEquals(Math.sin(angle), im[k], tol, "N = " + n + ": Im e^{−2πi k s/N} at k = " + k);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {6, 35, 96, 101})
    void theTransformIsLinear(int n) {
        Random random = new Random(7 * n);
        double[][] x = {randomArray(random, n), randomArray(random, n)};
        double[][] y = {randomArray(random, n), randomArray(random, n)};
        double a = 0.75;
        double b = -2.5;
        CyclicFft plan = CyclicFft.of(n);
        CyclicFft.Scratch scratch = plan.newScratch();
        double[] cr = new double[n];
        double[] ci = new double[n];
        for (int j = 0; j < n; j++) {
            cr[j] = a * x[0][j] + b * y[0][j];
            ci[j] = a * x[1][j] + b * y[1][j];
        }
        plan.forward(x[0], x[1], 0, 1, scratch);
        plan.forward(y[0], y[1], 0, 1, scratch);
        plan.forward(cr, ci, 0, 1, scratch);
        double tol = tolerance(n, Math.sqrt(n) * (Math.abs(a) + Math.abs(b)));
        for (int k = 0; k < n; k++) {
            assertEquals(a * x[0][k] + b * y[0][k], cr[k], tol);
            assertEquals(a * x[1][k] + b * y[1][k], ci[k], tol);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 24, 97})
    void stridedAccessTransformsOnlyItsElementsAndMatchesContiguous(int n) {
        Random random = new Random(11 * n);
        int offset = 3;
        int stride = 4;
        int size = offset + (n - 1) * stride + 2;
        double[] re = randomArray(random, size);
        double[] im = randomArray(random, size);
        double[] before = re.clone();
        double[] beforeIm = im.clone();
        double[] cr = new double[n];
        double[] ci = new double[n];
        for (int j = 0; j < n; j++) {
            cr[j] = re[offset + j * stride];
            ci[j] = im[offset + j * stride];
        }
        CyclicFft plan = CyclicFft.of(n);
        CyclicFft.Scratch scratch = plan.newScratch();
        plan.forward(re, im, offset, stride, scratch);
        plan.forward(cr, ci, 0, 1, scratch);
        for (int i = 0; i < size; i++) {
            boolean inSequence = i >= offset && (i - offset) % stride == 0 && (i - offset) / stride < n;
            if (inSequence) {
                // The same arithmetic on the same values in the same order: identical bits.
                assertEquals(cr[(i - offset) / stride], re[i], 0.0);
                assertEquals(ci[(i - offset) / stride], im[i], 0.0);
            } else {
                assertEquals(before[i], re[i], 0.0, "element " + i + " is not in the sequence");
                assertEquals(beforeIm[i], im[i], 0.0, "element " + i + " is not in the sequence");
            }
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 12, 35, 49, 97, 128})
    void aBatchOfSequencesEqualsOneTransformPerSequence(int n) {
        Random random = new Random(13 * n);
        int count = 5;
        int offset = 2;
        CyclicFft plan = CyclicFft.of(n);
        CyclicFft.Scratch batch = plan.newScratch(count);
        CyclicFft.Scratch single = plan.newScratch();
        // Columns of an n×count block (element stride count, sequence stride 1), then rows of a count×n block.
        int[][] layouts = {{count, 1}, {1, n}};
        for (int[] layout : layouts) {
            int elementStride = layout[0];
            int sequenceStride = layout[1];
            int size = offset + n * count + 3;
            double[] re = randomArray(random, size);
            double[] im = randomArray(random, size);
            double[] one = re.clone();
            double[] oneIm = im.clone();
            plan.forwardMany(re, im, offset, elementStride, count, sequenceStride, batch);
            for (int c = 0; c < count; c++) {
                plan.forward(one, oneIm, offset + c * sequenceStride, elementStride, single);
            }
            for (int i = 0; i < size; i++) {
                // Same butterflies on the same values whichever order the sequences are visited: identical bits.
                assertEquals(one[i], re[i], 0.0, "N = " + n + ", layout " + elementStride + "/" + sequenceStride);
                assertEquals(oneIm[i], im[i], 0.0, "N = " + n + ", layout " + elementStride + "/" + sequenceStride);
            }
            plan.inverseMany(re, im, offset, elementStride, count, sequenceStride, batch);
            double tol = tolerance(n, 2) * n;
            for (int c = 0; c < count; c++) {
                plan.inverse(one, oneIm, offset + c * sequenceStride, elementStride, single);
            }
            for (int i = 0; i < size; i++) {
                assertEquals(one[i], re[i], tol);
                assertEquals(oneIm[i], im[i], tol);
            }
        }
    }

    @Test
    void twoThreadsSharingAPlanGetTheSameResult() throws Exception {
        CyclicFft plan = CyclicFft.of(97);
        double[] re = randomArray(new Random(5), 97);
        double[] im = randomArray(new Random(6), 97);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<double[]> first = pool.submit(() -> repeatedForward(plan, re, im));
            Future<double[]> second = pool.submit(() -> repeatedForward(plan, re, im));
            double[] a = first.get();
            double[] b = second.get();
            for (int i = 0; i < a.length; i++) {
                assertEquals(a[i], b[i], 0.0, "per-thread scratch: no shared mutable state");
            }
        } finally {
            pool.shutdown();
        }
    }

    private static double[] repeatedForward(CyclicFft plan, double[] re, double[] im) {
        CyclicFft.Scratch scratch = plan.newScratch();
        double[] r = null;
        for (int t = 0; t < 2000; t++) {
            r = re.clone();
            plan.forward(r, im.clone(), 0, 1, scratch);
        }
        return r;
    }

    @Test
    void largePrimeFactorsGoThroughChirpZAndSmallOnesDoNot() {
        assertFalse(CyclicFft.of(96).usesChirpZ());
        assertFalse(CyclicFft.of(31).usesChirpZ());
        assertFalse(CyclicFft.of(625).usesChirpZ());
        assertTrue(CyclicFft.of(37).usesChirpZ());
        assertTrue(CyclicFft.of(2 * 97).usesChirpZ());
        assertSame(CyclicFft.of(96), CyclicFft.of(96), "plans are cached");
        assertEquals(96, CyclicFft.of(96).length());
    }

    @Test
    void badInputIsRefusedWithAMessage() {
        assertThrows(IllegalArgumentException.class, () -> CyclicFft.of(0));
        assertThrows(IllegalArgumentException.class, () -> CyclicFft.of(CyclicFft.LONGEST + 1));
        CyclicFft plan = CyclicFft.of(8);
        CyclicFft.Scratch foreign = CyclicFft.of(9).newScratch();
        double[] re = new double[8];
        double[] im = new double[8];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> plan.forward(re, im, 0, 1, foreign));
        assertTrue(e.getMessage().contains("another transform length"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> plan.forward(re, im, 1, 1, plan.newScratch()));
        assertThrows(IllegalArgumentException.class, () -> plan.forward(re, im, 0, 2, plan.newScratch()));
        assertThrows(IllegalArgumentException.class, () -> plan.forward(re, im, 0, 0, plan.newScratch()));
        IllegalArgumentException small = assertThrows(IllegalArgumentException.class,
                () -> CyclicFft.of(2).forwardMany(re, im, 0, 4, 4, 1, CyclicFft.of(2).newScratch(3)));
        assertTrue(small.getMessage().contains("newScratch(4)"), small.getMessage());
    }
}
