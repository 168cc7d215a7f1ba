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
 * A multivariate normal family (d = 2 or 3) drawn in the data plane of two coordinates x_i, x_j: the
 * path of the means and, along the Fisher–Rao geodesic, the one-standard-deviation ellipses of the
 * covariances. For d = 3 they are the shadows of the 1-sd ellipsoids on that plane, which are the ellipses
 * of the 2×2 marginal covariance. A and B are dragged by their means in the plane.
 */
final class CovariancePanel {

    /** Ellipses drawn along the path besides A, B and γ(t). */
    private static final int ELLIPSES = 8;
    private static final int ELLIPSE_POINTS = 96;
    private static final double FIT_MARGIN = 0.15;

    private CovariancePanel() {
    }

    /** The coordinates (i, j) of a data plane of a d-dimensional normal, and where its entries are. */
    record Pair(int d, int i, int j) {
        static Pair of(GeodesicScene scene, PlaneView view) {
            int d = ((org.fisherscope.geometry.family.MultivariateNormalFamily) scene.geodesic().family()).dataDimension();
            int[] ij = view.dataPair();
            return new Pair(d, ij[0], ij[1]);
        }

        /** Position of the covariance entry s_ab (a ≤ b) in the parameters: the means, then the upper triangle by rows. */
        int entry(int a, int b) {
            int row = Math.min(a, b);
            int col = Math.max(a, b);
            return d + row * d - row * (row - 1) / 2 + (col - row);
        }

        /** (μ_i, μ_j, Σ_ii, Σ_ij, Σ_jj): the marginal normal of the pair. */
        double[] marginal(double[] p) {
            return new double[] {p[i], p[j], p[entry(i, i)], p[entry(i, j)], p[entry(j, j)]};
        }
    }

    static PlaneMapping draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme, PlaneView view) {
        Geodesic fisher = scene.geodesic();
        Pair pair = Pair.of(scene, view);
        double[] w = scene.window().orElseGet(() -> fit(scene, view));
        NumberAxis xAxis = Charts.axis("x" + subscript(pair.i() + 1), theme);
        xAxis.setRange(w[0], w[1]);
        NumberAxis yAxis = Charts.axis("x" + subscript(pair.j() + 1), theme);
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
        // Only the pair's means are read from a position; the caller keeps the rest.
        PlaneMapping plane = frame.planeMapping();
        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] p) {
                return plane.toDrawing(new double[] {p[pair.i()], p[pair.j()]});
            }

            @Override
            public java.util.Optional<double[]> toParameters(Point2D d) {
                return plane.toParameters(d);
            }
        };
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.clip(data);
            h.setStroke(new BasicStroke(0.9f));
            Color faint = new Color(theme.path().getRed(), theme.path().getGreen(), theme.path().getBlue(), 110);
            for (int k = 1; k <= ELLIPSES; k++) {
                h.setPaint(faint);
                h.draw(ellipse(plane, pair.marginal(fisher.pointAt((double) k / (ELLIPSES + 1)))));
            }
            Handles.curves(h, mapping, scene.curves(), theme);
            h.setStroke(new BasicStroke(2f));
            h.setPaint(theme.start());
            h.draw(ellipse(plane, pair.marginal(fisher.from())));
            h.setPaint(theme.end());
            h.draw(ellipse(plane, pair.marginal(fisher.to())));
            h.setPaint(theme.marker());
            h.draw(ellipse(plane, pair.marginal(scene.markerPoint())));
            Handles.handle(h, mapping.toDrawing(fisher.from()), theme.start(), "A", theme);
            Handles.handle(h, mapping.toDrawing(fisher.to()), theme.end(), "B", theme);
            Handles.marker(h, mapping.toDrawing(scene.markerPoint()), theme);
            Handles.legend(h, data, scene.curves(), theme);
            h.setFont(theme.smallFont());
            h.setPaint(theme.muted());
            GeodesicFigure.drawFitted(h, pair.d() == 2
                    ? "ellipses: one standard deviation of N(μ, Σ) along the geodesic; curves: paths of the mean"
                    : "ellipses: shadows of the 1-sd ellipsoids of N(μ, Σ) on this plane; curves: paths of the mean",
                    theme.smallFont(), data.getX() + 6, data.getMaxY() - 6, data.getWidth() - 12);
        } finally {
            h.dispose();
        }
        return mapping;
    }

    private static String subscript(int n) {
        return String.valueOf((char) ('₀' + n));
    }

    /** The 1-sd ellipse {μ + L(cos φ, sin φ)} of (μ_i, μ_j, Σ_ii, Σ_ij, Σ_jj), with Σ = LLᵀ (Cholesky). */
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
    static double[] fit(GeodesicScene scene, PlaneView view) {
        Pair pair = Pair.of(scene, view);
        double xMin = Double.POSITIVE_INFINITY;
        double xMax = Double.NEGATIVE_INFINITY;
        double yMin = Double.POSITIVE_INFINITY;
        double yMax = Double.NEGATIVE_INFINITY;
        for (Geodesic c : scene.curves()) {
            for (int k = 0; k <= 16; k++) {
                double[] p = pair.marginal(c.pointAt(k / 16.0));
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
