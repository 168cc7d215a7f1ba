package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.Locale;
import org.fisherscope.geometry.DirichletDensity;
import org.fisherscope.geometry.Geodesic;

/**
 * The Dirichlet(a1, a2, a3) densities along the path as ternary heat maps: small ones at A and B, a large
 * one at the slider's point γ(t). The colour is the log-density on a scale shared by the whole path (so
 * scrubbing compares like with like); where some a_i &lt; 1 the density is infinite on that edge, and the
 * scale is clipped at the largest value away from the edges (the legend says so).
 */
final class DirichletHeatPanel {

    /** Cuts per side of the heat-map grid (CUTS² cells), also the quadrature grid of its test. */
    static final int CUTS = 36;
    /** Points of the path whose densities fix the colour scale: t = 0, 0.1, …, 1. */
    static final int SCALE_SAMPLES = 10;
    /** The scale spans at most this many decades below its top: the far tails look alike anyway. */
    static final double DECADES = 4;
    /** Viridis stops: perceptually even, readable in grey, fine for colour-blind readers. */
    private static final Color[] STOPS = {new Color(0x440154), new Color(0x3b528b), new Color(0x21918c),
        new Color(0x5ec962), new Color(0xfde725)};
    private static final SimplexGrid GRID = new SimplexGrid(CUTS);

    private DirichletHeatPanel() {
    }

    /**
     * The log-density colour scale of a path: from the largest value at cell centres not touching an edge
     * (always finite) down {@link #DECADES} decades, or to the smallest value if that is nearer.
     * {@code clipped} tells whether some edge cell lies above the top, {@code singular} whether some a_i &lt; 1
     * along the path (then the density is infinite on that edge).
     */
    record Scale(double low, double high, boolean clipped, boolean singular) {

        double fraction(double logDensity) {
            return Math.max(0, Math.min(1, (logDensity - low) / (high - low)));
        }
    }

    /** Log-densities at the centroids of the panel's grid cells, in {@link SimplexGrid#cells()} order. */
    static double[] logDensities(double[] a) {
        DirichletDensity density = new DirichletDensity(a);
        List<SimplexGrid.Cell> cells = GRID.cells();
        double[] values = new double[cells.size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = density.logDensity(cells.get(c).centroid());
        }
        return values;
    }

    static SimplexGrid grid() {
        return GRID;
    }

    /**
     * The scale depends on the path only, so it is kept per path: scrubbing t then redraws without the
     * 11 × 1296 density evaluations (identity-keyed; a dragged end point makes a new path).
     */
    private static final Map<Geodesic, Scale> SCALES = java.util.Collections.synchronizedMap(new WeakHashMap<>());

    static Scale scale(Geodesic path) {
        return SCALES.computeIfAbsent(path, DirichletHeatPanel::computeScale);
    }

    private static Scale computeScale(Geodesic path) {
        double interiorMax = Double.NEGATIVE_INFINITY;
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        boolean singular = false;
        List<SimplexGrid.Cell> cells = GRID.cells();
        for (int s = 0; s <= SCALE_SAMPLES; s++) {
            double[] a = path.pointAt((double) s / SCALE_SAMPLES);
            singular |= Arrays.stream(a).anyMatch(v -> v < 1);
            double[] values = logDensities(a);
            for (int c = 0; c < values.length; c++) {
                min = Math.min(min, values[c]);
                max = Math.max(max, values[c]);
                if (!touchesEdge(cells.get(c))) {
                    interiorMax = Math.max(interiorMax, values[c]);
                }
            }
        }
        double high = interiorMax;
        double low = Math.max(min, high - DECADES * Math.log(10));
        if (!(high > low)) {
            // A flat density (Dir(1, 1, 1) all along): a unit band around it.
            low = high - 1;
        }
        return new Scale(low, high, max > high, singular);
    }

    private static boolean touchesEdge(SimplexGrid.Cell cell) {
        for (double[] corner : cell.corners()) {
            for (double p : corner) {
                if (p == 0) {
                    return true;
                }
            }
        }
        return false;
    }

    static void draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        Geodesic path = scene.geodesic();
        Scale scale = scale(path);
        g.setPaint(theme.background());
        g.fill(area);
        double legendHeight = 80;
        double smallHeight = (area.getHeight() - legendHeight) * 0.34;
        double half = area.getWidth() / 2;
        triangle(g, new Rectangle2D.Double(area.getX(), area.getY(), half, smallHeight), path.from(), "A", scale,
                theme, theme.start());
        triangle(g, new Rectangle2D.Double(area.getX() + half, area.getY(), half, smallHeight), path.to(), "B", scale,
                theme, theme.end());
        triangle(g, new Rectangle2D.Double(area.getX(), area.getY() + smallHeight, area.getWidth(),
                area.getHeight() - smallHeight - legendHeight), scene.markerPoint(),
                String.format(Locale.ROOT, "γ(%.2f)", scene.marker()), scale, theme, theme.marker());
        legend(g, new Rectangle2D.Double(area.getX() + 16, area.getMaxY() - legendHeight + 8, area.getWidth() - 32,
                legendHeight - 8), scale, theme);
    }

    private static void triangle(Graphics2D g, Rectangle2D box, double[] a, String name, Scale scale,
                                 FigureTheme theme, Color accent) {
        double titleHeight = 18;
        double side = Math.min(box.getWidth() - 44, (box.getHeight() - titleHeight - 22) / ViewChart.SIN60);
        double left = box.getCenterX() - side / 2;
        double bottom = box.getY() + titleHeight + 6 + side * ViewChart.SIN60;
        ViewChart chart = ViewChart.ternary(new org.fisherscope.geometry.family.CategoricalFamily(3), 1);
        java.util.function.Function<double[], Point2D> at = p -> {
            double[] m = chart.toModel(p);
            return new Point2D.Double(left + m[0] * side, bottom - m[1] * side);
        };
        // Opaque cells without antialiasing share their edges exactly: no seams. The hint is restored by hand
        // (a created copy shares the canvas state on screen).
        Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setStroke(new BasicStroke(1f));
        double[] values = logDensities(a);
        List<SimplexGrid.Cell> cells = GRID.cells();
        for (int c = 0; c < values.length; c++) {
            double[][] corners = cells.get(c).corners();
            Path2D cell = new Path2D.Double();
            Point2D p0 = at.apply(corners[0]);
            cell.moveTo(p0.getX(), p0.getY());
            for (int k = 1; k < 3; k++) {
                Point2D pk = at.apply(corners[k]);
                cell.lineTo(pk.getX(), pk.getY());
            }
            cell.closePath();
            g.setPaint(colour(scale.fraction(values[c])));
            g.fill(cell);
            // Also the outline: non-antialiased filling can leave hairlines along shallow shared edges.
            g.draw(cell);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
        Path2D outline = new Path2D.Double();
        Point2D v1 = at.apply(new double[] {1, 0, 0});
        Point2D v2 = at.apply(new double[] {0, 1, 0});
        Point2D v3 = at.apply(new double[] {0, 0, 1});
        outline.moveTo(v1.getX(), v1.getY());
        outline.lineTo(v2.getX(), v2.getY());
        outline.lineTo(v3.getX(), v3.getY());
        outline.closePath();
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(outline);
        g.setFont(theme.smallFont());
        g.setPaint(theme.foreground());
        g.drawString("p1", (float) (v1.getX() - 6), (float) (v1.getY() + 13));
        g.drawString("p2", (float) (v2.getX() - 6), (float) (v2.getY() + 13));
        g.drawString("p3", (float) (v3.getX() + 6), (float) (v3.getY() + 4));
        // The mean a/a₀: where the point sits in the left-hand triangle.
        Point2D mean = at.apply(ViewChart.normalised(a));
        g.setPaint(Color.WHITE);
        g.setStroke(new BasicStroke(2.6f));
        cross(g, mean);
        g.setPaint(accent);
        g.setStroke(new BasicStroke(1.4f));
        cross(g, mean);
        g.setPaint(theme.foreground());
        g.setFont(theme.labelFont());
        String title = name + ": Dir(" + String.join(", ", Arrays.stream(a).mapToObj(Formats::number).toList()) + ")";
        GeodesicFigure.drawFitted(g, title, theme.labelFont(), box.getX() + 8, box.getY() + 14, box.getWidth() - 16);
    }

    private static void cross(Graphics2D g, Point2D at) {
        double r = 5;
        g.draw(new Line2D.Double(at.getX() - r, at.getY() - r, at.getX() + r, at.getY() + r));
        g.draw(new Line2D.Double(at.getX() - r, at.getY() + r, at.getX() + r, at.getY() - r));
    }

    private static void legend(Graphics2D g, Rectangle2D box, Scale scale, FigureTheme theme) {
        double barHeight = 10;
        for (int k = 0; k < box.getWidth(); k++) {
            g.setPaint(colour(k / box.getWidth()));
            g.fill(new Rectangle2D.Double(box.getX() + k, box.getY(), 1.2, barHeight));
        }
        g.setPaint(theme.foreground());
        g.setFont(theme.smallFont());
        // Ticks at whole decades of the density.
        double lowDecade = scale.low() / Math.log(10);
        double highDecade = scale.high() / Math.log(10);
        double step = highDecade - lowDecade > 6 ? 2 : highDecade - lowDecade < 1.5 ? 0.5 : 1;
        for (double d = Math.ceil(lowDecade / step) * step; d <= highDecade + 1e-9; d += step) {
            double x = box.getX() + box.getWidth() * (d - lowDecade) / (highDecade - lowDecade);
            g.draw(new Line2D.Double(x, box.getY() + barHeight, x, box.getY() + barHeight + 3));
            String label = densityLabel(Math.pow(10, d));
            float w = g.getFontMetrics().stringWidth(label);
            g.drawString(label, (float) Math.max(box.getX(), Math.min(box.getMaxX() - w, x - w / 2)),
                    (float) (box.getY() + barHeight + 14));
        }
        g.setPaint(theme.muted());
        String caption = "Dirichlet density f(p), log colour scale shared by the whole path; × marks the mean a/a₀."
                + (scale.clipped() ? " Clipped: the top colour means f ≥ " + densityLabel(Math.exp(scale.high()))
                        + (scale.singular() ? " (f → ∞ on an edge where some a_i < 1)." : " (only edge cells go higher).")
                        : "");
        GeodesicFigure.drawWrapped(g, caption, theme.smallFont(), box.getX(), box.getY() + barHeight + 28,
                box.getWidth(), 13);
    }

    private static String densityLabel(double v) {
        if (v >= 0.01 && v < 1000) {
            return Formats.number(Double.parseDouble(String.format(Locale.ROOT, "%.2g", v)));
        }
        return String.format(Locale.ROOT, "%.0e", v);
    }

    /** Viridis at s ∈ [0, 1], linear between its stops. */
    static Color colour(double s) {
        double x = Math.max(0, Math.min(1, s)) * (STOPS.length - 1);
        int i = Math.min(STOPS.length - 2, (int) Math.floor(x));
        double f = x - i;
        Color a = STOPS[i];
        Color b = STOPS[i + 1];
        return new Color((int) Math.round(a.getRed() + f * (b.getRed() - a.getRed())),
                (int) Math.round(a.getGreen() + f * (b.getGreen() - a.getGreen())),
                (int) Math.round(a.getBlue() + f * (b.getBlue() - a.getBlue())));
    }
}
