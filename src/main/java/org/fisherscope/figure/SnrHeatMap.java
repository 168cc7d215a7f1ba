package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Locale;
import org.fisherscope.diffusion.Schedule;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * log₁₀ SNR_f(t) of one schedule over the frequency rings (across, log scale) and t (up), in a diverging
 * colour scale centred on SNR = 1 (white), with the SNR = 1 contour, the time t and a colour legend.
 */
final class SnrHeatMap {

    /** Raster columns across the |f| axis and rows up the t axis. */
    static final int COLUMNS = 360;
    static final int ROWS = 200;
    /** The colour scale ends at most this many decades from SNR = 1 (t → 0 and t → 1 diverge). */
    static final double MAX_DECADES = 8;

    private static final Color NEUTRAL = new Color(0xf7f7f7);
    private static final Color[] LOW = {new Color(0x4393c3), new Color(0x053061)};
    private static final Color[] HIGH = {new Color(0xd6604d), new Color(0x67001f)};

    private SnrHeatMap() {
    }

    /** log₁₀ SNR at [row][ring] for t = (row + ½)/ROWS (cell centres: t = 0 and 1 are ±∞ for most schedules). */
    static double[][] values(DiffusionAnalysis analysis, Schedule schedule) {
        DiffusionAnalysis.Rings rings = analysis.rings();
        int size = analysis.spectrum().grid().size();
        double[][] v = new double[ROWS][rings.size()];
        double[] out = new double[4];
        for (int row = 0; row < ROWS; row++) {
            double t = (row + 0.5) / ROWS;
            for (int r = 0; r < rings.size(); r++) {
                schedule.evaluate(t, rings.radius()[r], size, rings.power()[r], out);
                v[row][r] = Math.log10(out[Schedule.GAIN] * rings.power()[r] / out[Schedule.NOISE]);
            }
        }
        return v;
    }

    /** The colour scale's half-width in decades: the largest |log₁₀ SNR| rounded up, 1 … MAX_DECADES. */
    static double scale(double[][] values) {
        double max = 0;
        for (double[] row : values) {
            for (double v : row) {
                if (Double.isFinite(v)) {
                    max = Math.max(max, Math.abs(v));
                }
            }
        }
        return Math.max(1, Math.min(MAX_DECADES, Math.ceil(max)));
    }

    static Color colour(double value, double scale) {
        double u = Double.isNaN(value) ? 0 : Math.max(-1, Math.min(1, value / scale));
        Color[] side = u < 0 ? LOW : HIGH;
        double a = Math.abs(u);
        return a < 0.5 ? DiffusionCharts.mix(NEUTRAL, side[0], a * 2) : DiffusionCharts.mix(side[0], side[1], a * 2 - 1);
    }

    static void draw(Graphics2D g, Rectangle2D area, DiffusionAnalysis analysis, Schedule schedule, double t,
                     FigureTheme theme) {
        DiffusionAnalysis.Rings rings = analysis.rings();
        double[][] values = values(analysis, schedule);
        double scale = scale(values);
        double lo = rings.radius()[0] * 0.9;
        double hi = rings.radius()[rings.size() - 1] * 1.1;
        DiffusionCharts helper = new DiffusionCharts(analysis, t, theme);
        LogAxis radius = helper.logAxis("|f| (ring mean)");
        radius.setRange(lo, hi);
        DiffusionCharts.decadeTicks(radius);
        NumberAxis time = Charts.axis("t", theme);
        time.setRange(0, 1);
        XYPlot plot = new XYPlot(new XYSeriesCollection(), radius, time, null);
        Charts.style(plot, theme);
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        chart.setBackgroundPaint(theme.background());
        ChartRenderingInfo info = new ChartRenderingInfo();
        Rectangle2D chartArea = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth() - 110, area.getHeight());
        chart.draw(g, chartArea, info);
        Rectangle2D data = info.getPlotInfo().getDataArea();

        int[] ringOfColumn = new int[COLUMNS];
        for (int c = 0; c < COLUMNS; c++) {
            double x = Math.exp(Math.log(lo) + (c + 0.5) / COLUMNS * (Math.log(hi) - Math.log(lo)));
            ringOfColumn[c] = nearestInLog(rings.radius(), x);
        }
        BufferedImage image = new BufferedImage(COLUMNS, ROWS, BufferedImage.TYPE_INT_RGB);
        for (int row = 0; row < ROWS; row++) {
            for (int c = 0; c < COLUMNS; c++) {
                // Image rows run down, t runs up.
                image.setRGB(c, ROWS - 1 - row, colour(values[row][ringOfColumn[c]], scale).getRGB());
            }
        }
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
            h.drawImage(image, (int) Math.round(data.getX()), (int) Math.round(data.getY()),
                    (int) Math.round(data.getWidth()), (int) Math.round(data.getHeight()), null);
            h.clip(data);
            // SNR = 1: where each ring's log SNR first falls through 0.
            Path2D contour = new Path2D.Double();
            boolean started = false;
            for (int r = 0; r < rings.size(); r++) {
                double crossing = Double.NaN;
                for (int row = 1; row < ROWS; row++) {
                    double a = values[row - 1][r];
                    double b = values[row][r];
                    if (a >= 0 && b < 0) {
                        double w = Double.isFinite(a) && Double.isFinite(b) ? a / (a - b) : 0.5;
                        crossing = (row - 0.5 + w) / ROWS;
                        break;
                    }
                }
                if (Double.isNaN(crossing)) {
                    started = false;
                    continue;
                }
                double x = radius.valueToJava2D(rings.radius()[r], data, RectangleEdge.BOTTOM);
                double y = time.valueToJava2D(crossing, data, RectangleEdge.LEFT);
                if (started) {
                    contour.lineTo(x, y);
                } else {
                    contour.moveTo(x, y);
                    started = true;
                }
            }
            h.setPaint(Color.BLACK);
            h.setStroke(new BasicStroke(1.6f));
            h.draw(contour);
            double ty = time.valueToJava2D(t, data, RectangleEdge.LEFT);
            h.setStroke(new BasicStroke(1.4f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0));
            h.setPaint(Color.BLACK);
            h.draw(new Line2D.Double(data.getMinX(), ty, data.getMaxX(), ty));
            h.setFont(theme.smallFont());
            h.drawString("t = " + Formats.number(t), (float) data.getMinX() + 6, (float) ty - 4);
            h.drawString("black line: SNR = 1", (float) data.getMaxX() - 120, (float) data.getMinY() + 14);
        } finally {
            h.dispose();
        }
        legend(g, new Rectangle2D.Double(chartArea.getMaxX() + 16, data.getY(), 18, data.getHeight()), scale, theme);
    }

    private static void legend(Graphics2D g, Rectangle2D bar, double scale, FigureTheme theme) {
        int steps = 100;
        for (int i = 0; i < steps; i++) {
            double value = scale - (i + 0.5) / steps * 2 * scale;
            g.setPaint(colour(value, scale));
            g.fill(new Rectangle2D.Double(bar.getX(), bar.getY() + i * bar.getHeight() / steps, bar.getWidth(),
                    bar.getHeight() / steps + 0.6));
        }
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(bar);
        g.setFont(theme.smallFont());
        double step = scale <= 4 ? 1 : 2;
        for (double v = -scale; v <= scale + 1e-9; v += step) {
            double y = bar.getY() + (scale - v) / (2 * scale) * bar.getHeight();
            g.setPaint(theme.foreground());
            g.draw(new Line2D.Double(bar.getMaxX(), y, bar.getMaxX() + 4, y));
            g.drawString(String.format(Locale.ROOT, "%+.0f", v), (float) bar.getMaxX() + 7, (float) y + 4);
        }
        g.drawString("log₁₀ SNR", (float) bar.getX() - 10, (float) bar.getY() - 8);
    }

    /** Index of the sorted value nearest to x in log distance. */
    static int nearestInLog(double[] sorted, double x) {
        int best = 0;
        double distance = Double.POSITIVE_INFINITY;
        for (int i = 0; i < sorted.length; i++) {
            double d = Math.abs(Math.log(sorted[i] / x));
            if (d < distance) {
                distance = d;
                best = i;
            }
        }
        return best;
    }
}
