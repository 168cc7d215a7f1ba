package org.fisherscope.figure;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.fisherscope.diffusion.CorruptionPreview;
import org.fisherscope.diffusion.Schedule;

/**
 * The corrupted images the preview and frame-strip figures show, as a grid of frames: for the preview one
 * column per schedule and a row each for x_t (and, split, the filtered signal and the coloured noise); for
 * the strip one row per schedule and one column per time. Grey levels (or colour levels) map the clean
 * image's range to black … white; values outside it are clipped.
 */
public final class PreviewFrames {

    /** The strip's times: t = 0, 0.1, …, 1. */
    public static final double[] STRIP_TIMES = {0, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 1};

    private final BufferedImage[][] frames;
    private final List<String> rowLabels;
    private final List<String> columnLabels;
    private final double low;
    private final double high;
    private final double t;

    private PreviewFrames(BufferedImage[][] frames, List<String> rowLabels, List<String> columnLabels, double low,
                          double high, double t) {
        this.frames = frames;
        this.rowLabels = List.copyOf(rowLabels);
        this.columnLabels = List.copyOf(columnLabels);
        this.low = low;
        this.high = high;
        this.t = t;
    }

    /** x_t per schedule at t; with {@code split} also IFFT(a·X₀) and IFFT(σ·E) in rows below. */
    public static PreviewFrames preview(CorruptionPreview preview, List<Schedule> schedules, double t, boolean split,
                                        BooleanSupplier cancelled) {
        double[] range = range(preview);
        int rows = split ? 3 : 1;
        BufferedImage[][] frames = new BufferedImage[rows][schedules.size()];
        List<String> columns = new ArrayList<>();
        for (int s = 0; s < schedules.size(); s++) {
            check(cancelled);
            Schedule schedule = schedules.get(s);
            columns.add(schedule.label());
            if (split) {
                CorruptionPreview.Parts parts = preview.at(schedule, t);
                frames[0][s] = image(parts.total(), preview.side(), range);
                frames[1][s] = image(parts.signal(), preview.side(), range);
                frames[2][s] = image(parts.noise(), preview.side(), centred(range));
            } else {
                frames[0][s] = image(preview.corrupted(schedule, t), preview.side(), range);
            }
        }
        List<String> rowLabels = split ? List.of("x_t", "signal a·x₀", "noise σ·ε") : List.of("x_t");
        return new PreviewFrames(frames, rowLabels, columns, range[0], range[1], t);
    }

    /** One row per schedule, one frame per time of {@link #STRIP_TIMES}. */
    public static PreviewFrames strip(CorruptionPreview preview, List<Schedule> schedules, BooleanSupplier cancelled) {
        double[] range = range(preview);
        BufferedImage[][] frames = new BufferedImage[schedules.size()][STRIP_TIMES.length];
        List<String> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>();
        for (double time : STRIP_TIMES) {
            columns.add("t = " + Formats.number(time));
        }
        for (int s = 0; s < schedules.size(); s++) {
            rows.add(schedules.get(s).label());
            for (int k = 0; k < STRIP_TIMES.length; k++) {
                check(cancelled);
                frames[s][k] = image(preview.corrupted(schedules.get(s), STRIP_TIMES[k]), preview.side(), range);
            }
        }
        return new PreviewFrames(frames, rows, columns, range[0], range[1], Double.NaN);
    }

    /** The clean image's range, at least of width 1e-9 (a flat image still maps somewhere). */
    static double[] range(CorruptionPreview preview) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] channel : preview.original()) {
            for (double v : channel) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (!(hi - lo > 1e-9)) {
            lo -= 1;
            hi += 1;
        }
        return new double[] {lo, hi};
    }

    /** The noise part is centred on 0: the same width as the image's range, around 0. */
    private static double[] centred(double[] range) {
        double half = (range[1] - range[0]) / 2;
        return new double[] {-half, half};
    }

    static BufferedImage image(double[][] channels, int side, double[] range) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        double scale = 255 / (range[1] - range[0]);
        for (int i = 0; i < side * side; i++) {
            int r = level(channels[0][i], range[0], scale);
            int g = channels.length >= 3 ? level(channels[1][i], range[0], scale) : r;
            int b = channels.length >= 3 ? level(channels[2][i], range[0], scale) : r;
            image.setRGB(i % side, i / side, (r << 16) | (g << 8) | b);
        }
        return image;
    }

    private static int level(double v, double low, double scale) {
        long level = Math.round((v - low) * scale);
        return (int) Math.max(0, Math.min(255, level));
    }

    private static void check(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }

    public int rows() {
        return frames.length;
    }

    public int columns() {
        return frames[0].length;
    }

    public BufferedImage frame(int row, int column) {
        return frames[row][column];
    }

    public List<String> rowLabels() {
        return rowLabels;
    }

    public List<String> columnLabels() {
        return columnLabels;
    }

    /** The values mapped to black and white. */
    public double low() {
        return low;
    }

    public double high() {
        return high;
    }

    /** The preview's t (NaN for a strip). */
    public double t() {
        return t;
    }
}
