package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import org.fisherscope.geometry.Geodesic;
import org.jfree.chart.axis.NumberAxis;

/**
 * A bivariate normal family drawn in data space: the path of the means and, along the Fisher–Rao
 * geodesic, the one-standard-deviation ellipses of the covariances; A and B are dragged by their means.
 */
final class CovariancePanel {

    /** Ellipses drawn along the path besides A, B and γ(t). */
    private static final int ELLIPSES = 8;
    private static final int ELLIPSE_POINTS = 96;
    private static final double FIT_MARGIN = 0.15;

    private CovariancePanel() {
    }

    static PlaneMapping draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        Geodesic fisher = scene.geodesic();
        double[] w = scene.window().orElseGet(() -> fit(scene));
        NumberAxis xAxis = Charts.axis("x₁", theme);
        xAxis.setRange(w[0], w[1]);
        NumberAxis yAxis = Charts.axis("x₂", theme);
        yAxis.setRange(w[2], w[3]);
        // Ellipses must look like ellipses: measure the data area once, widen the shorter range to the
        // same scale on both axes, then draw.
        Rectangle2D measured = AxesFrame.draw((Graphics2D) g.create(), area, xAxis, yAxis, theme).data();
        double perPixel = Math.max((w[1] - w[0]) / measured.getWidth(), (w[3] - w[2]) / measured.getHeight());
        double cx = (w[0] + w[1]) / 2;
        double cy = (w[2] + w[3]) / 2;
        xAxis.setRange(cx - perPixel * measured.getWidth() / 2, cx + perPixel * measured.getWidth() / 2);
        yAxis.setRange(cy - perPixel * measured.getHeight() / 2, cy + perPixel * measured.getHeight() / 2);
        AxesFrame frame = AxesFrame.draw(g, area, xAxis, yAxis, theme);
        Rectangle2D data = frame.data();
        // Only the mean is read from a position; the caller keeps the covariance.
        PlaneMapping mapping = frame.planeMapping();
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.clip(data);
            h.setStroke(new BasicStroke(0.9f));
            Color faint = new Color(theme.path().getRed(), theme.path().getGreen(), theme.path().getBlue(), 110);
            for (int k = 1; k <= ELLIPSES; k++) {
                h.setPaint(faint);
                h.draw(ellipse(mapping, fisher.pointAt((double) k / (ELLIPSES + 1))));
            }
            Handles.curves(h, mapping, scene.curves(), theme);
            h.setStroke(new BasicStroke(2f));
            h.setPaint(theme.start());
            h.draw(ellipse(mapping, fisher.from()));
            h.setPaint(theme.end());
            h.draw(ellipse(mapping, fisher.to()));
            h.setPaint(theme.marker());
            h.draw(ellipse(mapping, scene.markerPoint()));
            Handles.handle(h, mapping.toDrawing(fisher.from()), theme.start(), "A", theme);
            Handles.handle(h, mapping.toDrawing(fisher.to()), theme.end(), "B", theme);
            Handles.marker(h, mapping.toDrawing(scene.markerPoint()), theme);
            Handles.legend(h, data, scene.curves(), theme);
            h.setFont(theme.smallFont());
            h.setPaint(theme.muted());
            h.drawString("ellipses: one standard deviation of N(μ, Σ) along the geodesic; curves: paths of the mean",
                    (float) (data.getX() + 6), (float) (data.getMaxY() - 6));
        } finally {
            h.dispose();
        }
        return mapping;
    }

    /** The 1-sd ellipse {μ + L(cos φ, sin φ)} with Σ = LLᵀ (Cholesky). */
    private static Path2D ellipse(PlaneMapping mapping, double[] p) {
        double l11 = Math.sqrt(p[2]);
        double l21 = p[3] / l11;
        double l22 = Math.sqrt(Math.max(0, p[4] - l21 * l21));
        Path2D path = new Path2D.Double();
        for (int k = 0; k <= ELLIPSE_POINTS; k++) {
            double phi = 2 * Math.PI * k / ELLIPSE_POINTS;
            double c = Math.cos(phi);
            double s = Math.sin(phi);
            Point2D d = mapping.toDrawing(new double[] {p[0] + l11 * c, p[1] + l21 * c + l22 * s});
            if (k == 0) {
                path.moveTo(d.getX(), d.getY());
            } else {
                path.lineTo(d.getX(), d.getY());
            }
        }
        return path;
    }

    /** A square-ish window around the 1-sd ellipses of A, B and the path's middle, with a margin. */
    static double[] fit(GeodesicScene scene) {
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Geodesic c : scene.curves()) {
            for (int k = 0; k <= 16; k++) {
                double[] p = c.pointAt(k / 16.0);
                double sx = Math.sqrt(p[2]);
                double sy = Math.sqrt(p[4]);
                xMin = Math.min(xMin, p[0] - sx);
                xMax = Math.max(xMax, p[0] + sx);
                yMin = Math.min(yMin, p[1] - sy);
                yMax = Math.max(yMax, p[1] + sy);
            }
        }
        double span = Math.max(xMax - xMin, yMax - yMin) * (1 + 2 * FIT_MARGIN);
        double cx = (xMin + xMax) / 2;
        double cy = (yMin + yMax) / 2;
        return new double[] {cx - span / 2, cx + span / 2, cy - span / 2, cy + span / 2};
    }
}
