package org.fisherscope.diffusion;

import java.util.Locale;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The power spectrum of an image as DESIGN.md fixes it: one channel (luminance by Rec. 601 weights, or a
 * colour channel) scaled to [−1, 1], the centred crop of the largest square whose side is a power of two,
 * the orthonormal 2-D FFT, the periodogram |X_f|², and its average over rings of equal rounded |f|. A
 * power law c₁/(c₂ + |f|)^m with c₂ fixed is fitted to the ring averages by least squares in log–log.
 * Crops larger than {@link #MAX_SIDE} are first averaged down in 2 × 2 blocks (their spectrum is then
 * the low-frequency part of the original's), which keeps the schedules' sums at ≤ 512² frequencies.
 */
public final class ImageSpectrum {

    public static final int MIN_SIDE = 16;
    public static final int MAX_SIDE = 512;
    /** A power law has two free parameters; three rings are the fewest that test the fit at all. */
    private static final int MIN_FIT_RINGS = 3;

    private final int side;
    private final int downsampling;
    private final double[][] channels;
    private final double[] periodogram;
    private final double[] ringMean;
    private final int[] ringCount;
    private final PowerLaw fit;
    private final double fitR2;
    private final String source;

    /** Which spectrum the schedules use. */
    public enum Use {
        /** The ring averages, each frequency taking the mean of its ring. */
        RINGS,
        /** The fitted power law. */
        FIT
    }

    /**
     * @param pixels   channel values in [0, 1], rows × columns, one array per channel (1 or 3)
     * @param channel  "luminance" (Rec. 601 of three channels, or the only one), "red", "green" or "blue"
     * @param c2       the fixed offset of the fitted power law
     */
    public static ImageSpectrum estimate(double[][][] pixels, String channel, double c2, String source) {
        double[][] plane = select(pixels, channel);
        int rows = plane.length;
        int cols = plane[0].length;
        int side = Integer.highestOneBit(Math.min(rows, cols));
        if (side < MIN_SIDE) {
            throw new InvalidInputException(source + " is " + cols + " × " + rows + " pixels; a spectrum needs at least "
                    + MIN_SIDE + " × " + MIN_SIDE);
        }
        int top = (rows - side) / 2;
        int left = (cols - side) / 2;
        int factor = 1;
        while (side / factor > MAX_SIDE) {
            factor *= 2;
        }
        int n = side / factor;
        double[][] crops = new double[pixels.length][];
        for (int c = 0; c < pixels.length; c++) {
            crops[c] = blockAverage(pixels[c], top, left, side, factor);
        }
        double[] values = blockAverage(plane, top, left, side, factor);
        return new ImageSpectrum(values, crops, n, factor, c2, source + " (" + channel + ")");
    }

    private ImageSpectrum(double[] values, double[][] crops, int n, int factor, double c2, String source) {
        this.side = n;
        this.downsampling = factor;
        this.source = source;
        this.channels = new double[crops.length][];
        for (int c = 0; c < crops.length; c++) {
            channels[c] = crops[c].clone();
        }
        double[] re = values.clone();
        double[] im = new double[re.length];
        Fft.transform2d(re, im, n);
        periodogram = new double[re.length];
        FrequencyGrid grid = FrequencyGrid.of(n, 2);
        int rings = (int) Math.round(grid.maxRadius()) + 1;
        ringMean = new double[rings];
        ringCount = new int[rings];
        for (int i = 0; i < re.length; i++) {
            periodogram[i] = re[i] * re[i] + im[i] * im[i];
            int ring = (int) Math.round(grid.radius(i));
            ringMean[ring] += periodogram[i];
            ringCount[ring]++;
        }
        for (int r = 0; r < rings; r++) {
            ringMean[r] /= ringCount[r];
        }
        // Least squares of ln S = ln c₁ − m ln(c₂ + r) over the rings 1 … N/2 (the corner rings are partial),
        // skipping empty rings (a synthetic image may have power on a few frequencies only).
        double sx = 0;
        double sy = 0;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        int count = 0;
        for (int r = 1; r <= n / 2; r++) {
            if (!(ringMean[r] > 0)) {
                continue;
            }
            double x = Math.log(c2 + r);
            double y = Math.log(ringMean[r]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
            syy += y * y;
            count++;
        }
        if (count >= MIN_FIT_RINGS && c2 + 1 > 0) {
            double vx = sxx - sx * sx / count;
            double vy = syy - sy * sy / count;
            double cxy = sxy - sx * sy / count;
            double slope = cxy / vx;
            double intercept = (sy - slope * sx) / count;
            fit = new PowerLaw(Math.exp(intercept), c2, -slope);
            fitR2 = vy > 0 ? cxy * cxy / (vx * vy) : 1;
        } else {
            fit = null;
            fitR2 = Double.NaN;
        }
    }

    private static double[][] select(double[][][] pixels, String channel) {
        if (pixels.length == 0 || pixels[0].length == 0 || pixels[0][0].length == 0) {
            throw new InvalidInputException("the image has no pixels");
        }
        String name = channel.toLowerCase(Locale.ROOT);
        int rows = pixels[0].length;
        int cols = pixels[0][0].length;
        double[][] plane = new double[rows][cols];
        switch (name) {
            case "luminance" -> {
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        double y = pixels.length >= 3
                                ? 0.299 * pixels[0][r][c] + 0.587 * pixels[1][r][c] + 0.114 * pixels[2][r][c]
                                : pixels[0][r][c];
                        plane[r][c] = 2 * y - 1;
                    }
                }
            }
            case "red", "green", "blue" -> {
                int index = name.equals("red") ? 0 : name.equals("green") ? 1 : 2;
                if (pixels.length < 3) {
                    throw new InvalidInputException("the image has one channel; use channel=luminance");
                }
                for (int r = 0; r < rows; r++) {
                    for (int c = 0; c < cols; c++) {
                        plane[r][c] = 2 * pixels[index][r][c] - 1;
                    }
                }
            }
            default -> throw new InvalidInputException("channel must be luminance, red, green or blue, got " + channel);
        }
        return plane;
    }

    private static double[] blockAverage(double[][] plane, int top, int left, int side, int factor) {
        int n = side / factor;
        double[] out = new double[n * n];
        double norm = 1.0 / (factor * factor);
        for (int r = 0; r < side; r++) {
            for (int c = 0; c < side; c++) {
                out[(r / factor) * n + c / factor] += plane[top + r][left + c] * norm;
            }
        }
        return out;
    }

    public int side() {
        return side;
    }

    public int downsampling() {
        return downsampling;
    }

    public String source() {
        return source;
    }

    /** Periodogram |X_f|² on the 2-D grid (row-major (fy, fx)). */
    public double[] periodogram() {
        return periodogram.clone();
    }

    /** Mean periodogram per ring of rounded |f| (index = ring radius). */
    public double[] ringMeans() {
        return ringMean.clone();
    }

    /** The fitted power law, or null when fewer than three rings carry power. */
    public PowerLaw fit() {
        return fit;
    }

    /** R² of the log–log fit over rings 1 … N/2 (NaN without a fit). */
    public double fitR2() {
        return fitR2;
    }

    /** The cropped (and block-averaged) channels in [−1, 1] for the corruption preview, row-major N × N. */
    public double[][] channels() {
        double[][] copy = new double[channels.length][];
        for (int c = 0; c < channels.length; c++) {
            copy[c] = new double[channels[c].length];
            for (int i = 0; i < copy[c].length; i++) {
                copy[c][i] = 2 * channels[c][i] - 1;
            }
        }
        return copy;
    }

    /** The spectrum the schedules run on. */
    public Spectrum spectrum(Use use) {
        FrequencyGrid grid = FrequencyGrid.of(side, 2);
        if (use == Use.FIT) {
            if (fit == null) {
                throw new InvalidInputException(source + " has power on fewer than " + MIN_FIT_RINGS
                        + " frequency rings: no power law can be fitted");
            }
            Spectrum s = fit.on(grid);
            return new Spectrum(grid, s.powers(), "power law fitted to " + source + ": " + s.description());
        }
        double[] power = new double[grid.count()];
        for (int i = 0; i < power.length; i++) {
            int ring = (int) Math.round(grid.radius(i));
            power[i] = ringMean[ring];
            if (!(power[i] > 0)) {
                throw new InvalidInputException(source + " has no variation at |f| ≈ " + ring
                        + " (a flat or synthetic image?): its spectrum is zero there; try use=fit");
            }
        }
        return new Spectrum(grid, power, "ring-averaged periodogram of " + source + " on a " + grid);
    }
}
