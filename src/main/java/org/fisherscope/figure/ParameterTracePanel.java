package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.fisherscope.geometry.Geodesic;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** Every parameter of the Fisher–Rao geodesic against t: for families whose distributions have no simple picture. */
final class ParameterTracePanel {

    private static final int POINTS = 120;

    private ParameterTracePanel() {
    }

    static void draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        Geodesic fisher = scene.geodesic();
        List<String> names = fisher.family().parameterNames();
        XYSeriesCollection data = new XYSeriesCollection();
        for (int i = 0; i < names.size(); i++) {
            XYSeries series = new XYSeries(names.get(i), false, true);
            for (int k = 0; k <= POINTS; k++) {
                double t = (double) k / POINTS;
                series.add(t, fisher.pointAt(t)[i]);
            }
            data.addSeries(series);
        }
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        java.awt.Color[] palette = {theme.path(), theme.connection("m"), theme.start(), theme.connection("e"),
            theme.end(), theme.connection("alpha"), theme.muted(), theme.marker(), theme.foreground()};
        for (int i = 0; i < names.size(); i++) {
            renderer.setSeriesStroke(i, new BasicStroke(1.8f));
            renderer.setSeriesPaint(i, palette[i % palette.length]);
        }
        NumberAxis t = Charts.axis("t along the Fisher–Rao geodesic", theme);
        t.setRange(0, 1);
        XYPlot plot = new XYPlot(data, t, Charts.axis("parameter", theme), renderer);
        Charts.style(plot, theme);
        plot.addDomainMarker(new org.jfree.chart.plot.ValueMarker(scene.marker(), theme.marker(), new BasicStroke(1.5f)));
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, true);
        chart.setBackgroundPaint(theme.background());
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(theme.background());
        legend.setItemPaint(theme.foreground());
        legend.setItemFont(theme.smallFont());
        chart.draw(g, area);
    }
}
