package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;

/**
 * The probability simplex of a 3-outcome categorical family as an equilateral triangle
 * (p1 bottom left, p2 bottom right, p3 top), with guide lines every 0.1 and the geodesics. A
 * 3-parameter Dirichlet family is projected onto the same triangle by its mean a/a₀ (a₀ = Σa), the
 * concentration a₀ being printed under the triangle.
 */
final class TernaryPanel {

    private static final double SIN60 = Math.sqrt(3) / 2;
    /** Room around the triangle for the vertex labels, in drawing units. */
    private static final double MARGIN = 34;

    private TernaryPanel() {
    }

    static PlaneMapping draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        double side = Math.min(area.getWidth() - 2 * MARGIN, (area.getHeight() - 2 * MARGIN) / SIN60);
        double left = area.getCenterX() - side / 2;
        double bottom = area.getCenterY() + side * SIN60 / 2;
        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] point) {
                // Dirichlet points (a1, a2, a3) are drawn at their means a/Σa; probabilities sum to 1 already.
                double total = point[0] + point[1] + point[2];
                double[] p = {point[0] / total, point[1] / total, point[2] / total};
                double x = p[1] + p[2] / 2;
                double y = p[2] * SIN60;
                return new Point2D.Double(left + x * side, bottom - y * side);
            }

            @Override
            public Optional<double[]> toParameters(Point2D d) {
                double x = (d.getX() - left) / side;
                double y = (bottom - d.getY()) / side;
                double p3 = y / SIN60;
                double p2 = x - p3 / 2;
                double p1 = 1 - p2 - p3;
                if (p1 < 0 || p2 < 0 || p3 < 0) {
                    return Optional.empty();
                }
                return Optional.of(new double[] {p1, p2, p3});
            }
        };

        g.setPaint(theme.background());
        g.fill(area);
        Path2D triangle = polyline(mapping, new double[][] {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}, true);
        g.setStroke(new BasicStroke(0.8f));
        g.setPaint(theme.grid());
        for (int i = 1; i < 10; i++) {
            double v = i / 10.0;
            for (int axis = 0; axis < 3; axis++) {
                double[] a = new double[3];
                double[] b = new double[3];
                a[axis] = v;
                b[axis] = v;
                a[(axis + 1) % 3] = 1 - v;
                b[(axis + 2) % 3] = 1 - v;
                Point2D pa = mapping.toDrawing(a);
                Point2D pb = mapping.toDrawing(b);
                g.draw(new java.awt.geom.Line2D.Double(pa, pb));
            }
        }
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1.4f));
        g.draw(triangle);
        g.setFont(theme.labelFont());
        g.setPaint(theme.foreground());
        Point2D v1 = mapping.toDrawing(new double[] {1, 0, 0});
        Point2D v2 = mapping.toDrawing(new double[] {0, 1, 0});
        Point2D v3 = mapping.toDrawing(new double[] {0, 0, 1});
        g.drawString("p1 = 1", (float) v1.getX() - 22, (float) v1.getY() + 18);
        g.drawString("p2 = 1", (float) v2.getX() - 22, (float) v2.getY() + 18);
        g.drawString("p3 = 1", (float) v3.getX() - 20, (float) v3.getY() - 8);

        Geodesic geodesic = scene.geodesic();
        if (!(geodesic.family() instanceof org.fisherscope.geometry.family.CategoricalFamily)) {
            g.setFont(theme.smallFont());
            g.setPaint(theme.muted());
            GeodesicFigure.drawFitted(g, String.format(java.util.Locale.ROOT,
                    "drawn at the mean a/a₀; concentration a₀ = Σa: A %s, γ(t) %s, B %s (dragging keeps a₀)",
                    Formats.number(sum(geodesic.from())), Formats.number(sum(scene.markerPoint())),
                    Formats.number(sum(geodesic.to()))), theme.smallFont(), area.getX() + 6, area.getMaxY() - 4,
                    area.getWidth() - 12);
        }
        scene.overlays().drawUnder(g, mapping, theme);
        Handles.curves(g, mapping, scene.curves(), theme);
        Handles.handle(g, mapping.toDrawing(geodesic.from()), theme.start(), "A", theme);
        Handles.handle(g, mapping.toDrawing(geodesic.to()), theme.end(), "B", theme);
        Handles.marker(g, mapping.toDrawing(scene.markerPoint()), theme);
        Handles.legend(g, area, scene.curves(), theme);
        scene.overlays().drawLegend(g, new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                area.getHeight() - 10), theme, true);
        return mapping;
    }

    private static Path2D polyline(PlaneMapping mapping, double[][] points, boolean closed) {
        Path2D path = new Path2D.Double();
        for (int k = 0; k < points.length; k++) {
            Point2D p = mapping.toDrawing(points[k]);
            if (k == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        if (closed) {
            path.closePath();
        }
        return path;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }
}
