package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.ArrayList;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.PlaneSurvey;
import org.fisherscope.geometry.StatisticalFamily;

/**
 * What may be drawn under the curves of a parameter plane: a scalar-curvature colour map (over the
 * chart's rectangle), the geodesic circle around A through B, and metric ellipses (Tissot indicatrices).
 * The circle and the ellipses are in the family's parameters. Any part may be null.
 */
public record PlaneOverlays(PlaneSurvey.CurvatureGrid curvature, List<List<double[]>> ball,
                            List<List<double[]>> tissot) {

    /** Nothing to draw. */
    public static final PlaneOverlays NONE = new PlaneOverlays(null, null, null);

    /** Alpha of the colour map, so the curves and the grid stay readable above it. */
    private static final int MAP_ALPHA = 120;

    /** Curvature map cells: fine enough to show the gradient, cheap with the cumulant formula (~2 ms). */
    static final int MAP_COLUMNS = 48;
    static final int MAP_ROWS = 32;
    /** Directions shot for the geodesic circle: smooth at any figure size. */
    static final int BALL_DIRECTIONS = 96;
    /** Metric ellipses on a grid of this many columns and rows. */
    static final int TISSOT_COLUMNS = 7;
    static final int TISSOT_ROWS = 5;
    /** Size of the ellipse at the view's centre, as a share of the view's width. */
    static final double TISSOT_SIZE = 0.03;

    /**
     * The requested overlays: the curvature map over the window (only where the chart is the parameters
     * themselves, so the grid is the drawn rectangle), the circle around A through B, metric ellipses —
     * the last two converted from chart points to parameters for drawing.
     */
    public static PlaneOverlays survey(StatisticalFamily family, Geodesic fisher, double[] w, boolean curvature,
                                       boolean circle, boolean ellipses, java.util.function.BooleanSupplier cancelled) {
        boolean chartIsParameters = family.parameterNames().size() == family.dimension();
        PlaneSurvey.CurvatureGrid grid = curvature && chartIsParameters
                ? PlaneSurvey.curvatureGrid(family, w[0], w[1], w[2], w[3], MAP_COLUMNS, MAP_ROWS, cancelled) : null;
        List<List<double[]>> ball = circle && fisher.length() > 0
                ? toParameters(family, PlaneSurvey.geodesicBall(family, family.toChart(fisher.from()), fisher.length(),
                        BALL_DIRECTIONS)) : null;
        if (!chartIsParameters) {
            // Ellipses on a grid of the parameters' rectangle make sense only where that rectangle is drawn.
            return new PlaneOverlays(null, ball, null);
        }
        List<List<double[]>> tissot = null;
        if (ellipses) {
            tissot = new ArrayList<>();
            double[] middle = {(w[0] + w[1]) / 2, (w[2] + w[3]) / 2};
            double size = TISSOT_SIZE * (w[1] - w[0]);
            double radius = family.contains(middle) ? size * Math.sqrt(family.metric(middle)[0][0]) : size;
            for (int i = 0; i < TISSOT_COLUMNS; i++) {
                for (int j = 0; j < TISSOT_ROWS; j++) {
                    double[] c = {w[0] + (i + 0.5) * (w[1] - w[0]) / TISSOT_COLUMNS,
                        w[2] + (j + 0.5) * (w[3] - w[2]) / TISSOT_ROWS};
                    if (family.contains(c)) {
                        tissot.add(PlaneSurvey.tissotEllipse(family, c, radius, 48));
                    }
                }
            }
        }
        return new PlaneOverlays(grid, ball, tissot);
    }

    private static List<List<double[]>> toParameters(StatisticalFamily family, List<List<double[]>> runs) {
        return runs.stream().map(run -> run.stream().map(family::toParameters).toList()).toList();
    }

    void drawUnder(Graphics2D g, PlaneMapping mapping, FigureTheme theme) {
        if (curvature != null) {
            drawCurvature(g, mapping);
        }
        drawBallAndEllipses(g, mapping, theme);
    }

    /**
     * The circle and the ellipses alone, for views that are not the parameters' own rectangle (ternary,
     * sphere, Poincaré models), where a rectangular curvature grid has no meaning. In the Poincaré
     * models the geodesic circle is a Euclidean circle, as hyperbolic circles are.
     */
    void drawBallAndEllipses(Graphics2D g, PlaneMapping mapping, FigureTheme theme) {
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
        // Cell edges computed once per grid line, so neighbouring cells share them exactly (no seams).
        double[] xs = new double[nx + 1];
        double[] ys = new double[ny + 1];
        for (int i = 0; i <= nx; i++) {
            double x = curvature.xMin() + i * (curvature.xMax() - curvature.xMin()) / nx;
            xs[i] = Math.round(mapping.toDrawing(new double[] {x, curvature.yMin()}).getX());
        }
        for (int j = 0; j <= ny; j++) {
            double y = curvature.yMin() + j * (curvature.yMax() - curvature.yMin()) / ny;
            ys[j] = Math.round(mapping.toDrawing(new double[] {curvature.xMin(), y}).getY());
        }
        for (int i = 0; i < nx; i++) {
            for (int j = 0; j < ny; j++) {
                if (!Double.isFinite(v[i][j])) {
                    continue;
                }
                g.setPaint(colour(v[i][j] / range, MAP_ALPHA));
                g.fill(new Rectangle2D.Double(Math.min(xs[i], xs[i + 1]), Math.min(ys[j], ys[j + 1]),
                        Math.abs(xs[i + 1] - xs[i]), Math.abs(ys[j + 1] - ys[j])));
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
