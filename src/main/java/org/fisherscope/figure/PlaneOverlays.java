package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.fisherscope.geometry.PlaneSurvey;

/**
 * What may be drawn under the curves of a parameter plane: a scalar-curvature colour map, the geodesic
 * circle around A through B, and a grid of metric ellipses (Tissot indicatrices). Any part may be null.
 */
public record PlaneOverlays(PlaneSurvey.CurvatureGrid curvature, List<List<double[]>> ball,
                            List<List<double[]>> tissot) {

    /** Nothing to draw. */
    public static final PlaneOverlays NONE = new PlaneOverlays(null, null, null);

    /** Alpha of the colour map, so the curves and the grid stay readable above it. */
    private static final int MAP_ALPHA = 120;

    void drawUnder(Graphics2D g, PlaneMapping mapping, FigureTheme theme) {
        if (curvature != null) {
            drawCurvature(g, mapping);
        }
        if (tissot != null) {
            g.setPaint(theme.muted());
            g.setStroke(new BasicStroke(0.9f));
            tissot.forEach(ellipse -> g.draw(polyline(mapping, ellipse)));
        }
        if (ball != null) {
            g.setPaint(theme.start());
            g.setStroke(new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {3, 4}, 0));
            ball.forEach(run -> g.draw(polyline(mapping, run)));
        }
    }

    private void drawCurvature(Graphics2D graphics, PlaneMapping mapping) {
        // Cells snapped to whole units without antialiasing: translucent cells must not overlap or leave seams.
        Graphics2D g = (Graphics2D) graphics.create();
        g.setRenderingHint(java.awt.RenderingHints.KEY_ANTIALIASING, java.awt.RenderingHints.VALUE_ANTIALIAS_OFF);
        double[][] v = curvature.values();
        int nx = v.length;
        int ny = v[0].length;
        double range = range();
        double dx = (curvature.xMax() - curvature.xMin()) / nx;
        double dy = (curvature.yMax() - curvature.yMin()) / ny;
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                if (!Double.isFinite(v[i][j])) {
                    continue;
                }
                double x0 = curvature.xMin() + i * dx;
                double y0 = curvature.yMin() + j * dy;
                Point2D a = mapping.toDrawing(new double[] {x0, y0});
                Point2D b = mapping.toDrawing(new double[] {x0 + dx, y0 + dy});
                double left = Math.round(Math.min(a.getX(), b.getX()));
                double top = Math.round(Math.min(a.getY(), b.getY()));
                double right = Math.round(Math.max(a.getX(), b.getX()));
                double bottom = Math.round(Math.max(a.getY(), b.getY()));
                g.setPaint(colour(v[i][j] / range, MAP_ALPHA));
                g.fill(new Rectangle2D.Double(left, top, right - left, bottom - top));
            }
        }
        g.dispose();
    }

    /** Symmetric colour range ±max|R| (1 if the grid is flat), so 0 is always the neutral colour. */
    private double range() {
        double m = curvature.maxAbs();
        return m > 0 ? m : 1;
    }

    /** Diverging scale: −1 blue, 0 white, +1 red. */
    static Color colour(double s, int alpha) {
        double t = Math.max(-1, Math.min(1, s));
        int r = t < 0 ? (int) Math.round(255 * (1 + t) + 40 * -t) : 255;
        int gr = (int) Math.round(255 * (1 - Math.abs(t)) + 70 * Math.abs(t));
        int b = t > 0 ? (int) Math.round(255 * (1 - t) + 40 * t) : 255;
        return new Color(Math.min(255, r), Math.min(255, gr), Math.min(255, b), alpha);
    }

    /** A colour bar with its range and the sign convention, inside the bottom-right corner of {@code area}. */
    void drawLegend(Graphics2D g, Rectangle2D area, FigureTheme theme) {
        if (curvature == null) {
            return;
        }
        double range = range();
        String caption = "scalar curvature R (unit sphere: +2)";
        g.setFont(theme.smallFont());
        double width = Math.max(150, g.getFontMetrics().stringWidth(caption));
        double x = area.getMaxX() - width - 12;
        double y = area.getMaxY() - 48;
        g.setPaint(new Color(theme.background().getRed(), theme.background().getGreen(), theme.background().getBlue(), 225));
        g.fill(new Rectangle2D.Double(x - 6, y - 4, width + 12, 46));
        for (int k = 0; k < width; k++) {
            g.setPaint(colour(-1 + 2.0 * k / width, 255));
            g.fill(new Rectangle2D.Double(x + k, y, 1.2, 10));
        }
        g.setPaint(theme.foreground());
        g.setFont(theme.smallFont());
        String lo = String.format(Locale.ROOT, "%.3g", -range);
        String hi = String.format(Locale.ROOT, "%.3g", range);
        g.drawString(lo, (float) x, (float) (y + 23));
        g.drawString(hi, (float) (x + width - g.getFontMetrics().stringWidth(hi)), (float) (y + 23));
        g.drawString("0", (float) (x + width / 2 - 3), (float) (y + 23));
        g.drawString(caption, (float) x, (float) (y + 37));
    }

    private static Path2D polyline(PlaneMapping mapping, List<double[]> points) {
        Path2D path = new Path2D.Double();
        for (int k = 0; k < points.size(); k++) {
            Point2D p = mapping.toDrawing(points.get(k));
            if (k == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        return path;
    }
}
