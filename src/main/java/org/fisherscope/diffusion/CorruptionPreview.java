package org.fisherscope.diffusion;

import java.util.Random;
import org.fisherscope.geometry.InvalidInputException;

/**
 * An image corrupted along a schedule, computed where the model lives: in Fourier space. With X₀ the
 * orthonormal 2-D FFT of a channel and E the FFT of fixed white Gaussian pixel noise (unit variance, one
 * field per channel, the same for every schedule and every t), the forward process at t is
 * x_t = IFFT(a_f(t)·X₀_f + σ_f(t)·E_f), whose parts IFFT(a_f·X₀_f) (the filtered signal) and
 * IFFT(σ_f·E_f) (the coloured noise) can be shown apart. Every channel uses the schedule of the one
 * spectrum the schedules run on (the luminance spectrum for photographs).
 */
public final class CorruptionPreview {

    /** The noise seed the GUI and the command line use unless told otherwise. */
    public static final long DEFAULT_SEED = 230600501L;

    private final Spectrum spectrum;
    private final int side;
    private final double[][] pixels;
    private final double[][] noise;
    private final double[][] signalRe;
    private final double[][] signalIm;
    private final double[][] noiseRe;
    private final double[][] noiseIm;
    private final double[] radius;
    private final boolean synthetic;

    /** The result at one t: the filtered signal, the coloured noise and their sum, per channel (row-major). */
    public record Parts(double[][] signal, double[][] noise) {
        public double[][] total() {
            double[][] sum = new double[signal.length][];
            for (int c = 0; c < signal.length; c++) {
                sum[c] = new double[signal[c].length];
                for (int i = 0; i < sum[c].length; i++) {
                    sum[c][i] = signal[c][i] + noise[c][i];
                }
            }
            return sum;
        }
    }

    private CorruptionPreview(double[][] pixels, Spectrum spectrum, long seed, boolean synthetic) {
        FrequencyGrid grid = spectrum.grid();
        if (grid.dimensions() != 2 || !Fft.isPowerOfTwo(grid.size())) {
            throw new InvalidInputException("a corruption preview needs a 2-D spectrum on a power-of-two grid; this is a "
                    + grid);
        }
        side = grid.size();
        if (pixels.length == 0) {
            throw new InvalidInputException("the image has no channels");
        }
        for (double[] channel : pixels) {
            if (channel.length != side * side) {
                throw new InvalidInputException("the image has " + channel.length + " pixels per channel; the spectrum's "
                        + grid + " needs " + side * side);
            }
        }
        this.spectrum = spectrum;
        this.synthetic = synthetic;
        this.pixels = copy(pixels);
        int channels = pixels.length;
        noise = new double[channels][side * side];
        Random random = new Random(seed);
        for (double[] field : noise) {
            for (int i = 0; i < field.length; i++) {
                field[i] = random.nextGaussian();
            }
        }
        signalRe = copy(pixels);
        signalIm = new double[channels][side * side];
        noiseRe = copy(noise);
        noiseIm = new double[channels][side * side];
        for (int c = 0; c < channels; c++) {
            Fft.transform2d(signalRe[c], signalIm[c], side);
            Fft.transform2d(noiseRe[c], noiseIm[c], side);
        }
        radius = new double[side * side];
        for (int i = 0; i < radius.length; i++) {
            radius[i] = grid.radius(i);
        }
    }

    /**
     * A preview of an image's channels (values as the model sees them, e.g. [−1, 1]), each N × N row-major
     * on the spectrum's N × N grid.
     */
    public static CorruptionPreview of(double[][] channels, Spectrum spectrum, long seed) {
        return new CorruptionPreview(channels, spectrum, seed, false);
    }

    /**
     * A preview of a sample of the Gaussian model itself (for a spectrum without a photograph): one channel
     * x₀ = IFFT(√S_f·W_f) with W the FFT of white noise drawn from {@code seed + 1}, so the sample's noise
     * and the corruption's noise are independent.
     */
    public static CorruptionPreview sample(Spectrum spectrum, long seed) {
        FrequencyGrid grid = spectrum.grid();
        if (grid.dimensions() != 2 || !Fft.isPowerOfTwo(grid.size())) {
            throw new InvalidInputException("a sample image needs a 2-D spectrum on a power-of-two grid; this is a "
                    + grid);
        }
        int n = grid.size();
        double[] re = new double[n * n];
        double[] im = new double[n * n];
        Random random = new Random(seed + 1);
        for (int i = 0; i < re.length; i++) {
            re[i] = random.nextGaussian();
        }
        Fft.transform2d(re, im, n);
        for (int i = 0; i < re.length; i++) {
            double amplitude = Math.sqrt(spectrum.power(i));
            re[i] *= amplitude;
            im[i] *= amplitude;
        }
        Fft.inverse2d(re, im, n);
        return new CorruptionPreview(new double[][] {re}, spectrum, seed, true);
    }

    public int side() {
        return side;
    }

    public int channels() {
        return pixels.length;
    }

    /** True when the image is a sample of the model rather than a photograph. */
    public boolean synthetic() {
        return synthetic;
    }

    public Spectrum spectrum() {
        return spectrum;
    }

    /** The clean image x₀ per channel. */
    public double[][] original() {
        return copy(pixels);
    }

    /** The white pixel noise per channel whose FFT is E. */
    public double[][] noise() {
        return copy(noise);
    }

    /** Signal gain a_f and noise standard deviation σ_f at every grid frequency (row-major), at t. */
    public double[][] gainsAndDeviations(Schedule schedule, double t) {
        checkTime(t);
        double[] gain = new double[radius.length];
        double[] deviation = new double[radius.length];
        double[] out = new double[4];
        for (int i = 0; i < radius.length; i++) {
            schedule.evaluate(t, radius[i], side, spectrum.power(i), out);
            // Clamp round-off below zero (e.g. 1 − ᾱ at ᾱ = 1 ± 1 ulp) before the square root.
            gain[i] = Math.sqrt(Math.max(0, out[Schedule.GAIN]));
            deviation[i] = Math.sqrt(Math.max(0, out[Schedule.NOISE]));
        }
        return new double[][] {gain, deviation};
    }

    /** The filtered signal IFFT(a·X₀) and the coloured noise IFFT(σ·E) at t. */
    public Parts at(Schedule schedule, double t) {
        double[][] filters = gainsAndDeviations(schedule, t);
        return new Parts(filter(signalRe, signalIm, filters[0]), filter(noiseRe, noiseIm, filters[1]));
    }

    /** x_t = IFFT(a·X₀ + σ·E) in one inverse transform per channel. */
    public double[][] corrupted(Schedule schedule, double t) {
        double[][] filters = gainsAndDeviations(schedule, t);
        double[] a = filters[0];
        double[] s = filters[1];
        double[][] out = new double[pixels.length][];
        for (int c = 0; c < pixels.length; c++) {
            double[] re = new double[a.length];
            double[] im = new double[a.length];
            for (int i = 0; i < a.length; i++) {
                re[i] = a[i] * signalRe[c][i] + s[i] * noiseRe[c][i];
                im[i] = a[i] * signalIm[c][i] + s[i] * noiseIm[c][i];
            }
            Fft.inverse2d(re, im, side);
            out[c] = re;
        }
        return out;
    }

    private double[][] filter(double[][] re0, double[][] im0, double[] factor) {
        double[][] out = new double[re0.length][];
        for (int c = 0; c < re0.length; c++) {
            double[] re = new double[factor.length];
            double[] im = new double[factor.length];
            for (int i = 0; i < factor.length; i++) {
                re[i] = factor[i] * re0[c][i];
                im[i] = factor[i] * im0[c][i];
            }
            // The filters are even in f (they depend on |f| and S_f = S_−f), so the result is real: the
            // imaginary part left over is round-off and is dropped.
            Fft.inverse2d(re, im, side);
            out[c] = re;
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int c = 0; c < a.length; c++) {
            out[c] = a[c].clone();
        }
        return out;
    }

    private static void checkTime(double t) {
        if (!(t >= 0 && t <= 1)) {
            throw new InvalidInputException("t must lie in [0, 1], got " + t);
        }
    }
}
