package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/** The (μ, σ) half-plane with the geodesic, its end points and the slider's point (JFreeChart). */
final class NormalPlanePanel {

    /** Points along the drawn curve: the half-circle is smooth at this count at any figure size. */
    static final int CURVE_POINTS = 240;
    /** Margin around the path when the view is fitted to it, as a fraction of its extent. */
    private static final double FIT_MARGIN = 0.18;
    private static final double HANDLE_RADIUS = 6;

    private NormalPlanePanel() {
    }

    static PlaneMapping draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        Geodesic geodesic = scene.geodesic();
        XYSeries path = new XYSeries("Fisher–Rao geodesic", false, true);
        for (int k = 0; k <= CURVE_POINTS; k++) {
            double[] p = geodesic.pointAt((double) k / CURVE_POINTS);
            path.add(p[0], p[1]);
        }
        double[] window = scene.window().orElseGet(() -> GeodesicFigure.fittedWindow(geodesic));

        NumberAxis muAxis = Charts.axis("μ (mean)", theme);
        muAxis.setRange(window[0], window[1]);
        NumberAxis sigmaAxis = Charts.axis("σ (standard deviation)", theme);
        sigmaAxis.setRange(0, window[2]);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, theme.path());
        renderer.setSeriesStroke(0, new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        XYPlot plot = new XYPlot(new XYSeriesCollection(path), muAxis, sigmaAxis, renderer);
        Charts.style(plot, theme);
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        chart.setBackgroundPaint(theme.background());
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, area, info);
        Rectangle2D data = info.getPlotInfo().getDataArea();

        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] p) {
                return new Point2D.Double(muAxis.valueToJava2D(p[0], data, RectangleEdge.BOTTOM),
                        sigmaAxis.valueToJava2D(p[1], data, RectangleEdge.LEFT));
            }

            @Override
            public Optional<double[]> toParameters(Point2D d) {
                if (!data.contains(d)) {
                    return Optional.empty();
                }
                double mu = muAxis.java2DToValue(d.getX(), data, RectangleEdge.BOTTOM);
                double sigma = sigmaAxis.java2DToValue(d.getY(), data, RectangleEdge.LEFT);
                return sigma > 0 ? Optional.of(new double[] {mu, sigma}) : Optional.empty();
            }
        };
        Rectangle2D clip = data;
        Graphics2D h = (Graphics2D) g.create();
        h.clip(clip);
        handle(h, mapping.toDrawing(geodesic.from()), theme.start(), "A", theme);
        handle(h, mapping.toDrawing(geodesic.to()), theme.end(), "B", theme);
        marker(h, mapping.toDrawing(scene.markerPoint()), theme);
        h.dispose();
        return mapping;
    }

    /** A window {μmin, μmax, σmax} holding the path with a margin, σ from 0. */
    static double[] fit(double muMin, double muMax, double sigmaMax) {
        double width = Math.max(muMax - muMin, 0.5 * sigmaMax);
        double mid = (muMin + muMax) / 2;
        double half = width * (0.5 + FIT_MARGIN);
        return new double[] {mid - half, mid + half, sigmaMax * (1 + FIT_MARGIN)};
    }

    static void handle(Graphics2D g, Point2D at, java.awt.Color color, String label, FigureTheme theme) {
        Ellipse2D dot = new Ellipse2D.Double(at.getX() - HANDLE_RADIUS, at.getY() - HANDLE_RADIUS,
                2 * HANDLE_RADIUS, 2 * HANDLE_RADIUS);
        g.setPaint(color);
        g.fill(dot);
        g.setPaint(theme.background());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(dot);
        g.setPaint(theme.foreground());
        g.setFont(theme.labelFont().deriveFont(java.awt.Font.BOLD));
        g.drawString(label, (float) (at.getX() + HANDLE_RADIUS + 3), (float) (at.getY() - HANDLE_RADIUS));
    }

    static void marker(Graphics2D g, Point2D at, FigureTheme theme) {
        double r = HANDLE_RADIUS - 1.5;
        Rectangle2D box = new Rectangle2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        g.setPaint(theme.marker());
        g.fill(box);
        g.setPaint(theme.background());
        g.setStroke(new BasicStroke(1.2f));
        g.draw(box);
    }
}
