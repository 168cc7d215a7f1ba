package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fisherscope.diffusion.ImageSpectrum;
import org.fisherscope.diffusion.PowerLaw;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleComparison;
import org.fisherscope.diffusion.Spectrum;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.ValueAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The line-chart views of {@link DiffusionFigure}: spectrum, gains, marginal spectrum, speed and length. */
final class DiffusionCharts {

    /** Points per curve over t in the gains figure. */
    static final int TIME_POINTS = 201;
    /** Most periodogram dots drawn: enough to show the scatter, few enough for a light SVG. */
    static final int MAX_DOTS = 3000;
    /** The fixed times of the marginal-spectrum figure. */
    static final double[] MARGINAL_TIMES = {0, 0.25, 0.5, 0.75, 1};
    /** Beyond this ratio of largest to smallest speed the speed axis is logarithmic. */
    static final double LOG_SPEED_RATIO = 30;
    /** The log speed axis shows at most six decades below the largest speed. */
    static final double MIN_SPEED_FRACTION = 1e-6;

    /** Colours of the chosen frequencies in the gains figure, low to high |f|. */
    private static final Color[] FREQUENCY_COLOURS = {new Color(0x3b1c8c), new Color(0x2166ac), new Color(0x1a9850),
        new Color(0xd95f02), new Color(0xc51b7d)};
    private static final Color[] FREQUENCY_COLOURS_DARK = {new Color(0xb39ddb), new Color(0x6aa7ff),
        new Color(0x69db7c), new Color(0xffa94d), new Color(0xf783ac)};

    private final DiffusionAnalysis analysis;
    private final double t;
    private final FigureTheme theme;

    DiffusionCharts(DiffusionAnalysis analysis, double t, FigureTheme theme) {
        this.analysis = analysis;
        this.t = t;
        this.theme = theme;
    }

    // ---------------------------------------------------------------- spectrum

    void spectrum(Graphics2D g, Rectangle2D area) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        Spectrum spectrum = analysis.spectrum();
        ImageSpectrum image = analysis.input().image();
        int series = 0;
        if (image != null) {
            double[] periodogram = image.periodogram();
            int stride = Math.max(1, (periodogram.length + MAX_DOTS - 1) / MAX_DOTS);
            XYSeries dots = new XYSeries("periodogram |X_f|²" + (stride > 1 ? " (every " + stride + "th frequency)" : ""),
                    false, true);
            var grid = org.fisherscope.diffusion.FrequencyGrid.of(image.side(), 2);
            for (int i = 1; i < periodogram.length; i += stride) {
                if (periodogram[i] > 0) {
                    dots.add(grid.radius(i), periodogram[i]);
                }
            }
            data.addSeries(dots);
        } else {
            Spectrum.Bins bins = spectrum.bins();
            int stride = Math.max(1, (bins.size() + MAX_DOTS - 1) / MAX_DOTS);
            XYSeries dots = new XYSeries("S_f at each distinct |f|", false, true);
            for (int b = 0; b < bins.size(); b += stride) {
                if (bins.radius()[b] > 0) {
                    dots.add(bins.radius()[b], bins.power()[b]);
                }
            }
            data.addSeries(dots);
        }
        renderer.setSeriesLinesVisible(series, false);
        renderer.setSeriesShape(series, new Ellipse2D.Double(-1.5, -1.5, 3, 3));
        renderer.setSeriesPaint(series, mix(theme.muted(), theme.background(), 0.35));
        series++;
        DiffusionAnalysis.Rings rings = analysis.rings();
        XYSeries ringSeries = new XYSeries(image != null ? "ring means (the spectrum used with use=rings)"
                : "ring means", false, true);
        for (int r = 0; r < rings.size(); r++) {
            ringSeries.add(rings.radius()[r], rings.power()[r]);
        }
        data.addSeries(ringSeries);
        renderer.setSeriesPaint(series, theme.path());
        renderer.setSeriesShape(series, new Ellipse2D.Double(-2.5, -2.5, 5, 5));
        renderer.setSeriesStroke(series, new BasicStroke(1.6f));
        series++;
        if (image != null && image.fit() != null) {
            PowerLaw fit = image.fit();
            XYSeries law = new XYSeries(String.format(Locale.ROOT, "fit c₁/(c₂ + |f|)^m: c₁ = %.4g, c₂ = %.4g, m = %.4f,"
                    + " R² = %.4f", fit.c1(), fit.c2(), fit.m(), image.fitR2()), false, true);
            double top = rings.radius()[rings.size() - 1];
            for (int k = 0; k <= 100; k++) {
                double r = Math.pow(top, k / 100.0);
                law.add(r, fit.at(r));
            }
            data.addSeries(law);
            renderer.setSeriesPaint(series, theme.marker());
            renderer.setSeriesShapesVisible(series, false);
            renderer.setSeriesStroke(series, new BasicStroke(2f));
        }
        LogAxis radiusAxis = logAxis("|f| (cycles per image side)");
        radiusAxis.setRange(rings.radius()[0] / 1.1, rings.radius()[rings.size() - 1] * 1.1);
        decadeTicks(radiusAxis);
        LogAxis powerAxis = logAxis("S_f (variance per coefficient)");
        double[] span = range(data);
        powerAxis.setRange(span[0] / 1.5, span[1] * 1.5);
        decadeTicks(powerAxis);
        XYPlot plot = new XYPlot(data, radiusAxis, powerAxis, renderer);
        Charts.style(plot, theme);
        chart(plot, null, true).draw(g, area);
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        g.drawString(String.format(Locale.ROOT, "S at f = 0 (the mean, off the log axis): %.4g; %d frequencies,"
                + " %d distinct (|f|, S)", spectrum.power(0), spectrum.grid().count(), spectrum.bins().size()),
                (float) area.getX() + 70, (float) area.getY() + 16);
    }

    // ---------------------------------------------------------------- gains

    void gains(Graphics2D g, Rectangle2D area) {
        double[] radii = analysis.chosenRadii();
        DiffusionAnalysis.Rings rings = analysis.rings();
        Rectangle2D legend = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), 22);
        Color[] colours = theme == FigureTheme.DARK ? FREQUENCY_COLOURS_DARK : FREQUENCY_COLOURS;
        g.setFont(theme.smallFont());
        double x = legend.getX() + 8;
        for (int i = 0; i < radii.length; i++) {
            int ring = rings.nearest(radii[i]);
            String text = String.format(Locale.ROOT, "|f| ≈ %s (S = %.3g)", Formats.number(radii[i]), rings.power()[ring]);
            g.setPaint(colours[i % colours.length]);
            g.setStroke(new BasicStroke(2.2f));
            g.draw(new Line2D.Double(x, legend.getCenterY(), x + 18, legend.getCenterY()));
            g.setPaint(theme.foreground());
            g.drawString(text, (float) x + 22, (float) legend.getCenterY() + 4);
            x += 30 + g.getFontMetrics().stringWidth(text);
        }
        // "solid a_f, dashed σ_f" is in the title, so five frequencies fit a narrow window.
        Rectangle2D panels = new Rectangle2D.Double(area.getX(), area.getY() + 24, area.getWidth(), area.getHeight() - 24);
        List<Schedule> schedules = analysis.schedules();
        List<Rectangle2D> cells = cells(panels, schedules.size());
        double[] out = new double[4];
        int size = analysis.spectrum().grid().size();
        for (int s = 0; s < schedules.size(); s++) {
            Schedule schedule = schedules.get(s);
            XYSeriesCollection data = new XYSeriesCollection();
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            // One path per series, so that dashes run along the curve instead of restarting at every point.
            renderer.setDrawSeriesLineAsPath(true);
            for (int i = 0; i < radii.length; i++) {
                int ring = rings.nearest(radii[i]);
                XYSeries gain = new XYSeries("a " + i, false, true);
                XYSeries noise = new XYSeries("σ " + i, false, true);
                for (int k = 0; k < TIME_POINTS; k++) {
                    double time = (double) k / (TIME_POINTS - 1);
                    schedule.evaluate(time, rings.radius()[ring], size, rings.power()[ring], out);
                    gain.add(time, Math.sqrt(Math.max(0, out[Schedule.GAIN])));
                    noise.add(time, Math.sqrt(Math.max(0, out[Schedule.NOISE])));
                }
                data.addSeries(gain);
                data.addSeries(noise);
                Color c = colours[i % colours.length];
                renderer.setSeriesPaint(2 * i, c);
                renderer.setSeriesPaint(2 * i + 1, c);
                renderer.setSeriesStroke(2 * i, new BasicStroke(2f));
                renderer.setSeriesStroke(2 * i + 1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND,
                        1, new float[] {6, 4}, 0));
            }
            NumberAxis time = Charts.axis("t", theme);
            time.setRange(0, 1);
            NumberAxis value = Charts.axis("a_f, σ_f", theme);
            value.setRange(0, 1.05);
            XYPlot plot = new XYPlot(data, time, value, renderer);
            Charts.style(plot, theme);
            markTime(plot);
            chart(plot, schedule.label(), false).draw(g, cells.get(s));
        }
    }

    // ---------------------------------------------------------------- marginal

    void marginal(Graphics2D g, Rectangle2D area) {
        DiffusionAnalysis.Rings rings = analysis.rings();
        List<Schedule> schedules = analysis.schedules();
        int size = analysis.spectrum().grid().size();
        double[] out = new double[4];
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        List<XYSeriesCollection> all = new ArrayList<>();
        double[] times = new double[MARGINAL_TIMES.length + 1];
        System.arraycopy(MARGINAL_TIMES, 0, times, 0, MARGINAL_TIMES.length);
        times[MARGINAL_TIMES.length] = t;
        for (Schedule schedule : schedules) {
            XYSeriesCollection data = new XYSeriesCollection();
            for (int k = 0; k < times.length; k++) {
                XYSeries v = new XYSeries(k < MARGINAL_TIMES.length ? "t = " + Formats.number(times[k])
                        : "t = " + Formats.number(t) + " (slider)", false, true);
                for (int r = 0; r < rings.size(); r++) {
                    schedule.evaluate(times[k], rings.radius()[r], size, rings.power()[r], out);
                    double variance = out[Schedule.GAIN] * rings.power()[r] + out[Schedule.NOISE];
                    v.add(rings.radius()[r], variance);
                    lo = Math.min(lo, variance);
                    hi = Math.max(hi, variance);
                }
                data.addSeries(v);
            }
            all.add(data);
        }
        List<Rectangle2D> cells = cells(area, schedules.size());
        for (int s = 0; s < schedules.size(); s++) {
            XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
            for (int k = 0; k < MARGINAL_TIMES.length; k++) {
                renderer.setSeriesPaint(k, mix(theme.foreground(), theme.background(), 0.05 + 0.6 * MARGINAL_TIMES[k]));
                renderer.setSeriesStroke(k, new BasicStroke(1.4f));
            }
            renderer.setSeriesPaint(MARGINAL_TIMES.length, DiffusionFigure.scheduleColour(schedules.get(s), theme));
            renderer.setSeriesStroke(MARGINAL_TIMES.length, new BasicStroke(2.8f));
            LogAxis v = logAxis("v_f(t)");
            v.setRange(lo / 1.5, hi * 1.5);
            decadeTicks(v);
            LogAxis f = logAxis("|f|");
            f.setRange(rings.radius()[0] / 1.1, rings.radius()[rings.size() - 1] * 1.1);
            decadeTicks(f);
            XYPlot plot = new XYPlot(all.get(s), f, v, renderer);
            Charts.style(plot, theme);
            plot.addRangeMarker(new ValueMarker(1, theme.muted(), dashed(1f)));
            chart(plot, schedules.get(s).label(), s == schedules.size() - 1).draw(g, cells.get(s));
        }
    }

    // ---------------------------------------------------------------- speed

    void speed(Graphics2D g, Rectangle2D area) {
        List<Schedule> schedules = analysis.schedules();
        double tableHeight = 26 + 18 * schedules.size();
        double chartsHeight = area.getHeight() - tableHeight - 8;
        double half = area.getWidth() / 2;
        XYSeriesCollection speeds = new XYSeriesCollection();
        XYSeriesCollection lengths = new XYSeriesCollection();
        XYLineAndShapeRenderer speedRenderer = new XYLineAndShapeRenderer(true, false);
        XYLineAndShapeRenderer lengthRenderer = new XYLineAndShapeRenderer(true, false);
        double min = Double.POSITIVE_INFINITY;
        double max = 0;
        for (int s = 0; s < schedules.size(); s++) {
            DiffusionAnalysis.Curves c = analysis.curves().get(s);
            XYSeries speed = new XYSeries(schedules.get(s).label() + " " + s, false, true);
            for (int k = 0; k < c.speed().length; k++) {
                if (c.speed()[k] > 0 && Double.isFinite(c.speed()[k])) {
                    speed.add(c.speedTimes()[k], c.speed()[k]);
                    max = Math.max(max, c.speed()[k]);
                }
            }
            // Two user tables may share a label; series keys must differ.
            String key = schedules.get(s).label();
            for (int k = 2; lengths.indexOf(key) >= 0; k++) {
                key = schedules.get(s).label() + " (" + k + ")";
            }
            XYSeries length = new XYSeries(key, false, true);
            for (int k = 0; k < c.cumulative().length; k++) {
                length.add(c.lengthTimes()[k], c.cumulative()[k]);
            }
            speeds.addSeries(speed);
            lengths.addSeries(length);
            Color colour = DiffusionFigure.scheduleColour(schedules.get(s), theme);
            speedRenderer.setSeriesPaint(s, colour);
            lengthRenderer.setSeriesPaint(s, colour);
            speedRenderer.setSeriesStroke(s, new BasicStroke(2f));
            lengthRenderer.setSeriesStroke(s, new BasicStroke(2f));
        }
        // The axis' floor: the smallest speed above MIN_SPEED_FRACTION of the largest (a speed that falls to 0
        // at an end, cosine at t = 1, would stretch the axis over many empty decades).
        for (DiffusionAnalysis.Curves c : analysis.curves()) {
            for (double v : c.speed()) {
                if (v >= max * MIN_SPEED_FRACTION && v < min) {
                    min = v;
                }
            }
        }
        String speedLabel = analysis.input().steps() > 0 ? "speed (step distance × N)" : "Fisher speed ds/dt";
        ValueAxis speedAxis;
        if (max > 0 && max / min > LOG_SPEED_RATIO) {
            LogAxis log = logAxis(speedLabel + ", log scale");
            log.setRange(min / 1.3, max * 1.3);
            decadeTicks(log);
            speedAxis = log;
        } else {
            NumberAxis linear = Charts.axis(speedLabel, theme);
            linear.setAutoRangeIncludesZero(true);
            speedAxis = linear;
        }
        NumberAxis t1 = Charts.axis("t", theme);
        t1.setRange(0, 1);
        XYPlot speedPlot = new XYPlot(speeds, t1, speedAxis, speedRenderer);
        Charts.style(speedPlot, theme);
        markTime(speedPlot);
        chart(speedPlot, "Fisher speed", false).draw(g, new Rectangle2D.Double(area.getX(), area.getY(), half - 4,
                chartsHeight));
        NumberAxis t2 = Charts.axis("t", theme);
        t2.setRange(0, 1);
        NumberAxis lengthAxis = Charts.axis("Fisher length from t = 0", theme);
        lengthAxis.setAutoRangeIncludesZero(true);
        XYPlot lengthPlot = new XYPlot(lengths, t2, lengthAxis, lengthRenderer);
        Charts.style(lengthPlot, theme);
        markTime(lengthPlot);
        chart(lengthPlot, "Cumulative length", true).draw(g, new Rectangle2D.Double(area.getX() + half + 4, area.getY(),
                half - 4, chartsHeight));
        table(g, new Rectangle2D.Double(area.getX() + 8, area.getY() + chartsHeight + 8, area.getWidth() - 16,
                tableHeight));
    }

    private void table(Graphics2D g, Rectangle2D area) {
        List<Schedule> schedules = analysis.schedules();
        double[] columns = {0, 0.30, 0.45, 0.62, 0.74, 0.88};
        String[] header = {"schedule", "length", "endpoint distance", "ratio", "length to t = " + Formats.number(t),
            analysis.input().steps() > 0 ? "steps" : "error estimate"};
        g.setFont(theme.smallFont().deriveFont(java.awt.Font.BOLD));
        g.setPaint(theme.foreground());
        double y = area.getY() + 14;
        for (int c = 0; c < header.length; c++) {
            g.drawString(header[c], (float) (area.getX() + columns[c] * area.getWidth()), (float) y);
        }
        g.setFont(theme.smallFont());
        for (int s = 0; s < schedules.size(); s++) {
            ScheduleComparison.Row row = analysis.rows().get(s);
            y += 18;
            g.setPaint(DiffusionFigure.scheduleColour(schedules.get(s), theme));
            g.fill(new Rectangle2D.Double(area.getX(), y - 9, 10, 10));
            g.setPaint(theme.foreground());
            String[] cells = {schedules.get(s).label(), String.format(Locale.ROOT, "%.6f", row.length()),
                String.format(Locale.ROOT, "%.6f", row.endpointDistance()), String.format(Locale.ROOT, "%.5f", row.ratio()),
                String.format(Locale.ROOT, "%.5f", lengthTo(analysis.curves().get(s), t)),
                analysis.input().steps() > 0 ? Integer.toString(analysis.input().steps())
                        : String.format(Locale.ROOT, "%.1e", row.lengthErrorEstimate())};
            for (int c = 0; c < cells.length; c++) {
                g.drawString(cells[c], (float) (area.getX() + columns[c] * area.getWidth() + (c == 0 ? 16 : 0)),
                        (float) y);
            }
        }
    }

    /** The cumulative length at t, linear between the curve's samples. */
    static double lengthTo(DiffusionAnalysis.Curves c, double t) {
        double[] at = c.lengthTimes();
        double[] value = c.cumulative();
        for (int k = 1; k < at.length; k++) {
            if (t <= at[k]) {
                double w = (t - at[k - 1]) / (at[k] - at[k - 1]);
                return value[k - 1] + w * (value[k] - value[k - 1]);
            }
        }
        return value[value.length - 1];
    }

    // ---------------------------------------------------------------- helpers

    private void markTime(XYPlot plot) {
        ValueMarker marker = new ValueMarker(t, theme.marker(), dashed(1.4f));
        marker.setLabel("t = " + Formats.number(t));
        marker.setLabelFont(theme.smallFont());
        marker.setLabelPaint(theme.marker());
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        marker.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        marker.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.TOP_LEFT);
        plot.addDomainMarker(marker);
    }

    /**
     * Ticks at whole decades, labelled 10ⁿ, when the axis spans two decades or more; otherwise plain numbers
     * at the axis' own choice of steps.
     */
    static void decadeTicks(LogAxis axis) {
        double decades = Math.log10(axis.getUpperBound() / axis.getLowerBound());
        if (decades >= 2) {
            axis.setTickUnit(new org.jfree.chart.axis.NumberTickUnit(Math.max(1, Math.ceil(decades / 12)),
                    new java.text.DecimalFormat("0")));
        } else {
            axis.setNumberFormatOverride(new java.text.DecimalFormat("0.###"));
        }
    }

    private static BasicStroke dashed(float width) {
        return new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0);
    }

    LogAxis logAxis(String label) {
        LogAxis axis = new LogAxis(label);
        axis.setBase(10);
        axis.setSmallestValue(1e-300);
        axis.setLabelFont(theme.labelFont());
        axis.setTickLabelFont(theme.smallFont());
        axis.setLabelPaint(theme.foreground());
        axis.setTickLabelPaint(theme.foreground());
        axis.setAxisLinePaint(theme.muted());
        axis.setTickMarkPaint(theme.muted());
        axis.setMinorTickMarksVisible(true);
        return axis;
    }

    private JFreeChart chart(XYPlot plot, String title, boolean legend) {
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, legend);
        chart.setBackgroundPaint(theme.background());
        if (title != null) {
            TextTitle text = new TextTitle(title, theme.labelFont().deriveFont(java.awt.Font.BOLD));
            text.setPaint(theme.foreground());
            chart.setTitle(text);
        }
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(theme.background());
            chart.getLegend().setItemPaint(theme.foreground());
            chart.getLegend().setItemFont(theme.smallFont());
        }
        return chart;
    }

    /** Smallest and largest y of all series. */
    private static double[] range(XYSeriesCollection data) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < data.getSeriesCount(); s++) {
            XYSeries series = data.getSeries(s);
            for (int i = 0; i < series.getItemCount(); i++) {
                double y = series.getY(i).doubleValue();
                lo = Math.min(lo, y);
                hi = Math.max(hi, y);
            }
        }
        return new double[] {lo, hi};
    }

    /** Panels for n charts: one row up to three, then two or three columns. */
    static List<Rectangle2D> cells(Rectangle2D area, int n) {
        int columns = n <= 3 ? n : n == 4 ? 2 : 3;
        int rows = (n + columns - 1) / columns;
        double w = area.getWidth() / columns;
        double h = area.getHeight() / rows;
        List<Rectangle2D> cells = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            cells.add(new Rectangle2D.Double(area.getX() + (i % columns) * w, area.getY() + (i / columns) * h, w - 4,
                    h - 4));
        }
        return cells;
    }

    /** a·(1 − w) + b·w per channel. */
    static Color mix(Color a, Color b, double w) {
        return new Color((int) Math.round(a.getRed() * (1 - w) + b.getRed() * w),
                (int) Math.round(a.getGreen() * (1 - w) + b.getGreen() * w),
                (int) Math.round(a.getBlue() * (1 - w) + b.getBlue() * w));
    }
}
