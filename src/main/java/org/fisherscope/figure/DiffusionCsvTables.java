package org.fisherscope.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.fisherscope.diffusion.ImageSpectrum;
import org.fisherscope.diffusion.Schedule;

/**
 * The numbers behind each diffusion figure as a CSV table (through {@link CsvTableWriter}: metadata as
 * comment lines, full precision, non-finite values as empty cells). Columns are named by the schedules'
 * command-line ids (a repeated id gets -2, -3, …).
 */
public final class DiffusionCsvTables {

    private DiffusionCsvTables() {
    }

    /** A table: header and rows. */
    public record Table(List<String> header, List<double[]> rows) {
    }

    /** Unique column keys of the schedules, as the {@code schedule} command's JSON keys them. */
    public static List<String> keys(List<Schedule> schedules) {
        Set<String> used = new HashSet<>();
        List<String> keys = new ArrayList<>();
        for (Schedule s : schedules) {
            String key = s.id();
            for (int k = 2; !used.add(key); k++) {
                key = s.id() + "-" + k;
            }
            keys.add(key);
        }
        return keys;
    }

    public static void write(Path target, DiffusionFigure figure) throws IOException {
        Table table = table(figure.analysis(), figure.view(), figure.t(), figure.scheduleIndex());
        CsvTableWriter.write(target, figure.metadata(), table.header(), table.rows());
    }

    public static Table table(DiffusionAnalysis a, DiffusionFigure.View view, double t, int scheduleIndex) {
        return switch (view) {
            case SPECTRUM -> spectrum(a);
            case GAINS -> gains(a);
            case SNR -> snr(a, scheduleIndex);
            case MARGINAL -> marginal(a, t);
            case SPEED -> speed(a);
            case PREVIEW -> filters(a, new double[] {t});
            case STRIP -> filters(a, PreviewFrames.STRIP_TIMES);
        };
    }

    /** Per ring: mean |f|, mean S; for a photograph also the periodogram's ring mean and the fit there. */
    static Table spectrum(DiffusionAnalysis a) {
        DiffusionAnalysis.Rings rings = a.rings();
        ImageSpectrum image = a.input().image();
        List<String> header = new ArrayList<>(List.of("radius", "S"));
        if (image != null) {
            header.add("periodogram_ring_mean");
            header.add("fitted_power_law");
        }
        List<double[]> rows = new ArrayList<>();
        double[] means = image == null ? null : image.ringMeans();
        for (int r = 0; r < rings.size(); r++) {
            double radius = rings.radius()[r];
            if (image == null) {
                rows.add(new double[] {radius, rings.power()[r]});
            } else {
                rows.add(new double[] {radius, rings.power()[r], means[(int) Math.round(radius)],
                    image.fit() == null ? Double.NaN : image.fit().at(radius)});
            }
        }
        return new Table(header, rows);
    }

    /** t, then a_f and σ_f per schedule and chosen frequency. */
    static Table gains(DiffusionAnalysis a) {
        List<String> keys = keys(a.schedules());
        double[] radii = a.chosenRadii();
        DiffusionAnalysis.Rings rings = a.rings();
        List<String> header = new ArrayList<>(List.of("t"));
        for (String key : keys) {
            for (double r : radii) {
                header.add(key + "_a_f" + Formats.number(r));
                header.add(key + "_sigma_f" + Formats.number(r));
            }
        }
        int size = a.spectrum().grid().size();
        double[] out = new double[4];
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < DiffusionCharts.TIME_POINTS; k++) {
            double t = (double) k / (DiffusionCharts.TIME_POINTS - 1);
            double[] row = new double[header.size()];
            row[0] = t;
            int c = 1;
            for (Schedule s : a.schedules()) {
                for (double r : radii) {
                    int ring = rings.nearest(r);
                    s.evaluate(t, rings.radius()[ring], size, rings.power()[ring], out);
                    row[c++] = Math.sqrt(Math.max(0, out[Schedule.GAIN]));
                    row[c++] = Math.sqrt(Math.max(0, out[Schedule.NOISE]));
                }
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /** The heat map's cells: t (cell centre), ring |f|, S, log₁₀ SNR. */
    static Table snr(DiffusionAnalysis a, int scheduleIndex) {
        double[][] values = SnrHeatMap.values(a, a.schedules().get(scheduleIndex));
        DiffusionAnalysis.Rings rings = a.rings();
        List<double[]> rows = new ArrayList<>();
        for (int row = 0; row < values.length; row++) {
            for (int r = 0; r < rings.size(); r++) {
                rows.add(new double[] {(row + 0.5) / SnrHeatMap.ROWS, rings.radius()[r], rings.power()[r], values[row][r]});
            }
        }
        return new Table(List.of("t", "radius", "S", "log10_snr"), rows);
    }

    /** Per ring: |f|, S, then v_f per schedule at the figure's fixed times and at t. */
    static Table marginal(DiffusionAnalysis a, double t) {
        List<String> keys = keys(a.schedules());
        double[] times = new double[DiffusionCharts.MARGINAL_TIMES.length + 1];
        System.arraycopy(DiffusionCharts.MARGINAL_TIMES, 0, times, 0, times.length - 1);
        times[times.length - 1] = t;
        List<String> header = new ArrayList<>(List.of("radius", "S"));
        for (String key : keys) {
            for (double time : times) {
                header.add(key + "_v_t" + time);
            }
        }
        return perRing(a, header, times, (s, out, power) -> new double[] {out[Schedule.GAIN] * power + out[Schedule.NOISE]});
    }

    /** Per ring: |f|, S, then a_f and σ_f per schedule at each time. */
    static Table filters(DiffusionAnalysis a, double[] times) {
        List<String> keys = keys(a.schedules());
        List<String> header = new ArrayList<>(List.of("radius", "S"));
        for (String key : keys) {
            for (double time : times) {
                header.add(key + "_a_t" + time);
                header.add(key + "_sigma_t" + time);
            }
        }
        return perRing(a, header, times, (s, out, power) -> new double[] {Math.sqrt(Math.max(0, out[Schedule.GAIN])),
            Math.sqrt(Math.max(0, out[Schedule.NOISE]))});
    }

    private interface Cells {
        double[] of(Schedule s, double[] evaluated, double power);
    }

    private static Table perRing(DiffusionAnalysis a, List<String> header, double[] times, Cells cells) {
        DiffusionAnalysis.Rings rings = a.rings();
        int size = a.spectrum().grid().size();
        double[] out = new double[4];
        List<double[]> rows = new ArrayList<>();
        for (int r = 0; r < rings.size(); r++) {
            double[] row = new double[header.size()];
            row[0] = rings.radius()[r];
            row[1] = rings.power()[r];
            int c = 2;
            for (Schedule s : a.schedules()) {
                for (double time : times) {
                    s.evaluate(time, rings.radius()[r], size, rings.power()[r], out);
                    for (double v : cells.of(s, out, rings.power()[r])) {
                        row[c++] = v;
                    }
                }
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }

    /**
     * Continuous: t, then Fisher speed and cumulative length per schedule. Discrete: t = k/N, then per
     * schedule the speed of the step ending at t (distance × N; empty at t = 0) and the cumulative length.
     */
    static Table speed(DiffusionAnalysis a) {
        List<String> keys = keys(a.schedules());
        List<String> header = new ArrayList<>(List.of("t"));
        for (String key : keys) {
            header.add(key + "_speed");
            header.add(key + "_length");
        }
        int points = a.curves().get(0).lengthTimes().length;
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k < points; k++) {
            double[] row = new double[header.size()];
            row[0] = a.curves().get(0).lengthTimes()[k];
            for (int s = 0; s < keys.size(); s++) {
                DiffusionAnalysis.Curves c = a.curves().get(s);
                row[1 + 2 * s] = c.lengthSpeed()[k];
                row[2 + 2 * s] = c.cumulative()[k];
            }
            rows.add(row);
        }
        return new Table(header, rows);
    }
}
