package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Polygon;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.annotations.XYTextAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;

/**
 * Published against exact: (published − exact)/exact in per cent for every L where both exist, with the
 * published error bar on the same scale and each Monte Carlo point labelled by its deviation in units of its
 * own error. Zero is the exact value; a bar that misses zero is a sampled value that is off by more than it says.
 */
final class IsingComparisonChart {

    private IsingComparisonChart() {
    }

    /** The renderer of the published Monte Carlo points: hollow triangles with their error bars. */
    static XYErrorRenderer sampledRenderer(FigureTheme theme) {
        XYErrorRenderer renderer = new XYErrorRenderer();
        renderer.setDrawXError(false);
        renderer.setDefaultLinesVisible(false);
        renderer.setDefaultShapesFilled(false);
        renderer.setUseOutlinePaint(false);
        renderer.setSeriesPaint(0, theme.start());
        renderer.setErrorPaint(theme.start());
        renderer.setErrorStroke(new BasicStroke(1.4f));
        renderer.setCapLength(7);
        renderer.setSeriesShape(0, new Polygon(new int[] {0, 6, -6}, new int[] {-6, 5, 5}, 3));
        renderer.setSeriesStroke(0, new BasicStroke(1.4f));
        return renderer;
    }

    static JFreeChart chart(List<PublishedIsingCurvature.Comparison> comparisons, FigureTheme theme) {
        YIntervalSeries exact = new YIntervalSeries("published exact (±0.005)");
        YIntervalSeries sampled = new YIntervalSeries("published Monte Carlo ± error");
        double low = 0;
        double high = 0;
        for (PublishedIsingCurvature.Comparison c : comparisons) {
            double y = 100 * c.relative();
            double e = 100 * c.error() / c.exact();
            (c.monteCarlo() ? sampled : exact).add(c.size(), y, y - e, y + e);
            low = Math.min(low, y - e);
            high = Math.max(high, y + e);
        }
        YIntervalSeriesCollection sampledData = new YIntervalSeriesCollection();
        sampledData.addSeries(sampled);
        YIntervalSeriesCollection exactData = new YIntervalSeriesCollection();
        exactData.addSeries(exact);
        XYErrorRenderer exactRenderer = new XYErrorRenderer();
        exactRenderer.setDrawXError(false);
        exactRenderer.setDefaultShapesFilled(false);
        exactRenderer.setUseOutlinePaint(false);
        exactRenderer.setSeriesPaint(0, theme.end());
        exactRenderer.setErrorPaint(theme.end());
        exactRenderer.setSeriesShape(0, new Rectangle2D.Double(-4, -4, 8, 8));

        NumberAxis x = Charts.axis("L", theme);
        x.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        int first = comparisons.get(0).size();
        int last = comparisons.get(comparisons.size() - 1).size();
        x.setRange(first - 1.5, last + 1.5);
        NumberAxis y = Charts.axis("published/exact − 1, %", theme);
        double pad = Math.max(0.02, 0.25 * (high - low));
        y.setRange(low - pad, high + pad);
        XYPlot plot = new XYPlot(sampledData, x, y, sampledRenderer(theme));
        plot.setDataset(1, exactData);
        plot.setRenderer(1, exactRenderer);
        Charts.style(plot, theme);
        ValueMarker zero = Charts.labelledMarker(0, "exact", theme.path(), new BasicStroke(1.6f), theme.path(),
                org.jfree.chart.ui.RectangleAnchor.BOTTOM_LEFT, TextAnchor.TOP_LEFT, theme);
        plot.addRangeMarker(zero);
        int shown = 0;
        for (PublishedIsingCurvature.Comparison c : comparisons) {
            if (!c.monteCarlo()) {
                continue;
            }
            // Alternate above and below the bar, so neighbouring labels do not run into each other.
            boolean above = shown++ % 2 == 0;
            double end = 100 * (c.relative() + (above ? 1 : -1) * c.error() / c.exact());
            XYTextAnnotation label = new XYTextAnnotation(String.format(Locale.ROOT, "%+.1fσ", c.deviation()),
                    c.size(), end);
            label.setFont(theme.smallFont());
            label.setPaint(Math.abs(c.deviation()) > 2 ? theme.marker() : theme.foreground());
            label.setTextAnchor(above ? TextAnchor.BOTTOM_CENTER : TextAnchor.TOP_CENTER);
            plot.addAnnotation(label);
        }
        // The markers are those of the main plot's legend; a second legend would only take room.
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        TextTitle title = new TextTitle("published vs exact; labels: miss / published error",
                theme.smallFont());
        title.setPaint(theme.muted());
        chart.addSubtitle(title);
        return chart;
    }
}
