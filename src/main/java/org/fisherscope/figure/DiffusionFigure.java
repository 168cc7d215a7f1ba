package org.fisherscope.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fisherscope.diffusion.CorruptionPreview;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleComparison;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The diffusion-schedule figures, each drawn once through Graphics2D: the data spectrum, per-frequency
 * signal gain and noise, the log-SNR heat map, the marginal spectrum, Fisher speed and length, the
 * corruption preview and the frame strip. A time t is marked on every figure that has a time axis.
 */
public final class DiffusionFigure implements Figure {

    /** Which figure. */
    public enum View implements ViewChoice {
        SPECTRUM("spectrum", "Spectrum"), GAINS("gains", "Signal gain and noise per frequency"),
        SNR("snr", "log SNR over (|f|, t)"), MARGINAL("marginal", "Marginal spectrum v_f(t)"),
        SPEED("speed", "Fisher speed and length"), PREVIEW("preview", "Corruption preview"),
        STRIP("strip", "Frame strip t = 0 … 1");

        private final String id;
        private final String label;

        View(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return label;
        }

        /** True for the views drawn from corrupted images. */
        public boolean needsFrames() {
            return this == PREVIEW || this == STRIP;
        }

        public static View parse(String id) {
            return ViewChoice.parse(values(), id);
        }
    }

    private final DiffusionAnalysis analysis;
    private final View view;
    private final double t;
    private final int scheduleIndex;
    private final boolean split;
    private final PreviewFrames frames;
    private final FigureTheme theme;
    private final String commandLine;

    /**
     * @param t             the time marked on the figures (and of the preview)
     * @param scheduleIndex the schedule of the SNR heat map
     * @param split         whether the preview shows the signal and noise parts
     * @param frames        the preview's or strip's images; null while they are being computed
     */
    public DiffusionFigure(DiffusionAnalysis analysis, View view, double t, int scheduleIndex, boolean split,
                           PreviewFrames frames, FigureTheme theme, String commandLine) {
        if (!(t >= 0 && t <= 1)) {
            throw new InvalidInputException("t must lie in [0, 1], got " + t);
        }
        if (scheduleIndex < 0 || scheduleIndex >= analysis.schedules().size()) {
            throw new IllegalArgumentException("schedule index " + scheduleIndex + " of " + analysis.schedules().size());
        }
        this.analysis = analysis;
        this.view = view;
        this.t = t;
        this.scheduleIndex = scheduleIndex;
        this.split = split;
        this.frames = frames;
        this.theme = theme;
        this.commandLine = commandLine;
    }

    public View view() {
        return view;
    }

    public double t() {
        return t;
    }

    public int scheduleIndex() {
        return scheduleIndex;
    }

    public boolean split() {
        return split;
    }

    public DiffusionAnalysis analysis() {
        return analysis;
    }

    /** The colour of a schedule: SPD in the path colour, the baselines in colours distinct from it. */
    static Color scheduleColour(Schedule schedule, FigureTheme theme) {
        return switch (schedule.id()) {
            case "spd" -> theme.path();
            case "linear" -> theme.start();
            case "cosine" -> theme.end();
            case "blur" -> theme.connection("e");
            default -> theme.connection("alpha");
        };
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            TitledPage.begin(g2, area, theme, title());
            Rectangle2D body = new Rectangle2D.Double(area.getX() + 6, area.getY() + 32, area.getWidth() - 12,
                    area.getHeight() - 54);
            g2.setFont(theme.smallFont());
            g2.setPaint(theme.muted());
            g2.drawString(caption(), (float) area.getX() + 10, (float) area.getMaxY() - 8);
            DiffusionCharts charts = new DiffusionCharts(analysis, t, theme);
            switch (view) {
                case SPECTRUM -> charts.spectrum(g2, body);
                case GAINS -> charts.gains(g2, body);
                case SNR -> SnrHeatMap.draw(g2, body, analysis, analysis.schedules().get(scheduleIndex), t, theme);
                case MARGINAL -> charts.marginal(g2, body);
                case SPEED -> charts.speed(g2, body);
                default -> frames(g2, body);
            }
        } finally {
            g2.dispose();
        }
    }

    private void frames(Graphics2D g, Rectangle2D body) {
        if (analysis.preview() == null) {
            notice(g, body, analysis.previewUnavailable());
        } else if (frames == null) {
            notice(g, body, "Computing the corrupted images …");
        } else {
            FramesPanel.draw(g, body, frames, view == View.STRIP, theme);
        }
    }

    private void notice(Graphics2D g, Rectangle2D body, String message) {
        g.setFont(theme.labelFont());
        g.setPaint(theme.muted());
        TextBlock.draw(g, message, body.getX() + body.getWidth() / 6, body.getY() + body.getHeight() / 3,
                body.getWidth() * 2 / 3);
    }

    private String title() {
        String when = " at t = " + Formats.number(t);
        return switch (view) {
            case SPECTRUM -> analysis.input().image() != null ? "Spectrum of " + analysis.input().image().source()
                    + ": periodogram, ring means, fit" : "Data spectrum S(|f|)";
            case GAINS -> "Signal gain a_f(t) (solid) and noise standard deviation σ_f(t) (dashed)";
            case SNR -> "log₁₀ SNR_f(t) = log₁₀(a_f²·S_f/σ_f²), " + analysis.schedules().get(scheduleIndex).label();
            case MARGINAL -> "Marginal spectrum v_f(t) = a_f(t)²·S_f + σ_f(t)²";
            case SPEED -> "Fisher speed and cumulative Fisher length" + (analysis.input().steps() > 0
                    ? " (" + analysis.input().steps() + " discrete steps)" : " (continuous t)");
            case PREVIEW -> "Corruption x_t = IFFT(a_f·X₀ + σ_f·E)" + when + (split ? ", split into signal and noise"
                    : "");
            case STRIP -> "Corruption along each schedule, t = 0, 0.1, …, 1";
        };
    }

    private String caption() {
        String spectrum = analysis.spectrum().description();
        return switch (view) {
            case PREVIEW, STRIP -> {
                CorruptionPreview p = analysis.preview();
                if (p == null || frames == null) {
                    yield spectrum;
                }
                yield (p.synthetic() ? "a sample of the Gaussian model" : "the photograph's centred crop") + ", "
                        + p.side() + " × " + p.side() + "; noise seed " + analysis.input().seed()
                        + String.format(Locale.ROOT, "; black … white = %.3g … %.3g, clipped", frames.low(), frames.high())
                        + (split && view == View.PREVIEW ? " (noise row centred on 0)" : "");
            }
            default -> spectrum;
        };
    }

    @Override
    public FigureMetadata metadata() {
        List<String> lines = new ArrayList<>();
        lines.add("view " + view.id() + "; t = " + t);
        lines.add("spectrum: " + analysis.spectrum().description());
        StringBuilder s = new StringBuilder("schedules:");
        for (ScheduleComparison.Row row : analysis.rows()) {
            s.append(" ").append(row.schedule().label()).append(" (length ").append(row.length())
                    .append(", endpoint distance ").append(row.endpointDistance()).append(", ratio ").append(row.ratio())
                    .append(");");
        }
        lines.add(s.toString());
        lines.add(analysis.input().steps() > 0 ? "time: " + analysis.input().steps() + " discrete steps t = k/N"
                : "time: continuous");
        if (view == View.SNR) {
            lines.add("heat map schedule: " + analysis.schedules().get(scheduleIndex).label());
        }
        if (view.needsFrames()) {
            lines.add("noise seed " + analysis.input().seed());
        }
        return new FigureMetadata(title(), String.join("\n", lines), List.of(ScheduleComparison.CONVENTION,
                "frequencies: integer (fx, fy) of an N × N orthonormal FFT grid (numpy fftfreq × N), |f| = √(fx² + fy²);"
                        + " per-frequency figures use rings of equal rounded |f| (mean |f|, mean S)",
                "SNR_f(t) = a_f(t)²·S_f / σ_f(t)²"), commandLine);
    }
}
