package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.StatisticalFamily;
import org.jfree.chart.axis.NumberAxis;

/**
 * A 1-parameter family's geodesics as the parameter against t: every connection joins the same two
 * values, but at different speeds — only the Fisher–Rao curve moves at constant Fisher speed. A is
 * dragged up and down at t = 0, B at t = 1.
 */
final class LinePanel {

    private static final double FIT_MARGIN = 0.12;

    private LinePanel() {
    }

    static PlaneMapping draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        StatisticalFamily family = scene.geodesic().family();
        double[] window = scene.window().orElseGet(() -> fit(scene));
        NumberAxis tAxis = Charts.axis("t along the path", theme);
        tAxis.setRange(-0.04, 1.04);
        NumberAxis valueAxis = Charts.axis(family.parameterNames().get(0), theme);
        valueAxis.setRange(window[2], window[3]);
        AxesFrame frame = AxesFrame.draw(g, area, tAxis, valueAxis, theme);
        Rectangle2D data = frame.data();
        Geodesic fisher = scene.geodesic();
        // Curves are drawn against t; the mapping places a parameter value at the marker's t.
        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] p) {
                return at(scene.marker(), p[0]);
            }

            @Override
            public Optional<double[]> toParameters(Point2D d) {
                if (d.getY() < data.getMinY() || d.getY() > data.getMaxY()) {
                    return Optional.empty();
                }
                return Optional.of(new double[] {frame.yValue(d.getY())});
            }

            @Override
            public Point2D startHandle(double[] p) {
                return at(0, p[0]);
            }

            @Override
            public Point2D endHandle(double[] p) {
                return at(1, p[0]);
            }

            private Point2D at(double t, double value) {
                return frame.point(t, value);
            }
        };
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.clip(data);
            for (int i = scene.curves().size() - 1; i >= 0; i--) {
                Geodesic c = scene.curves().get(i);
                java.awt.geom.Path2D path = new java.awt.geom.Path2D.Double();
                for (int k = 0; k <= Handles.CURVE_POINTS; k++) {
                    double t = (double) k / Handles.CURVE_POINTS;
                    Point2D p = frame.point(t, c.pointAt(t)[0]);
                    if (k == 0) {
                        path.moveTo(p.getX(), p.getY());
                    } else {
                        path.lineTo(p.getX(), p.getY());
                    }
                }
                h.setPaint(theme.connection(c.connection()));
                h.setStroke("fisher".equals(c.connection()) ? new BasicStroke(2.6f)
                        : new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {7, 4}, 0));
                h.draw(path);
            }
            Handles.handle(h, mapping.startHandle(fisher.from()), theme.start(), "A", theme);
            Handles.handle(h, mapping.endHandle(fisher.to()), theme.end(), "B", theme);
            Handles.marker(h, mapping.toDrawing(scene.markerPoint()), theme);
            Handles.legend(h, data, scene.curves(), theme);
        } finally {
            h.dispose();
        }
        return mapping;
    }

    /** {0, 1, ymin, ymax}: the values the curves take, with a margin, not below a positive parameter's 0. */
    static double[] fit(GeodesicScene scene) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (Geodesic c : scene.curves()) {
            for (int k = 0; k <= Handles.CURVE_POINTS; k++) {
                double v = c.pointAt((double) k / Handles.CURVE_POINTS)[0];
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        double span = Math.max(hi - lo, 1e-3 * Math.max(1, Math.abs(hi)));
        double min = lo - FIT_MARGIN * span;
        StatisticalFamily family = scene.geodesic().family();
        if (lo >= 0 && !family.contains(new double[] {min})) {
            min = Math.max(min, 0);
        }
        return new double[] {0, 1, min, hi + FIT_MARGIN * span};
    }
}
