package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import java.util.function.Function;

/**
 * The model views of {@link PlaneView}: the normal family in the Poincaré half-plane and disk, and the
 * 3-outcome simplex on the sphere of radius 2 (orthographic, seen along (1, 1, 1)). Each is drawn at
 * equal scale in both directions, so angles and circles look as they are.
 */
final class ModelPanels {

    private static final double SQRT2 = Math.sqrt(2);
    private static final double MARGIN = 30;
    /** Guide lines per view: enough to read the geometry, few enough to stay in the background. */
    private static final int GUIDES = 9;

    private ModelPanels() {
    }

    // --- Poincaré half-plane: (x, y) = (μ/√2, σ), metric 2(dx² + dy²)/y² -------------------------------

    static PlaneMapping halfPlane(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        double[] w = scene.window().orElseGet(() -> PlanePanel.fit(scene));
        double xMin = w[0] / SQRT2;
        double xMax = w[1] / SQRT2;
        double yMax = w[3];
        double scale = Math.min((area.getWidth() - 2 * MARGIN) / (xMax - xMin), (area.getHeight() - 2 * MARGIN) / yMax);
        double left = area.getCenterX() - scale * (xMax - xMin) / 2;
        double bottom = area.getCenterY() + scale * yMax / 2;
        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] p) {
                return new Point2D.Double(left + (p[0] / SQRT2 - xMin) * scale, bottom - p[1] * scale);
            }

            @Override
            public Optional<double[]> toParameters(Point2D d) {
                double y = (bottom - d.getY()) / scale;
                return y > 0 ? Optional.of(new double[] {SQRT2 * (xMin + (d.getX() - left) / scale), y})
                        : Optional.empty();
            }
        };
        background(g, area, theme);
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new Line2D.Double(area.getX() + 4, bottom, area.getMaxX() - 4, bottom));
        g.setFont(theme.smallFont());
        g.drawString("σ = 0: the boundary at infinity", (float) (area.getX() + 8), (float) (bottom + 16));
        g.drawString("x = μ/√2 and σ at equal scale: ds² = 2(dx² + dσ²)/σ², geodesics are half-circles",
                (float) (area.getX() + 8), (float) (area.getY() + 14));
        // Guides: geodesics through the view, i.e. vertical lines and half-circles centred on the axis.
        g.setPaint(theme.grid());
        g.setStroke(new BasicStroke(0.8f));
        for (int i = 1; i < GUIDES; i++) {
            double x = xMin + (xMax - xMin) * i / GUIDES;
            g.draw(new Line2D.Double(left + (x - xMin) * scale, bottom, left + (x - xMin) * scale, area.getY() + 20));
            double r = yMax * i / GUIDES;
            double cx = left + ((xMin + xMax) / 2 - xMin) * scale;
            g.draw(new java.awt.geom.Arc2D.Double(cx - r * scale, bottom - r * scale, 2 * r * scale, 2 * r * scale, 0, 180,
                    java.awt.geom.Arc2D.OPEN));
        }
        marks(g, mapping, scene, theme, area, false);
        return mapping;
    }

    // --- Poincaré disk: w = (z − i)/(z + i), z = μ/√2 + iσ ---------------------------------------------

    static PlaneMapping disk(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        double radius = Math.min(area.getWidth(), area.getHeight()) / 2 - MARGIN;
        double cx = area.getCenterX();
        double cy = area.getCenterY();
        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] p) {
                double[] w = toDisk(p[0] / SQRT2, p[1]);
                return new Point2D.Double(cx + radius * w[0], cy - radius * w[1]);
            }

            @Override
            public Optional<double[]> toParameters(Point2D d) {
                double u = (d.getX() - cx) / radius;
                double v = (cy - d.getY()) / radius;
                if (u * u + v * v >= 1) {
                    return Optional.empty();
                }
                // z = i(1 + w)/(1 − w).
                double den = (1 - u) * (1 - u) + v * v;
                double x = -2 * v / den;
                double y = (1 - u * u - v * v) / den;
                return Optional.of(new double[] {SQRT2 * x, y});
            }
        };
        background(g, area, theme);
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        g.drawString("Poincaré disk: the centre is N(0, 1); the circle is σ = 0 and σ = ∞; geodesics meet it at right angles",
                (float) (area.getX() + 8), (float) (area.getY() + 14));
        g.setPaint(theme.grid());
        g.setStroke(new BasicStroke(0.8f));
        // Guides: the images of μ = const (geodesics) and σ = const (horocycles).
        for (int i = 0; i <= GUIDES; i++) {
            double mu = -6 + 12.0 * i / GUIDES;
            g.draw(curve(mapping, t -> new double[] {mu, Math.exp(-8 + 16 * t)}));
            double sigma = Math.exp(-2 + 4.0 * i / GUIDES);
            g.draw(curve(mapping, t -> new double[] {-60 + 120 * t, sigma}));
        }
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1.4f));
        g.draw(new Ellipse2D.Double(cx - radius, cy - radius, 2 * radius, 2 * radius));
        marks(g, mapping, scene, theme, area, true);
        return mapping;
    }

    private static double[] toDisk(double x, double y) {
        return ViewChart.toDisk(x, y);
    }

    // --- Sphere of radius 2: s = 2√p, orthographic along (1, 1, 1) --------------------------------------

    private static final double[] E1 = {-1 / SQRT2, 1 / SQRT2, 0};
    private static final double[] E2 = {-1 / Math.sqrt(6), -1 / Math.sqrt(6), 2 / Math.sqrt(6)};
    private static final double[] VIEW = {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)};

    static PlaneMapping sphere(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        double scale = (Math.min(area.getWidth(), area.getHeight()) / 2 - MARGIN) / 2;
        double cx = area.getCenterX();
        double cy = area.getCenterY() + 0.15 * scale;
        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] p) {
                double[] s = {2 * Math.sqrt(Math.max(0, p[0])), 2 * Math.sqrt(Math.max(0, p[1])),
                    2 * Math.sqrt(Math.max(0, p[2]))};
                return new Point2D.Double(cx + scale * dot(s, E1), cy - scale * dot(s, E2));
            }

            @Override
            public Optional<double[]> toParameters(Point2D d) {
                double x = (d.getX() - cx) / scale;
                double y = (cy - d.getY()) / scale;
                double depth2 = 4 - x * x - y * y;
                if (depth2 < 0) {
                    return Optional.empty();
                }
                double z = Math.sqrt(depth2);
                double[] p = new double[3];
                for (int i = 0; i < 3; i++) {
                    double s = x * E1[i] + y * E2[i] + z * VIEW[i];
                    if (s < 0) {
                        return Optional.empty();
                    }
                    p[i] = s * s / 4;
                }
                return Optional.of(p);
            }
        };
        background(g, area, theme);
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        g.drawString("p ↦ 2√p maps the simplex onto the sphere of radius 2; Fisher–Rao geodesics are great circles",
                (float) (area.getX() + 8), (float) (area.getY() + 14));
        g.setStroke(new BasicStroke(0.9f));
        g.draw(new Ellipse2D.Double(cx - 2 * scale, cy - 2 * scale, 4 * scale, 4 * scale));
        g.setPaint(theme.grid());
        for (int i = 1; i < 10; i++) {
            double v = i / 10.0;
            for (int axis = 0; axis < 3; axis++) {
                final int a = axis;
                g.draw(curve(mapping, t -> {
                    double[] p = new double[3];
                    p[a] = v;
                    p[(a + 1) % 3] = (1 - v) * t;
                    p[(a + 2) % 3] = (1 - v) * (1 - t);
                    return p;
                }));
            }
        }
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1.4f));
        for (int axis = 0; axis < 3; axis++) {
            final int a = axis;
            g.draw(curve(mapping, t -> {
                double[] p = new double[3];
                p[a] = t;
                p[(a + 1) % 3] = 1 - t;
                return p;
            }));
        }
        g.setPaint(theme.foreground());
        g.setFont(theme.labelFont());
        String[] names = {"p1 = 1", "p2 = 1", "p3 = 1"};
        for (int i = 0; i < 3; i++) {
            double[] vertex = new double[3];
            vertex[i] = 1;
            Point2D at = mapping.toDrawing(vertex);
            g.drawString(names[i], (float) at.getX() - 20, (float) (at.getY() + (i == 2 ? -8 : 18)));
        }
        marks(g, mapping, scene, theme, area, true);
        return mapping;
    }

    // --- shared ----------------------------------------------------------------------------------------

    private static void background(Graphics2D g, Rectangle2D area, FigureTheme theme) {
        g.setPaint(theme.background());
        g.fill(area);
    }

    private static void marks(Graphics2D g, PlaneMapping mapping, GeodesicScene scene, FigureTheme theme,
                              Rectangle2D area, boolean legendOnTop) {
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.clip(area);
            scene.overlays().drawUnder(h, mapping, theme);
            Handles.curves(h, mapping, scene.curves(), theme);
            Handles.handle(h, mapping.toDrawing(scene.geodesic().from()), theme.start(), "A", theme);
            Handles.handle(h, mapping.toDrawing(scene.geodesic().to()), theme.end(), "B", theme);
            Handles.marker(h, mapping.toDrawing(scene.markerPoint()), theme);
            Handles.legend(h, new Rectangle2D.Double(area.getX(), area.getY() + 18, area.getWidth(), area.getHeight()),
                    scene.curves(), theme);
            scene.overlays().drawLegend(h, new Rectangle2D.Double(area.getX(), area.getY() + 16, area.getWidth(),
                    area.getHeight() - 18), theme, legendOnTop);
        } finally {
            h.dispose();
        }
    }

    private static Path2D curve(PlaneMapping mapping, Function<Double, double[]> points) {
        Path2D path = new Path2D.Double();
        int n = 240;
        for (int k = 0; k <= n; k++) {
            Point2D p = mapping.toDrawing(points.apply((double) k / n));
            if (k == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        return path;
    }

    private static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }
}
