package org.fisherscope.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.fisherscope.diffusion.CorruptionPreview;
import org.fisherscope.diffusion.FisherPath;
import org.fisherscope.diffusion.FrequencyGrid;
import org.fisherscope.diffusion.GaussKronrod;
import org.fisherscope.diffusion.ImageSpectrum;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleComparison;
import org.fisherscope.diffusion.Spectrum;

/**
 * Everything the diffusion figures draw that costs more than a redraw, computed once for a spectrum, a
 * list of schedules and a time discretisation: the lengths table, Fisher speed and cumulative length over
 * t per schedule, the spectrum's rings, and the Fourier transforms behind the corruption preview.
 */
public final class DiffusionAnalysis {

    /** Intervals of the continuous cumulative-length curve. */
    public static final int CURVE_INTERVALS = 50;
    /** Accuracy of the cumulative length relative to the whole length: far below a line's width. */
    public static final double CURVE_TOLERANCE = 1e-9;
    /** Largest grid side whose corruption preview is computed (an image crop is at most this). */
    public static final int MAX_PREVIEW_SIDE = ImageSpectrum.MAX_SIDE;

    /** What the analysis ran on, with the command-line arguments that give it back. */
    public record Input(Spectrum spectrum, ImageSpectrum image, List<Schedule> schedules, int steps,
                        String spectrumArgument, String schedulesArgument, long seed) {
        public Input {
            schedules = List.copyOf(schedules);
            if (schedules.isEmpty()) {
                throw new org.fisherscope.geometry.InvalidInputException("choose at least one schedule");
            }
        }

        /** {@code --spectrum … --schedules … [--steps N]} as the command line takes them. */
        public String arguments() {
            return "--spectrum " + quoted(spectrumArgument) + " --schedules " + quoted(schedulesArgument)
                    + (steps > 0 ? " --steps " + steps : "");
        }

        private static String quoted(String s) {
            return s.matches("[A-Za-z0-9_.,:=/+\\-]+") ? s : "'" + s.replace("'", "'\\''") + "'";
        }
    }

    /** Reports how far the work has come (0 … 1) and what it is doing. */
    @FunctionalInterface
    public interface Progress {
        void report(double fraction, String message);

        Progress NONE = (f, m) -> { };
    }

    /**
     * The spectrum averaged over rings of equal rounded |f| ≥ 1: the frequencies the per-frequency figures
     * draw. radius is the mean |f| of the ring's frequencies, power their mean S.
     */
    public record Rings(double[] radius, double[] power) {
        public int size() {
            return radius.length;
        }

        /** Index of the ring nearest to a radius. */
        public int nearest(double r) {
            int best = 0;
            for (int i = 1; i < radius.length; i++) {
                if (Math.abs(radius[i] - r) < Math.abs(radius[best] - r)) {
                    best = i;
                }
            }
            return best;
        }
    }

    /**
     * One schedule's curves over t: the speed curve (discrete: each step's distance × steps, at its middle), and
     * at lengthTimes the cumulative length and the speed there (discrete: of the step ending there, NaN at 0).
     */
    public record Curves(double[] speedTimes, double[] speed, double[] lengthTimes, double[] cumulative,
                         double[] lengthSpeed) {
    }

    private final Input input;
    private final List<ScheduleComparison.Row> rows;
    private final List<Curves> curves;
    private final Rings rings;
    private final CorruptionPreview preview;
    private final String previewUnavailable;

    private DiffusionAnalysis(Input input, List<ScheduleComparison.Row> rows, List<Curves> curves, Rings rings,
                              CorruptionPreview preview, String previewUnavailable) {
        this.input = input;
        this.rows = List.copyOf(rows);
        this.curves = List.copyOf(curves);
        this.rings = rings;
        this.preview = preview;
        this.previewUnavailable = previewUnavailable;
    }

    public static DiffusionAnalysis compute(Input input, Progress progress, BooleanSupplier cancelled) {
        List<Schedule> schedules = input.schedules();
        int total = 2 * schedules.size() + 1;
        List<ScheduleComparison.Row> rows = new ArrayList<>();
        List<Curves> curves = new ArrayList<>();
        for (int i = 0; i < schedules.size(); i++) {
            Schedule s = schedules.get(i);
            progress.report((double) (2 * i) / total, "Fisher length of " + s.label() + " …");
            rows.addAll(ScheduleComparison.run(input.spectrum(), List.of(s), input.steps(), cancelled));
            progress.report((double) (2 * i + 1) / total, "Fisher speed of " + s.label() + " over t …");
            curves.add(curves(new FisherPath(input.spectrum(), s), input.steps(), rows.get(i).length(), cancelled));
        }
        progress.report((double) (total - 1) / total, "Fourier transforms for the corruption preview …");
        CorruptionPreview preview = null;
        String unavailable = "";
        FrequencyGrid grid = input.spectrum().grid();
        if (input.image() != null) {
            preview = CorruptionPreview.of(input.image().channels(), input.spectrum(), input.seed());
        } else if (grid.dimensions() != 2) {
            unavailable = "The corruption preview needs an image: load a photograph, or choose a 2-D power law "
                    + "(dims = 2) to see a sample of the Gaussian model corrupted.";
        } else if (grid.size() > MAX_PREVIEW_SIDE || Integer.bitCount(grid.size()) != 1) {
            unavailable = "The corruption preview samples the model on grids whose side is a power of two up to "
                    + MAX_PREVIEW_SIDE + "; this is a " + grid + ".";
        } else {
            preview = CorruptionPreview.sample(input.spectrum(), input.seed());
        }
        checkCancelled(cancelled);
        progress.report(1, "Done");
        return new DiffusionAnalysis(input, rows, curves, rings(input.spectrum()), preview, unavailable);
    }

    /**
     * Speed and cumulative length over t. Continuous: Gauss–Kronrod lengths over CURVE_INTERVALS equal
     * intervals (to CURVE_TOLERANCE of the total) and the exact speed wherever the rule evaluated it;
     * discrete: the steps' exact distances.
     */
    static Curves curves(FisherPath path, int steps, double total, BooleanSupplier cancelled) {
        if (steps > 0) {
            double[] mid = new double[steps];
            double[] speed = new double[steps];
            double[] at = new double[steps + 1];
            double[] cumulative = new double[steps + 1];
            double[] previous = path.variances(0);
            for (int k = 1; k <= steps; k++) {
                if (k % 64 == 0) {
                    checkCancelled(cancelled);
                }
                double[] next = path.variances((double) k / steps);
                double d = path.distance(previous, next);
                mid[k - 1] = (k - 0.5) / steps;
                speed[k - 1] = d * steps;
                at[k] = (double) k / steps;
                cumulative[k] = cumulative[k - 1] + d;
                previous = next;
            }
            double[] ending = new double[steps + 1];
            ending[0] = Double.NaN;
            System.arraycopy(speed, 0, ending, 1, steps);
            return new Curves(mid, speed, at, cumulative, ending);
        }
        // The length per interval by Gauss–Kronrod; the speeds it evaluates (15 or more per interval, denser
        // where the speed changes fast) are the plotted speed curve, so the curve costs nothing extra.
        int n = CURVE_INTERVALS;
        double[] times = new double[n + 1];
        double[] cumulative = new double[n + 1];
        double[] atTimes = new double[n + 1];
        java.util.TreeMap<Double, Double> sampled = new java.util.TreeMap<>();
        java.util.function.DoubleUnaryOperator speed = time -> {
            double v = path.speed(time);
            sampled.put(time, v);
            return v;
        };
        double absolute = CURVE_TOLERANCE * Math.max(total, Double.MIN_NORMAL) / n;
        for (int k = 0; k <= n; k++) {
            checkCancelled(cancelled);
            times[k] = (double) k / n;
            atTimes[k] = path.speed(times[k]);
            sampled.put(times[k], atTimes[k]);
            if (k > 0) {
                cumulative[k] = cumulative[k - 1] + GaussKronrod.integrate(speed, times[k - 1], times[k], 0, absolute)
                        .value();
            }
        }
        double[] at = sampled.keySet().stream().mapToDouble(Double::doubleValue).toArray();
        double[] v = sampled.values().stream().mapToDouble(Double::doubleValue).toArray();
        return new Curves(at, v, times, cumulative, atTimes);
    }

    static Rings rings(Spectrum spectrum) {
        Spectrum.Bins bins = spectrum.bins();
        int count = (int) Math.round(spectrum.grid().maxRadius()) + 1;
        double[] weight = new double[count];
        double[] radius = new double[count];
        double[] power = new double[count];
        for (int b = 0; b < bins.size(); b++) {
            int ring = (int) Math.round(bins.radius()[b]);
            weight[ring] += bins.weight()[b];
            radius[ring] += bins.weight()[b] * bins.radius()[b];
            power[ring] += bins.weight()[b] * bins.power()[b];
        }
        List<double[]> kept = new ArrayList<>();
        for (int r = 1; r < count; r++) {
            if (weight[r] > 0) {
                kept.add(new double[] {radius[r] / weight[r], power[r] / weight[r]});
            }
        }
        return new Rings(kept.stream().mapToDouble(p -> p[0]).toArray(), kept.stream().mapToDouble(p -> p[1]).toArray());
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }

    public Input input() {
        return input;
    }

    public List<Schedule> schedules() {
        return input.schedules();
    }

    public Spectrum spectrum() {
        return input.spectrum();
    }

    public List<ScheduleComparison.Row> rows() {
        return rows;
    }

    public List<Curves> curves() {
        return curves;
    }

    public Rings rings() {
        return rings;
    }

    /** The preview's transforms, or null (then {@link #previewUnavailable()} says why). */
    public CorruptionPreview preview() {
        return preview;
    }

    public String previewUnavailable() {
        return previewUnavailable;
    }

    /** The radii of the few frequencies whose curves the gains figure draws: 1, 4, 16, … up to N/2, and N/2. */
    public double[] chosenRadii() {
        double top = rings.radius()[rings.size() - 1];
        double half = spectrum().grid().size() / 2;
        List<Double> radii = new ArrayList<>();
        for (double r = 1; r <= half; r *= 4) {
            radii.add(rings.radius()[rings.nearest(r)]);
        }
        double last = rings.radius()[rings.nearest(Math.min(half, top))];
        if (!radii.contains(last)) {
            radii.add(last);
        }
        return radii.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
