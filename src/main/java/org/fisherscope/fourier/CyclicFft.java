package org.fisherscope.fourier;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * An immutable, thread-safe plan for the unnormalised discrete Fourier transform of one length N ≥ 1:
 * forward X_k = Σ_j x_j e^{−2πi jk/N}, inverse x_j = Σ_k X_k e^{+2πi jk/N} (so inverse∘forward = N·identity).
 *
 * <p>Lengths whose prime factors are all at most {@value #LARGEST_DIRECT_PRIME} go through a mixed-radix
 * Stockham (self-sorting) Cooley–Tukey with dedicated radix-2, 3, 4 and 5 butterflies and a generic odd
 * radix; any other length (for example the primes 97, 101, 127) goes through Bluestein's chirp-z, a
 * power-of-two convolution, so every N costs O(N log N). All twiddles come from cos/sin of exactly reduced
 * angles ((j·k) mod N), never from recurrences, so rounding does not accumulate along a table.
 *
 * <p>The data are N complex numbers re[offset + k·stride], im[offset + k·stride] transformed in place, or
 * a batch of such sequences ({@link #forwardMany}, e.g. all columns of a block), whose passes then run along
 * long contiguous loops. The work buffers live in a {@link Scratch} that each thread makes once, so a call
 * allocates nothing.
 */
public final class CyclicFft {

    /** Prime factors up to this go through the O(p²) generic butterfly; beyond, Bluestein is cheaper. */
    public static final int LARGEST_DIRECT_PRIME = 32;

    /** Bluestein pads to a power of two ≥ 2N − 1, which must stay a valid array length. */
    public static final int LONGEST = 1 << 28;

    private static final ConcurrentMap<Integer, CyclicFft> PLANS = new ConcurrentHashMap<>();

    private final int length;
    /** The Stockham passes in order, empty for Bluestein plans and for N = 1. */
    private final Pass[] passes;
    private final int largestGenericRadix;
    private final Bluestein bluestein;

    private CyclicFft(int length) {
        this.length = length;
        int[] factors = factorsInPassOrder(length);
        int largestPrime = 1;
        for (int f : factors) {
            largestPrime = Math.max(largestPrime, f == 4 ? 2 : f);
        }
        if (largestPrime > LARGEST_DIRECT_PRIME) {
            passes = new Pass[0];
            largestGenericRadix = 0;
            bluestein = new Bluestein(length);
        } else {
            passes = new Pass[factors.length];
            int stride = 1;
            int generic = 0;
            for (int i = 0; i < factors.length; i++) {
                passes[i] = new Pass(factors[i], length / (stride * factors[i]), stride, length);
                stride *= factors[i];
                if (factors[i] > 5) {
                    generic = Math.max(generic, factors[i]);
                }
            }
            largestGenericRadix = generic;
            bluestein = null;
        }
    }

    /** The plan for length n (plans are cached and shared, they are immutable). */
    public static CyclicFft of(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a Fourier transform needs a length of at least 1, got " + n);
        }
        if (n > LONGEST) {
            throw new IllegalArgumentException("transform lengths up to " + LONGEST + " are supported, got " + n);
        }
        CyclicFft plan = PLANS.get(n);
        if (plan == null) {
            // Not computeIfAbsent: a Bluestein plan asks for its power-of-two plan while being built.
            CyclicFft fresh = new CyclicFft(n);
            plan = PLANS.putIfAbsent(n, fresh);
            if (plan == null) {
                plan = fresh;
            }
        }
        return plan;
    }

    public int length() {
        return length;
    }

    /** True when this length goes through Bluestein's chirp-z rather than direct mixed-radix passes. */
    public boolean usesChirpZ() {
        return bluestein != null;
    }

    /** Work buffers for one thread and one sequence at a time; reuse them for every call from that thread. */
    public Scratch newScratch() {
        return new Scratch(this, 1);
    }

    /** Work buffers for one thread and up to {@code count} sequences per call of the batch methods. */
    public Scratch newScratch(int count) {
        if (count < 1) {
            throw new IllegalArgumentException("scratch for at least one sequence, got " + count);
        }
        return new Scratch(this, count);
    }

    /** X_k = Σ_j x_j e^{−2πi jk/N}, in place on re/im[offset + k·stride], k = 0…N−1. */
    public void forward(double[] re, double[] im, int offset, int stride, Scratch scratch) {
        forwardMany(re, im, offset, stride, 1, 1, scratch);
    }

    /**
     * x_j = Σ_k X_k e^{+2πi jk/N}, unnormalised. Exchanging the real and imaginary parts conjugates up to a
     * factor i on either side, so the inverse is the forward transform with the two arrays swapped.
     */
    public void inverse(double[] re, double[] im, int offset, int stride, Scratch scratch) {
        forwardMany(im, re, offset, stride, 1, 1, scratch);
    }

    /**
     * Forward transforms of {@code count} sequences at once, element j of sequence c at
     * offset + j·elementStride + c·sequenceStride (the sequences must not share elements). With
     * elementStride = width and sequenceStride = 1 these are the columns of a row-major N×width block; the
     * passes then run along whole rows, which is much faster than one column at a time. The scratch must come
     * from {@link #newScratch(int)} with at least {@code count}.
     */
    public void forwardMany(double[] re, double[] im, int offset, int elementStride, int count, int sequenceStride,
            Scratch scratch) {
        check(re, im, offset, elementStride, count, sequenceStride, scratch);
        if (length == 1) {
            return; // the length-1 transform is the identity
        }
        if (bluestein != null) {
            bluestein.transform(re, im, offset, elementStride, count, sequenceStride, scratch.inner);
            return;
        }
        load(re, im, offset, elementStride, count, sequenceStride, scratch.aRe, scratch.aIm);
        if (runPasses(scratch, count)) {
            store(scratch.bRe, scratch.bIm, re, im, offset, elementStride, count, sequenceStride);
        } else {
            store(scratch.aRe, scratch.aIm, re, im, offset, elementStride, count, sequenceStride);
        }
    }

    /** The inverse of {@link #forwardMany}, unnormalised, by the same exchange of real and imaginary parts. */
    public void inverseMany(double[] re, double[] im, int offset, int elementStride, int count, int sequenceStride,
            Scratch scratch) {
        forwardMany(im, re, offset, elementStride, count, sequenceStride, scratch);
    }

    private void check(double[] re, double[] im, int offset, int elementStride, int count, int sequenceStride,
            Scratch scratch) {
        if (scratch == null || scratch.plan != this) {
            throw new IllegalArgumentException("the scratch buffers were made for another transform length; "
                    + "use newScratch() of the length-" + length + " plan");
        }
        if (count < 1 || count > scratch.count) {
            throw new IllegalArgumentException("the scratch buffers hold " + scratch.count + " sequence(s), asked for "
                    + count + "; use newScratch(" + count + ")");
        }
        if (elementStride < 1 || sequenceStride < 1 || offset < 0) {
            throw new IllegalArgumentException("offset must be ≥ 0 and strides ≥ 1, got offset " + offset
                    + ", strides " + elementStride + " and " + sequenceStride);
        }
        long last = offset + (long) (length - 1) * elementStride + (long) (count - 1) * sequenceStride;
        if (last >= re.length || last >= im.length) {
            throw new IllegalArgumentException("a length-" + length + " transform at offset " + offset
                    + " with stride " + elementStride + " reaches index " + last + ", beyond arrays of length "
                    + Math.min(re.length, im.length));
        }
    }

    /** Gathers the sequences into the work layout: element j of sequence c at j·count + c. */
    private static void load(double[] re, double[] im, int offset, int elementStride, int count, int sequenceStride,
            double[] toRe, double[] toIm, int n) {
        for (int j = 0; j < n; j++) {
            int from = offset + j * elementStride;
            int to = j * count;
            if (sequenceStride == 1) {
                System.arraycopy(re, from, toRe, to, count);
                System.arraycopy(im, from, toIm, to, count);
            } else {
                for (int c = 0; c < count; c++, from += sequenceStride) {
                    toRe[to + c] = re[from];
                    toIm[to + c] = im[from];
                }
            }
        }
    }

    private void load(double[] re, double[] im, int offset, int elementStride, int count, int sequenceStride,
            double[] toRe, double[] toIm) {
        load(re, im, offset, elementStride, count, sequenceStride, toRe, toIm, length);
    }

    private void store(double[] fromRe, double[] fromIm, double[] re, double[] im, int offset, int elementStride,
            int count, int sequenceStride) {
        for (int j = 0; j < length; j++) {
            int to = offset + j * elementStride;
            int from = j * count;
            if (sequenceStride == 1) {
                System.arraycopy(fromRe, from, re, to, count);
                System.arraycopy(fromIm, from, im, to, count);
            } else {
                for (int c = 0; c < count; c++, to += sequenceStride) {
                    re[to] = fromRe[from + c];
                    im[to] = fromIm[from + c];
                }
            }
        }
    }

    /**
     * The Stockham passes on the work layout in the scratch's a-buffers, ping-ponging with the b-buffers.
     * Returns true when the result ended in the b-buffers (an odd number of passes).
     */
    private boolean runPasses(Scratch scratch, int count) {
        double[] xr = scratch.aRe;
        double[] xi = scratch.aIm;
        double[] yr = scratch.bRe;
        double[] yi = scratch.bIm;
        for (Pass pass : passes) {
            pass.apply(xr, xi, yr, yi, count, scratch);
            double[] t = xr;
            xr = yr;
            yr = t;
            t = xi;
            xi = yi;
            yi = t;
        }
        return (passes.length & 1) == 1;
    }

    /** Prime factors with pairs of 2 merged into 4 (fewer passes), ordered 4, 2, 3, 5, then larger primes. */
    static int[] factorsInPassOrder(int n) {
        int[] buffer = new int[32];
        int count = 0;
        int rest = n;
        while (rest % 4 == 0) {
            buffer[count++] = 4;
            rest /= 4;
        }
        if (rest % 2 == 0) {
            buffer[count++] = 2;
            rest /= 2;
        }
        for (int p = 3; (long) p * p <= rest; p += 2) {
            while (rest % p == 0) {
                buffer[count++] = p;
                rest /= p;
            }
        }
        if (rest > 1) {
            buffer[count++] = rest;
        }
        return Arrays.copyOf(buffer, count);
    }

    /** Exact angle 2π·(numerator mod denominator)/denominator as cos and sin, reduced before rounding. */
    static double[] unitRoot(long numerator, long denominator) {
        long reduced = Math.floorMod(numerator, denominator);
        double angle = 2 * Math.PI * reduced / denominator;
        return new double[] {Math.cos(angle), Math.sin(angle)};
    }

    /** Per-thread work buffers of one plan, for up to {@code count} sequences per call. */
    public static final class Scratch {
        private final CyclicFft plan;
        private final int count;
        /** Stockham ping-pong buffers, N·count each. */
        final double[] aRe;
        final double[] aIm;
        final double[] bRe;
        final double[] bIm;
        /** Generic-radix butterfly inputs. */
        final double[] genRe;
        final double[] genIm;
        /** Bluestein only: the buffers of the inner power-of-two plan, which hold the padded sequences. */
        final Scratch inner;

        private Scratch(CyclicFft plan, int count) {
            this.plan = plan;
            this.count = count;
            boolean direct = plan.bluestein == null;
            int size = direct ? plan.length * count : 0;
            aRe = new double[size];
            aIm = new double[size];
            bRe = new double[size];
            bIm = new double[size];
            genRe = new double[plan.largestGenericRadix];
            genIm = new double[plan.largestGenericRadix];
            inner = direct ? null : plan.bluestein.padded.newScratch(count);
        }

        /** The length of the plan these buffers belong to. */
        public int length() {
            return plan.length;
        }

        /** How many sequences one batch call may transform with these buffers. */
        public int count() {
            return count;
        }
    }

    /**
     * One Stockham pass of radix r: with m = N/(r·s), input x[q + s(p + jm)] (j = 0…r−1) is transformed by
     * a length-r DFT over j, output k multiplied by the twiddle e^{−2πi pks/N} and stored at y[q + s(rp + k)].
     */
    private static final class Pass {
        private final int radix;
        private final int blocks;
        private final int span;
        /** Twiddles w[p(r−1) + k − 1] = e^{−2πi pks/N}, k = 1…r−1. */
        private final double[] twRe;
        private final double[] twIm;
        /** Generic radix only: e^{−2πi t/r}, t = 0…r−1. */
        private final double[] rootRe;
        private final double[] rootIm;

        Pass(int radix, int blocks, int span, int n) {
            this.radix = radix;
            this.blocks = blocks;
            this.span = span;
            twRe = new double[blocks * (radix - 1)];
            twIm = new double[blocks * (radix - 1)];
            for (int p = 0; p < blocks; p++) {
                for (int k = 1; k < radix; k++) {
                    double[] w = unitRoot((long) p * k * span, n);
                    twRe[p * (radix - 1) + k - 1] = w[0];
                    twIm[p * (radix - 1) + k - 1] = -w[1];
                }
            }
            rootRe = new double[radix];
            rootIm = new double[radix];
            for (int t = 0; t < radix; t++) {
                double[] w = unitRoot(t, radix);
                rootRe[t] = w[0];
                rootIm[t] = -w[1];
            }
        }

        /**
         * With count interleaved sequences the element index j becomes j·count + c; the pass formula is the
         * same with span·count in place of span and the inner loop running over all count·span positions.
         */
        void apply(double[] xr, double[] xi, double[] yr, double[] yi, int count, Scratch scratch) {
            int s = span * count;
            switch (radix) {
                case 2 -> radix2(xr, xi, yr, yi, s);
                case 3 -> radix3(xr, xi, yr, yi, s);
                case 4 -> radix4(xr, xi, yr, yi, s);
                case 5 -> radix5(xr, xi, yr, yi, s);
                default -> generic(xr, xi, yr, yi, s, scratch.genRe, scratch.genIm);
            }
        }

        private void radix2(double[] xr, double[] xi, double[] yr, double[] yi, int s) {
            int m = blocks;
            for (int p = 0; p < m; p++) {
                double w1r = twRe[p];
                double w1i = twIm[p];
                int in = s * p;
                int out = s * 2 * p;
                for (int q = 0; q < s; q++) {
                    int i0 = in + q;
                    int i1 = i0 + s * m;
                    double ar = xr[i0];
                    double ai = xi[i0];
                    double br = xr[i1];
                    double bi = xi[i1];
                    int o = out + q;
                    yr[o] = ar + br;
                    yi[o] = ai + bi;
                    double dr = ar - br;
                    double di = ai - bi;
                    yr[o + s] = dr * w1r - di * w1i;
                    yi[o + s] = dr * w1i + di * w1r;
                }
            }
        }

        private void radix3(double[] xr, double[] xi, double[] yr, double[] yi, int s) {
            final double h = Math.sqrt(3) / 2; // sin(2π/3)
            int m = blocks;
            int sm = s * m;
            for (int p = 0; p < m; p++) {
                double w1r = twRe[2 * p];
                double w1i = twIm[2 * p];
                double w2r = twRe[2 * p + 1];
                double w2i = twIm[2 * p + 1];
                int in = s * p;
                int out = s * 3 * p;
                for (int q = 0; q < s; q++) {
                    int i0 = in + q;
                    double a0r = xr[i0];
                    double a0i = xi[i0];
                    double a1r = xr[i0 + sm];
                    double a1i = xi[i0 + sm];
                    double a2r = xr[i0 + 2 * sm];
                    double a2i = xi[i0 + 2 * sm];
                    double sr = a1r + a2r;
                    double si = a1i + a2i;
                    double ur = h * (a1r - a2r);
                    double ui = h * (a1i - a2i);
                    double cr = a0r - 0.5 * sr;
                    double ci = a0i - 0.5 * si;
                    int o = out + q;
                    yr[o] = a0r + sr;
                    yi[o] = a0i + si;
                    // c1 = c − i·u, c2 = c + i·u
                    double c1r = cr + ui;
                    double c1i = ci - ur;
                    double c2r = cr - ui;
                    double c2i = ci + ur;
                    yr[o + s] = c1r * w1r - c1i * w1i;
                    yi[o + s] = c1r * w1i + c1i * w1r;
                    yr[o + 2 * s] = c2r * w2r - c2i * w2i;
                    yi[o + 2 * s] = c2r * w2i + c2i * w2r;
                }
            }
        }

        private void radix4(double[] xr, double[] xi, double[] yr, double[] yi, int s) {
            int m = blocks;
            int sm = s * m;
            for (int p = 0; p < m; p++) {
                double w1r = twRe[3 * p];
                double w1i = twIm[3 * p];
                double w2r = twRe[3 * p + 1];
                double w2i = twIm[3 * p + 1];
                double w3r = twRe[3 * p + 2];
                double w3i = twIm[3 * p + 2];
                int in = s * p;
                int out = s * 4 * p;
                for (int q = 0; q < s; q++) {
                    int i0 = in + q;
                    double a0r = xr[i0];
                    double a0i = xi[i0];
                    double a1r = xr[i0 + sm];
                    double a1i = xi[i0 + sm];
                    double a2r = xr[i0 + 2 * sm];
                    double a2i = xi[i0 + 2 * sm];
                    double a3r = xr[i0 + 3 * sm];
                    double a3i = xi[i0 + 3 * sm];
                    double t0r = a0r + a2r;
                    double t0i = a0i + a2i;
                    double t1r = a0r - a2r;
                    double t1i = a0i - a2i;
                    double t2r = a1r + a3r;
                    double t2i = a1i + a3i;
                    double t3r = a1r - a3r;
                    double t3i = a1i - a3i;
                    int o = out + q;
                    yr[o] = t0r + t2r;
                    yi[o] = t0i + t2i;
                    // c1 = t1 − i·t3, c2 = t0 − t2, c3 = t1 + i·t3
                    double c1r = t1r + t3i;
                    double c1i = t1i - t3r;
                    double c2r = t0r - t2r;
                    double c2i = t0i - t2i;
                    double c3r = t1r - t3i;
                    double c3i = t1i + t3r;
                    yr[o + s] = c1r * w1r - c1i * w1i;
                    yi[o + s] = c1r * w1i + c1i * w1r;
                    yr[o + 2 * s] = c2r * w2r - c2i * w2i;
                    yi[o + 2 * s] = c2r * w2i + c2i * w2r;
                    yr[o + 3 * s] = c3r * w3r - c3i * w3i;
                    yi[o + 3 * s] = c3r * w3i + c3i * w3r;
                }
            }
        }

        private void radix5(double[] xr, double[] xi, double[] yr, double[] yi, int s) {
            final double cos1 = Math.cos(2 * Math.PI / 5);
            final double cos2 = Math.cos(4 * Math.PI / 5);
            final double sin1 = Math.sin(2 * Math.PI / 5);
            final double sin2 = Math.sin(4 * Math.PI / 5);
            int m = blocks;
            int sm = s * m;
            for (int p = 0; p < m; p++) {
                int t = 4 * p;
                double w1r = twRe[t];
                double w1i = twIm[t];
                double w2r = twRe[t + 1];
                double w2i = twIm[t + 1];
                double w3r = twRe[t + 2];
                double w3i = twIm[t + 2];
                double w4r = twRe[t + 3];
                double w4i = twIm[t + 3];
                int in = s * p;
                int out = s * 5 * p;
                for (int q = 0; q < s; q++) {
                    int i0 = in + q;
                    double a0r = xr[i0];
                    double a0i = xi[i0];
                    double a1r = xr[i0 + sm];
                    double a1i = xi[i0 + sm];
                    double a2r = xr[i0 + 2 * sm];
                    double a2i = xi[i0 + 2 * sm];
                    double a3r = xr[i0 + 3 * sm];
                    double a3i = xi[i0 + 3 * sm];
                    double a4r = xr[i0 + 4 * sm];
                    double a4i = xi[i0 + 4 * sm];
                    double s1r = a1r + a4r;
                    double s1i = a1i + a4i;
                    double d1r = a1r - a4r;
                    double d1i = a1i - a4i;
                    double s2r = a2r + a3r;
                    double s2i = a2i + a3i;
                    double d2r = a2r - a3r;
                    double d2i = a2i - a3i;
                    double b1r = a0r + cos1 * s1r + cos2 * s2r;
                    double b1i = a0i + cos1 * s1i + cos2 * s2i;
                    double u1r = sin1 * d1r + sin2 * d2r;
                    double u1i = sin1 * d1i + sin2 * d2i;
                    double b2r = a0r + cos2 * s1r + cos1 * s2r;
                    double b2i = a0i + cos2 * s1i + cos1 * s2i;
                    double u2r = sin2 * d1r - sin1 * d2r;
                    double u2i = sin2 * d1i - sin1 * d2i;
                    int o = out + q;
                    yr[o] = a0r + s1r + s2r;
                    yi[o] = a0i + s1i + s2i;
                    // c1 = b1 − i·u1, c4 = b1 + i·u1, c2 = b2 − i·u2, c3 = b2 + i·u2
                    double c1r = b1r + u1i;
                    double c1i = b1i - u1r;
                    double c4r = b1r - u1i;
                    double c4i = b1i + u1r;
                    double c2r = b2r + u2i;
                    double c2i = b2i - u2r;
                    double c3r = b2r - u2i;
                    double c3i = b2i + u2r;
                    yr[o + s] = c1r * w1r - c1i * w1i;
                    yi[o + s] = c1r * w1i + c1i * w1r;
                    yr[o + 2 * s] = c2r * w2r - c2i * w2i;
                    yi[o + 2 * s] = c2r * w2i + c2i * w2r;
                    yr[o + 3 * s] = c3r * w3r - c3i * w3i;
                    yi[o + 3 * s] = c3r * w3i + c3i * w3r;
                    yr[o + 4 * s] = c4r * w4r - c4i * w4i;
                    yi[o + 4 * s] = c4r * w4i + c4i * w4r;
                }
            }
        }

        /** Any radix r by the O(r²) definition; used only for primes 7…{@value #LARGEST_DIRECT_PRIME}. */
        private void generic(double[] xr, double[] xi, double[] yr, double[] yi, int s, double[] ar, double[] ai) {
            int r = radix;
            int m = blocks;
            int sm = s * m;
            for (int p = 0; p < m; p++) {
                int tw = p * (r - 1);
                for (int q = 0; q < s; q++) {
                    int i0 = s * p + q;
                    for (int j = 0; j < r; j++) {
                        ar[j] = xr[i0 + j * sm];
                        ai[j] = xi[i0 + j * sm];
                    }
                    int o = s * r * p + q;
                    double sumR = 0;
                    double sumI = 0;
                    for (int j = 0; j < r; j++) {
                        sumR += ar[j];
                        sumI += ai[j];
                    }
                    yr[o] = sumR;
                    yi[o] = sumI;
                    for (int k = 1; k < r; k++) {
                        double cr = ar[0];
                        double ci = ai[0];
                        int t = 0;
                        for (int j = 1; j < r; j++) {
                            t += k;
                            if (t >= r) {
                                t -= r;
                            }
                            cr += ar[j] * rootRe[t] - ai[j] * rootIm[t];
                            ci += ar[j] * rootIm[t] + ai[j] * rootRe[t];
                        }
                        double wr = twRe[tw + k - 1];
                        double wi = twIm[tw + k - 1];
                        yr[o + k * s] = cr * wr - ci * wi;
                        yi[o + k * s] = cr * wi + ci * wr;
                    }
                }
            }
        }
    }

    /**
     * Bluestein's chirp-z: with the chirp c_j = e^{−πi j²/N}, jk = (j² + k² − (k−j)²)/2 turns the DFT into
     * X_k = c_k Σ_j (x_j c_j) conj(c_{k−j}), a convolution done by a power-of-two FFT of length M ≥ 2N − 1.
     */
    private static final class Bluestein {
        private final int n;
        private final CyclicFft padded;
        /** c_j = e^{−πi j²/N}, from (j² mod 2N) so large j lose nothing. */
        private final double[] chirpRe;
        private final double[] chirpIm;
        /** FFT of the wrapped conj chirp, divided by M so the inverse FFT needs no extra scaling. */
        private final double[] kernelRe;
        private final double[] kernelIm;

        Bluestein(int n) {
            this.n = n;
            int m = Integer.highestOneBit(2 * n - 1);
            if (m < 2 * n - 1) {
                m <<= 1;
            }
            padded = CyclicFft.of(m);
            chirpRe = new double[n];
            chirpIm = new double[n];
            for (int j = 0; j < n; j++) {
                double[] w = unitRoot((long) j * j, 2L * n);
                chirpRe[j] = w[0];
                chirpIm[j] = -w[1];
            }
            kernelRe = new double[m];
            kernelIm = new double[m];
            for (int j = 0; j < n; j++) {
                kernelRe[j] = chirpRe[j] / m;
                kernelIm[j] = -chirpIm[j] / m;
                if (j > 0) {
                    kernelRe[m - j] = kernelRe[j];
                    kernelIm[m - j] = kernelIm[j];
                }
            }
            padded.forward(kernelRe, kernelIm, 0, 1, padded.newScratch());
        }

        /** The sequences as in {@link CyclicFft#forwardMany}; {@code in} is the padded plan's scratch. */
        void transform(double[] re, double[] im, int offset, int elementStride, int count, int sequenceStride,
                Scratch in) {
            double[] ur = in.aRe;
            double[] ui = in.aIm;
            int m = padded.length;
            // u_j = x_j c_j, zero-padded to M
            CyclicFft.load(re, im, offset, elementStride, count, sequenceStride, ur, ui, n);
            for (int j = 0; j < n; j++) {
                double cr = chirpRe[j];
                double ci = chirpIm[j];
                for (int c = 0, i = j * count; c < count; c++, i++) {
                    double xr = ur[i];
                    double xi = ui[i];
                    ur[i] = xr * cr - xi * ci;
                    ui[i] = xr * ci + xi * cr;
                }
            }
            Arrays.fill(ur, n * count, m * count, 0.0);
            Arrays.fill(ui, n * count, m * count, 0.0);
            boolean inB = padded.runPasses(in, count);
            double[] vr = inB ? in.bRe : in.aRe;
            double[] vi = inB ? in.bIm : in.aIm;
            // Times the kernel spectrum, stored with real and imaginary parts exchanged so that the next
            // forward passes compute the inverse transform (its real part then lands in the imaginary slot).
            for (int k = 0; k < m; k++) {
                double kr = kernelRe[k];
                double ki = kernelIm[k];
                for (int c = 0, i = k * count; c < count; c++, i++) {
                    double zr = vr[i];
                    double zi = vi[i];
                    ui[i] = zr * kr - zi * ki;
                    ur[i] = zr * ki + zi * kr;
                }
            }
            inB = padded.runPasses(in, count);
            double[] wr = inB ? in.bIm : in.aIm;
            double[] wi = inB ? in.bRe : in.aRe;
            for (int k = 0; k < n; k++) {
                double cr = chirpRe[k];
                double ci = chirpIm[k];
                int at = offset + k * elementStride;
                for (int c = 0, i = k * count; c < count; c++, i++, at += sequenceStride) {
                    double vr2 = wr[i];
                    double vi2 = wi[i];
                    re[at] = vr2 * cr - vi2 * ci;
                    im[at] = vr2 * ci + vi2 * cr;
                }
            }
        }
    }
}
