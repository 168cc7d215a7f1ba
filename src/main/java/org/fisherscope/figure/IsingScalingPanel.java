package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.ScalingFit;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Left: |R| against n on log–log axes, the computed points with ± 1 standard error (joined when exact), the
 * least-squares line and the 10/9 prediction through the same centre (so only the slopes differ), and optionally
 * the published values, Monte Carlo with its error bars. Right: the consecutive effective exponents
 * d_eff = Δln|R|/Δln n against the prediction, and, when exact points meet published ones, the published values'
 * deviation from the exact ones with their error bars and in units of their error.
 */
final class IsingScalingPanel {

    /** Share of the width for the log–log plot; the rest shows the effective exponents. */
    private static final double MAIN_SHARE = 0.58;
    /** Share of the side height for d_eff when the comparison panel is shown below it. */
    private static final double EFFECTIVE_SHARE = 0.5;
    private static final double CAPTION_HEIGHT = 48;
    /**
     * The d_eff panel scales to the pairs midway above this L: the smallest tori (3→4, 4→5) have d_eff far above
     * the rest and are named in a note instead of flattening the others.
     */
    private static final double ZOOM_FROM_L = 5;

    private IsingScalingPanel() {
    }

    static void draw(Graphics2D g, Rectangle2D area, IsingFigure.Content content, Optional<ScalingFit> fit,
                     FigureTheme theme) {
        List<CurvaturePoint> points = content.points();
        if (points.isEmpty() && !content.reference()) {
            IsingLatticePanel.message(g, area, theme, "No curvature computed yet: choose the sizes L and press Compute.");
            return;
        }
        Rectangle2D charts = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                area.getHeight() - CAPTION_HEIGHT);
        Rectangle2D main = new Rectangle2D.Double(charts.getX(), charts.getY(), charts.getWidth() * MAIN_SHARE,
                charts.getHeight());
        Rectangle2D side = new Rectangle2D.Double(main.getMaxX() + 8, charts.getY(),
                charts.getMaxX() - main.getMaxX() - 8, charts.getHeight());
        themed(logLog(content, fit, theme), theme).draw(g, main);
        List<PublishedIsingCurvature.Comparison> comparisons = content.reference()
                ? PublishedIsingCurvature.compare(points) : List.of();
        if (comparisons.isEmpty()) {
            themed(effective(content, fit, theme), theme).draw(g, side);
        } else {
            Rectangle2D top = new Rectangle2D.Double(side.getX(), side.getY(), side.getWidth(),
                    side.getHeight() * EFFECTIVE_SHARE);
            Rectangle2D bottom = new Rectangle2D.Double(side.getX(), top.getMaxY() + 4, side.getWidth(),
                    side.getMaxY() - top.getMaxY() - 4);
            themed(effective(content, fit, theme), theme).draw(g, top);
            themed(IsingComparisonChart.chart(comparisons, theme), theme).draw(g, bottom);
        }
        g.setFont(theme.labelFont());
        g.setPaint(theme.foreground());
        float y = (float) (charts.getMaxY() + 16);
        if (fit.isPresent()) {
            ScalingFit f = fit.get();
            g.drawString(String.format(Locale.ROOT, "fit over L = %s: d_R = %.4f%s   prediction (dν + 2η)/(dν + η) = 10/9"
                            + " = %.4f", sizes(points), f.slope(),
                    Double.isNaN(f.slopeStdErr()) ? " (two sizes: no error bar)"
                            : String.format(Locale.ROOT, " ± %.4f", f.slopeStdErr()), ScalingFit.ISING_2D_PREDICTION),
                    (float) area.getX() + 8, y);
        } else {
            g.drawString("compute at least two sizes for a fit", (float) area.getX() + 8, y);
        }
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        double coupling = points.isEmpty() ? IsingLatticePanel.CRITICAL : points.get(0).coupling();
        g.drawString(content.parameters() + String.format(Locale.ROOT, "; K = %.10f%s", coupling,
                        IsingLatticePanel.isCritical(coupling) ? " = K_c" : ""), (float) area.getX() + 8, y + 15);
        g.drawString("unit sphere R = +2; at K_c R < 0 and |R| is plotted; " + (!points.isEmpty() && points.stream()
                        .allMatch(CurvaturePoint::exact) ? "exact values have no error bars" : "computed error bars ± 1"
                        + " standard error over seeds") + (content.reference() ? "; published Monte Carlo bars: the"
                        + " paper's quoted errors" : ""), (float) area.getX() + 8, y + 29);
    }

    private static String sizes(List<CurvaturePoint> points) {
        return points.get(0).size() + "…" + points.get(points.size() - 1).size() + " (" + points.size() + " sizes)";
    }

    private static JFreeChart logLog(IsingFigure.Content content, Optional<ScalingFit> fit, FigureTheme theme) {
        List<CurvaturePoint> points = content.points();
        YIntervalSeries run = new YIntervalSeries(points.stream().allMatch(CurvaturePoint::exact) ? "exact |R| (computed)"
                : "computed |R| ± 1 SE");
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (CurvaturePoint p : points) {
            double r = Math.abs(p.r());
            double e = p.exact() ? 0 : p.error();
            run.add(p.sites(), r, r - e, r + e);
            lo = Math.min(lo, p.sites());
            hi = Math.max(hi, p.sites());
        }
        YIntervalSeriesCollection runData = new YIntervalSeriesCollection();
        runData.addSeries(run);
        XYErrorRenderer runRenderer = new XYErrorRenderer();
        runRenderer.setDrawXError(false);
        // Exact points lie on a curve with no scatter: join them, so the published points read against it.
        runRenderer.setDefaultLinesVisible(!points.isEmpty() && points.stream().allMatch(CurvaturePoint::exact));
        runRenderer.setSeriesPaint(0, theme.path());
        runRenderer.setErrorPaint(theme.path());
        runRenderer.setErrorStroke(new BasicStroke(1.4f));
        runRenderer.setSeriesShape(0, new Ellipse2D.Double(-4.5, -4.5, 9, 9));

        XYSeriesCollection published = new XYSeriesCollection();
        YIntervalSeriesCollection sampled = new YIntervalSeriesCollection();
        if (content.reference()) {
            XYSeries exact = new XYSeries("published exact (transfer matrix), L = 3…9", false, true);
            for (int i = 0; i < PublishedIsingCurvature.EXACT_L.length; i++) {
                int n = PublishedIsingCurvature.EXACT_L[i] * PublishedIsingCurvature.EXACT_L[i];
                exact.add(n, PublishedIsingCurvature.EXACT_ABS_R[i]);
                lo = Math.min(lo, n);
                hi = Math.max(hi, n);
            }
            published.addSeries(exact);
            YIntervalSeries mc = new YIntervalSeries("published Monte Carlo ± error, L = 10…20");
            for (int i = 0; i < PublishedIsingCurvature.MONTE_CARLO_L.length; i++) {
                int n = PublishedIsingCurvature.MONTE_CARLO_L[i] * PublishedIsingCurvature.MONTE_CARLO_L[i];
                double r = PublishedIsingCurvature.MONTE_CARLO_ABS_R[i];
                double e = PublishedIsingCurvature.MONTE_CARLO_ERROR[i];
                mc.add(n, r, r - e, r + e);
                lo = Math.min(lo, n);
                hi = Math.max(hi, n);
            }
            sampled.addSeries(mc);
        }
        XYLineAndShapeRenderer publishedRenderer = new XYLineAndShapeRenderer(false, true);
        publishedRenderer.setDefaultShapesFilled(false);
        publishedRenderer.setUseOutlinePaint(false);
        publishedRenderer.setSeriesPaint(0, theme.end());
        publishedRenderer.setSeriesShape(0, new Rectangle2D.Double(-5, -5, 10, 10));
        publishedRenderer.setDefaultStroke(new BasicStroke(1.4f));
        XYErrorRenderer sampledRenderer = IsingComparisonChart.sampledRenderer(theme);

        XYSeriesCollection lines = new XYSeriesCollection();
        XYLineAndShapeRenderer lineRenderer = new XYLineAndShapeRenderer(true, false);
        fit.ifPresent(f -> {
            double x0 = points.stream().mapToDouble(CurvaturePoint::sites).min().orElseThrow();
            double x1 = points.stream().mapToDouble(CurvaturePoint::sites).max().orElseThrow();
            XYSeries fitted = new XYSeries(String.format(Locale.ROOT, "least squares: d_R = %.4f", f.slope()), false,
                    true);
            fitted.add(x0, f.at(x0));
            fitted.add(x1, f.at(x1));
            // The prediction through the fit's centre (mean ln n, mean ln|R|): only the slopes differ.
            double meanX = points.stream().mapToDouble(p -> Math.log(p.sites())).average().orElseThrow();
            double meanY = f.intercept() + f.slope() * meanX;
            XYSeries predicted = new XYSeries("prediction: slope 10/9", false, true);
            for (double x : new double[] {x0, x1}) {
                predicted.add(x, Math.exp(meanY + ScalingFit.ISING_2D_PREDICTION * (Math.log(x) - meanX)));
            }
            lines.addSeries(fitted);
            lines.addSeries(predicted);
        });
        lineRenderer.setSeriesPaint(0, theme.marker());
        lineRenderer.setSeriesStroke(0, new BasicStroke(2f));
        lineRenderer.setSeriesPaint(1, theme.muted());
        lineRenderer.setSeriesStroke(1, new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
                new float[] {6, 4}, 0));

        LogAxis n = new NiceLogAxis("n = L² (sites)", theme);
        LogAxis r = new NiceLogAxis("|R|", theme);
        n.setRange(lo / 1.15, hi * 1.15);
        XYPlot plot = new XYPlot(runData, n, r, runRenderer);
        plot.setDataset(1, lines);
        plot.setRenderer(1, lineRenderer);
        plot.setDataset(2, published);
        plot.setRenderer(2, publishedRenderer);
        plot.setDataset(3, sampled);
        plot.setRenderer(3, sampledRenderer);
        Charts.style(plot, theme);
        return new JFreeChart(null, theme.labelFont(), plot, true);
    }

    private static JFreeChart effective(IsingFigure.Content content, Optional<ScalingFit> fit, FigureTheme theme) {
        List<CurvaturePoint> points = content.points();
        YIntervalSeries run = new YIntervalSeries(points.stream().allMatch(CurvaturePoint::exact)
                ? "exact d_eff(L)" : "computed d_eff(L) ± 1 SE");
        fit.ifPresent(f -> {
            for (int i = 0; i < f.effective().length; i++) {
                CurvaturePoint a = points.get(i);
                CurvaturePoint b = points.get(i + 1);
                double d = f.effective()[i];
                // Independent seeds per L: relative errors add in quadrature.
                double e = a.exact() || b.exact() ? 0 : Math.hypot(a.error() / a.r(), b.error() / b.r())
                        / Math.log((double) b.sites() / a.sites());
                run.add((a.size() + b.size()) / 2.0, d, d - e, d + e);
            }
        });
        YIntervalSeriesCollection data = new YIntervalSeriesCollection();
        data.addSeries(run);
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(true);
        renderer.setSeriesPaint(0, theme.path());
        renderer.setErrorPaint(theme.path());
        renderer.setSeriesShape(0, new Ellipse2D.Double(-4, -4, 8, 8));
        XYSeriesCollection published = new XYSeriesCollection();
        if (content.reference()) {
            XYSeries exact = new XYSeries("from published exact", false, true);
            int[] l = PublishedIsingCurvature.EXACT_L;
            double[] r = PublishedIsingCurvature.EXACT_ABS_R;
            for (int i = 0; i + 1 < l.length; i++) {
                exact.add((l[i] + l[i + 1]) / 2.0, Math.log(r[i + 1] / r[i]) / Math.log((double) l[i + 1] * l[i + 1]
                        / (l[i] * l[i])));
            }
            published.addSeries(exact);
        }
        XYLineAndShapeRenderer publishedRenderer = new XYLineAndShapeRenderer(true, true);
        publishedRenderer.setDefaultShapesFilled(false);
        publishedRenderer.setSeriesPaint(0, theme.end());
        publishedRenderer.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));
        NumberAxis x = Charts.axis("L (midway between successive sizes)", theme);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis y = Charts.axis("d_eff = Δln|R| / Δln n", theme);
        y.setAutoRangeIncludesZero(false);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        plot.setDataset(1, published);
        plot.setRenderer(1, publishedRenderer);
        Charts.style(plot, theme);
        ValueMarker prediction = Charts.labelledMarker(ScalingFit.ISING_2D_PREDICTION, "10/9 prediction", theme.muted(),
                Charts.DASHED, theme.muted(), RectangleAnchor.TOP_RIGHT, TextAnchor.BOTTOM_RIGHT, theme);
        plot.addRangeMarker(prediction);
        fit.ifPresent(f -> {
            ValueMarker slope = Charts.labelledMarker(f.slope(), "fit", theme.marker(), new BasicStroke(1.4f), theme.marker(),
                    RectangleAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, theme);
            plot.addRangeMarker(slope);
        });
        // Keep 10/9 in view even when the data sit far from it. Pairs that start below ZOOM_FROM_L (d_eff(3→4) ≈ 1.6)
        // would squash everything else into one line; they set the range only when nothing else is there.
        double min = ScalingFit.ISING_2D_PREDICTION;
        double max = min;
        boolean zoomed = false;
        List<String> outside = new java.util.ArrayList<>();
        for (int pass = 0; pass < 2 && !zoomed; pass++) {
            boolean all = pass == 1;
            for (int i = 0; i < run.getItemCount(); i++) {
                if (all || run.getX(i).doubleValue() > ZOOM_FROM_L) {
                    min = Math.min(min, run.getYLowValue(i));
                    max = Math.max(max, run.getYHighValue(i));
                    zoomed = !all;
                }
            }
            for (int i = 0; i < published.getSeriesCount(); i++) {
                XYSeries s = published.getSeries(i);
                for (int j = 0; j < s.getItemCount(); j++) {
                    if (all || s.getX(j).doubleValue() > ZOOM_FROM_L) {
                        min = Math.min(min, s.getY(j).doubleValue());
                        max = Math.max(max, s.getY(j).doubleValue());
                    }
                }
            }
        }
        double pad = Math.max(0.004, 0.12 * (max - min));
        y.setRange(min - pad, max + pad);
        for (int i = 0; i < run.getItemCount(); i++) {
            double d = run.getYValue(i);
            if (d > max + pad || d < min - pad) {
                // Item i is the pair of points i and i + 1 (see above).
                outside.add(String.format(Locale.ROOT, "%d→%d: %.3f", points.get(i).size(), points.get(i + 1).size(), d));
            }
        }
        if (!outside.isEmpty()) {
            TextTitle note = new TextTitle("d_eff off the scale: " + String.join(", ", outside), theme.smallFont());
            note.setPaint(theme.muted());
            note.setPosition(org.jfree.chart.ui.RectangleEdge.TOP);
            JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, true);
            chart.addSubtitle(note);
            return chart;
        }
        return new JFreeChart(null, theme.labelFont(), plot, true);
    }

    static JFreeChart themed(JFreeChart chart, FigureTheme theme) {
        chart.setBackgroundPaint(theme.background());
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(theme.background());
            chart.getLegend().setItemPaint(theme.foreground());
            chart.getLegend().setItemFont(theme.smallFont());
        }
        return chart;
    }
}
