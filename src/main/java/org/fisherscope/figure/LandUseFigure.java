package org.fisherscope.figure;

import java.awt.BasicStroke;

import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.landuse.BoxCounting;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Trajectory;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYBarRenderer;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The land-use figures, each drawn once through Graphics2D: the trajectory on the Commons / Agrarian /
 * Capital simplex with consecutive years joined by Fisher–Rao geodesic arcs (curved on the triangle)
 * and the pulse periods in red; the velocities with the pulse threshold; percolation of Built over the
 * years (order parameter and cluster count); the box-counting fit of one year beside d_f over the
 * years; the transition heat map with expected years to Built; Built self-retention per period with its
 * 95 % band; the map of one year.
 */
public final class LandUseFigure implements Figure {

    /** Which figure. */
    public enum View implements ViewChoice {
        TRAJECTORY("trajectory", "Trajectory on the simplex"), VELOCITY("velocity", "Fisher–Rao velocity"),
        PERCOLATION("percolation", "Percolation of Built"), BOXCOUNT("boxcount", "Box counting (fractal boundary)"),
        CHAIN("chain", "Transitions and years to Built"), RETENTION("retention", "Built self-retention per period"),
        MAP("map", "Map of a year");

        private final String id;
        private final String label;

        View(String id, String label) {
            this.id = id;
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }

        public String id() {
            return id;
        }

        /** Whether the figure shows one selected year (the map and the box-counting fit). */
        public boolean showsOneYear() {
            return this == MAP || this == BOXCOUNT;
        }

        public static View parse(String id) {
            return ViewChoice.parse(values(), id);
        }
    }

    private static final double SIN60 = Math.sqrt(3) / 2;
    private static final int ARC_POINTS = 40;
    /** Width kept right of the map for its legend. */
    private static final double MAP_LEGEND_WIDTH = 230;

    private final LandUseAnalysis.Result result;
    private final View view;
    private final int yearIndex;
    private final FigureTheme theme;
    private final String commandLine;

    /**
     * @param yearIndex the year of the map and box-counting views (index into the result's years)
     * @throws org.fisherscope.geometry.InvalidInputException when the result cannot show this view
     *     ({@link #unavailable})
     */
    public LandUseFigure(LandUseAnalysis.Result result, View view, int yearIndex, FigureTheme theme, String commandLine) {
        unavailable(result, view).ifPresent(reason -> {
            throw new org.fisherscope.geometry.InvalidInputException(reason);
        });
        if (yearIndex < 0 || yearIndex >= result.years().length) {
            throw new IllegalArgumentException("year index " + yearIndex + " of " + result.years().length + " years");
        }
        this.result = result;
        this.view = view;
        this.yearIndex = yearIndex;
        this.theme = theme;
        this.commandLine = commandLine;
    }

    /**
     * Why a result cannot show a view, or empty when it can: the map, percolation and box counting
     * need the maps themselves, which count tables do not carry; retention per period needs the
     * transitions of each period.
     */
    public static java.util.Optional<String> unavailable(LandUseAnalysis.Result result, View view) {
        boolean maps = result.perYear().get(0).percolation() != null;
        if (!maps && (view == View.PERCOLATION || view == View.BOXCOUNT || view == View.MAP)) {
            return java.util.Optional.of("“" + view + "” needs the maps themselves; count tables carry none. Open a"
                    + " folder of yearly rasters (or the raster files) to see it; the trajectory, velocity and"
                    + " transition figures work from the tables.");
        }
        if (view == View.RETENTION && result.retention().isEmpty()) {
            return java.util.Optional.of("“" + view + "” needs the transitions of each period; count tables"
                    + " pool all periods into one. The pooled retention is in the transitions figure.");
        }
        return java.util.Optional.empty();
    }

    /** The view drawn. */
    public View view() {
        return view;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            TitledPage.begin(g2, area, theme, title());
            Rectangle2D body = body(area);
            switch (view) {
                case TRAJECTORY -> trajectory(g2, body);
                case VELOCITY -> chart(velocityChart()).draw(g2, body);
                case PERCOLATION -> chart(percolationChart()).draw(g2, body);
                case CHAIN -> chain(g2, body);
                case RETENTION -> chart(retentionChart()).draw(g2, body);
                case MAP -> map(g2, body);
                default -> boxCounting(g2, body);
            }
        } finally {
            g2.dispose();
        }
    }

    /** The part of the figure under the title. */
    private static Rectangle2D body(Rectangle2D area) {
        return new Rectangle2D.Double(area.getX() + 6, area.getY() + 32, area.getWidth() - 12, area.getHeight() - 40);
    }

    /**
     * Where the map view draws its picture of the year, in the figure's drawing coordinates, and how
     * its cells relate to the analysed grid: preview cell (r, c) is grid cell (r·stride, c·stride).
     */
    public record MapPlacement(Rectangle2D image, int previewRows, int previewColumns, int stride) {
    }

    /** The map's placement when the figure is drawn into {@code area}; empty for other views. */
    public java.util.Optional<MapPlacement> mapPlacement(Rectangle2D area) {
        if (view != View.MAP) {
            return java.util.Optional.empty();
        }
        LandUseAnalysis.Preview preview = result.perYear().get(yearIndex).preview();
        Rectangle2D body = body(area);
        double scale = Math.max(1e-9, Math.min((body.getWidth() - MAP_LEGEND_WIDTH - 20) / preview.columns(),
                (body.getHeight() - 20) / preview.rows()));
        Rectangle2D image = new Rectangle2D.Double((int) body.getX() + 4, (int) body.getY() + 4,
                (int) (preview.columns() * scale), (int) (preview.rows() * scale));
        return java.util.Optional.of(new MapPlacement(image, preview.rows(), preview.columns(), preview.stride()));
    }

    private String title() {
        int[] y = result.years();
        return switch (view) {
            case TRAJECTORY -> "Land use on the Commons / Agrarian / Capital simplex, " + y[0] + "–" + y[y.length - 1];
            case VELOCITY -> "Fisher–Rao velocity on the simplex (rad/yr) per period; pulses above mean + 1 SD";
            case PERCOLATION -> "Percolation of Built area (4-connected clusters), " + y[0] + "–" + y[y.length - 1];
            case CHAIN -> "Pooled yearly transitions and expected years until Built";
            case RETENTION -> "Built self-retention per period with its 95 % Wilson band";
            case MAP -> "Land cover, " + y[yearIndex];
            default -> "Box counting of the largest Built cluster's boundary: fit for " + y[yearIndex]
                    + ", d_f over the years";
        };
    }

    private void trajectory(Graphics2D g, Rectangle2D area) {
        // The yearly points often sit in one corner: the view zooms onto them (equal scale both ways, so
        // the triangle's angles stay true) and labels the guide lines it shows.
        Trajectory.Result traj = result.simplex();
        double minX = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (double[] p : traj.distributions()) {
            double x = p[1] + p[2] / 2;
            double y = p[2] * SIN60;
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
            minY = Math.min(minY, y);
            maxY = Math.max(maxY, y);
        }
        double span = Math.max(Math.max(maxX - minX, maxY - minY) * 1.6, 0.08);
        double cx = (minX + maxX) / 2;
        double cy = (minY + maxY) / 2;
        if (span > 0.8) {
            span = 1.15;
            cx = 0.5;
            cy = SIN60 / 2;
        }
        double margin = 30;
        double scale = Math.min(area.getWidth() - 2 * margin, area.getHeight() - 2 * margin) / span;
        double ox = area.getCenterX();
        double oy = area.getCenterY();
        final double fcx = cx;
        final double fcy = cy;
        java.util.function.Function<double[], Point2D> at = p -> new Point2D.Double(
                ox + ((p[1] + p[2] / 2) - fcx) * scale, oy - (p[2] * SIN60 - fcy) * scale);
        Graphics2D h = (Graphics2D) g.create();
        h.clip(new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight() - 16));
        double step = span > 0.6 ? 0.1 : span > 0.25 ? 0.05 : span > 0.1 ? 0.02 : 0.01;
        h.setStroke(new BasicStroke(0.8f));
        h.setFont(theme.smallFont());
        for (int i = 1; i * step < 1 - 1e-9; i++) {
            double v = i * step;
            for (int axis = 0; axis < 3; axis++) {
                double[][] ends = isoLineEnds(axis, v);
                double[] a = ends[0];
                double[] b = ends[1];
                h.setPaint(theme.grid());
                h.draw(new Line2D.Double(at.apply(a), at.apply(b)));
            }
        }
        guideLabels(h, area, at, step);
        h.setPaint(theme.muted());
        h.setStroke(new BasicStroke(1.4f));
        Path2D triangle = new Path2D.Double();
        Point2D c = at.apply(new double[] {1, 0, 0});
        Point2D a = at.apply(new double[] {0, 1, 0});
        Point2D k = at.apply(new double[] {0, 0, 1});
        triangle.moveTo(c.getX(), c.getY());
        triangle.lineTo(a.getX(), a.getY());
        triangle.lineTo(k.getX(), k.getY());
        triangle.closePath();
        h.draw(triangle);
        h.setPaint(theme.foreground());
        h.setFont(theme.labelFont());
        h.drawString("Commons", (float) c.getX() - 30, (float) c.getY() + 18);
        h.drawString("Agrarian", (float) a.getX() - 30, (float) a.getY() + 18);
        h.drawString("Capital", (float) k.getX() - 22, (float) k.getY() - 8);
        Graphics2D outer = g;
        g = h;
        g.setPaint(theme.muted());
        g.setFont(theme.smallFont());
        g.drawString(String.format(Locale.ROOT, "guide lines every %.2f of a share: Capital level at the left,"
                + " Commons (C) and Agrarian (A) levels along the bottom", step),
                (float) area.getX() + 6, (float) area.getY() + 14);
        Trajectory.Result t = result.simplex();
        CategoricalFamily simplex = new CategoricalFamily(3);
        double[][] points = t.distributions();
        for (int i = 0; i + 1 < points.length; i++) {
            Trajectory.Period period = t.periods().get(i);
            boolean pulse = t.pulses().contains(period);
            Path2D arc = new Path2D.Double();
            for (int s = 0; s <= ARC_POINTS; s++) {
                Point2D p = at.apply(simplex.pointAt(points[i], points[i + 1], (double) s / ARC_POINTS));
                if (s == 0) {
                    arc.moveTo(p.getX(), p.getY());
                } else {
                    arc.lineTo(p.getX(), p.getY());
                }
            }
            g.setPaint(pulse ? theme.marker() : theme.path());
            g.setStroke(new BasicStroke(pulse ? 3.2f : 2f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(arc);
        }
        g.setFont(theme.smallFont());
        java.awt.FontMetrics metrics = g.getFontMetrics();
        List<Rectangle2D> placed = new java.util.ArrayList<>();
        for (int i = 0; i < points.length; i++) {
            Point2D p = at.apply(points[i]);
            g.setPaint(theme.foreground());
            g.fill(new Ellipse2D.Double(p.getX() - 3.5, p.getY() - 3.5, 7, 7));
            placed.add(new Rectangle2D.Double(p.getX() - 4, p.getY() - 4, 8, 8));
        }
        for (int i = 0; i < points.length; i++) {
            // Years close together on the simplex would print over each other: try right, left, then
            // further down until the label's box is free.
            Point2D p = at.apply(points[i]);
            String label = Integer.toString(result.years()[i]);
            double w = metrics.stringWidth(label);
            double hgt = metrics.getAscent();
            Rectangle2D box = null;
            for (int shift = 0; shift < 12 && box == null; shift++) {
                for (double dx : new double[] {6, -6 - w}) {
                    Rectangle2D candidate = new Rectangle2D.Double(p.getX() + dx, p.getY() - 4 - hgt + shift * (hgt + 1),
                            w, hgt);
                    if (placed.stream().noneMatch(candidate::intersects)) {
                        box = candidate;
                        break;
                    }
                }
            }
            if (box == null) {
                box = new Rectangle2D.Double(p.getX() + 6, p.getY() - 4 - hgt, w, hgt);
            }
            placed.add(box);
            g.drawString(label, (float) box.getX(), (float) box.getMaxY());
        }
        h.dispose();
        g = outer;
        if (span < 1) {
            inset(g, area, traj, fcx, fcy, area.getWidth() / scale, area.getHeight() / scale);
        }
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        g.drawString(String.format(Locale.ROOT, "arcs: Fisher–Rao geodesics between consecutive years (red: pulses);"
                        + " arc length %.4f, displacement %.4f, sinuosity %.3f", t.arcLength(), t.displacement(),
                t.sinuosity()), (float) area.getX() + 6, (float) area.getMaxY() - 4);
    }

    /**
     * Values of the guide lines where they leave the visible part: Capital (horizontal lines) at the
     * left edge, Commons and Agrarian (the slanted lines) along the bottom; labels that would overlap
     * the previous one on the same edge are left out.
     */
    private void guideLabels(Graphics2D g, Rectangle2D area, java.util.function.Function<double[], Point2D> at,
                             double step) {
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        java.awt.FontMetrics fm = g.getFontMetrics();
        // Along the bottom of the view, or just above the Commons–Agrarian edge when that is in view.
        double bottom = Math.min(area.getMaxY() - 20, at.apply(new double[] {1, 0, 0}).getY() - 5);
        double lastLeft = Double.NEGATIVE_INFINITY;
        List<Rectangle2D> bottomLabels = new java.util.ArrayList<>();
        for (int i = 1; i * step < 1 - 1e-9; i++) {
            double v = i * step;
            for (int axis = 0; axis < 3; axis++) {
                double[][] ends = isoLineEnds(axis, v);
                double[] a = ends[0];
                double[] b = ends[1];
                Point2D pa = at.apply(a);
                Point2D pb = at.apply(b);
                String value = String.format(Locale.ROOT, step < 0.05 ? "%.2f" : "%.1f", v);
                if (axis == 2) {
                    double y = pa.getY();
                    if (y > area.getY() + 32 && y < bottom - fm.getHeight() && Math.abs(y - lastLeft) > fm.getHeight()) {
                        g.drawString("Capital " + value, (float) area.getX() + 4, (float) y - 2);
                        lastLeft = y;
                    }
                } else if (Math.abs(pb.getY() - pa.getY()) > 1e-9) {
                    double t = (bottom - pa.getY()) / (pb.getY() - pa.getY());
                    double x = pa.getX() + t * (pb.getX() - pa.getX());
                    String text = (axis == 0 ? "C " : "A ") + value;
                    Rectangle2D box = new Rectangle2D.Double(x - fm.stringWidth(text) / 2.0 - 3, bottom - fm.getAscent(),
                            fm.stringWidth(text) + 6, fm.getHeight());
                    if (t >= 0 && t <= 1 && box.getMinX() > area.getX() + 70 && box.getMaxX() < area.getMaxX()
                            && bottomLabels.stream().noneMatch(box::intersects)) {
                        g.drawString(text, (float) (box.getX() + 3), (float) bottom);
                        bottomLabels.add(box);
                    }
                }
            }
        }
    }

    /**
     * The whole triangle small in the top-right corner, with the yearly path and the part the main
     * view shows, so a zoomed view still says where on the simplex the land is.
     */
    private void inset(Graphics2D g, Rectangle2D area, Trajectory.Result traj, double cx, double cy,
                       double viewWidth, double viewHeight) {
        double side = Math.min(150, area.getWidth() * 0.22);
        double x0 = area.getMaxX() - side - 16;
        double y0 = area.getY() + 8 + side * SIN60;
        java.util.function.Function<double[], Point2D> at = p -> new Point2D.Double(x0 + (p[1] + p[2] / 2) * side,
                y0 - p[2] * SIN60 * side);
        Rectangle2D frame = new Rectangle2D.Double(x0 - 12, area.getY() + 2, side + 24, side * SIN60 + 34);
        g.setPaint(theme.background());
        g.fill(frame);
        g.setPaint(theme.grid());
        g.draw(frame);
        Path2D triangle = new Path2D.Double();
        Point2D c = at.apply(new double[] {1, 0, 0});
        Point2D a = at.apply(new double[] {0, 1, 0});
        Point2D k = at.apply(new double[] {0, 0, 1});
        triangle.moveTo(c.getX(), c.getY());
        triangle.lineTo(a.getX(), a.getY());
        triangle.lineTo(k.getX(), k.getY());
        triangle.closePath();
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(triangle);
        g.setFont(theme.smallFont());
        g.drawString("Commons", (float) c.getX() - 8, (float) c.getY() + 13);
        g.drawString("Agrarian", (float) a.getX() - 40, (float) a.getY() + 13);
        g.drawString("Capital", (float) k.getX() + 6, (float) k.getY() + 6);
        Path2D path = new Path2D.Double();
        double[][] d = traj.distributions();
        for (int i = 0; i < d.length; i++) {
            Point2D p = at.apply(d[i]);
            if (i == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        g.setPaint(theme.path());
        g.setStroke(new BasicStroke(1.6f));
        g.draw(path);
        // The part of the triangle the main view shows, centred on (cx, cy).
        double w = viewWidth * side;
        double hgt = viewHeight * side;
        g.setPaint(theme.marker());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x0 + cx * side - w / 2, y0 - cy * side - hgt / 2, w, hgt));
    }

    /**
     * Left: the pooled empirical transition matrix as a heat map with its values (rows: from, columns:
     * to; the Built row as observed). Right: expected years until Built with ± one standard deviation,
     * "never" for classes that cannot reach it.
     */
    private void chain(Graphics2D g, Rectangle2D area) {
        org.fisherscope.landuse.LandUseChain.Result chain = result.chain();
        List<String> states = chain.states();
        int n = states.size();
        g.setFont(theme.smallFont());
        java.awt.FontMetrics fm = g.getFontMetrics();
        double labelWidth = 0;
        for (String s : states) {
            labelWidth = Math.max(labelWidth, fm.stringWidth(s));
        }
        labelWidth += 10;
        double cell = Math.max(8, Math.min(Math.min((area.getWidth() * 0.55 - labelWidth) / n,
                (area.getHeight() - 120) / n), 72));
        double x0 = area.getX() + labelWidth;
        double y0 = area.getY() + 90;
        g.setPaint(theme.foreground());
        g.drawString("from ↓   to →", (float) area.getX() + 4, (float) (y0 - 8));
        for (int i = 0; i < n; i++) {
            g.setPaint(theme.foreground());
            g.drawString(states.get(i), (float) area.getX() + 4, (float) (y0 + (i + 0.5) * cell + 4));
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 4, x0 + (i + 0.3) * cell, y0 - 4);
            g.drawString(states.get(i), (float) (x0 + (i + 0.3) * cell), (float) (y0 - 4));
            g.setTransform(saved);
            for (int j = 0; j < n; j++) {
                double v = chain.transition()[i][j];
                // √-scaled ramp from the background to the path colour: small but non-zero moves show.
                double t = Math.sqrt(Math.max(0, Math.min(1, v)));
                g.setPaint(blend(theme.background(), theme.path(), t));
                Rectangle2D box = new Rectangle2D.Double(x0 + j * cell, y0 + i * cell, cell, cell);
                g.fill(box);
                g.setPaint(theme.grid());
                g.draw(box);
                g.setPaint(t > 0.6 ? java.awt.Color.WHITE : theme.foreground());
                String text = String.format(Locale.ROOT, cell < 44 ? "%.2f" : "%.3f", v);
                g.drawString(text, (float) (box.getCenterX() - fm.stringWidth(text) / 2.0), (float) box.getCenterY() + 4);
            }
        }
        g.setPaint(theme.muted());
        g.drawString("pooled row-normalised counts; Built row as observed; colour ∝ √p",
                (float) area.getX() + 4, (float) (y0 + n * cell + 18));
        // Expected years until Built: the bar is E[T], the line spans E[T] ± 1 SD.
        double bx = x0 + n * cell + 40;
        double bw = area.getMaxX() - bx - 8;
        double max = 1;
        for (String s : states) {
            Double e = chain.expectedYears().get(s);
            Double sd = chain.sdYears().get(s);
            if (e != null) {
                max = Math.max(max, e + (sd == null ? 0 : sd));
            }
        }
        String built = result.legend().name(result.legend().absorbing());
        double valueWidth = fm.stringWidth("9999.9 ± 9999.9") + 8;
        double left = bx + labelWidth;
        double width = Math.max(20, bw - labelWidth - valueWidth);
        double bar = Math.min(24, (area.getHeight() - 160) / n);
        g.setPaint(theme.foreground());
        g.setFont(theme.labelFont());
        g.drawString("Expected years until Built (bar) ± 1 SD (line)", (float) bx, (float) (y0 - 30));
        g.setFont(theme.smallFont());
        int row = 0;
        for (String s : states) {
            if (s.equals(built)) {
                continue;
            }
            double y = y0 + row * (bar + 10);
            g.setPaint(theme.foreground());
            g.drawString(s, (float) bx, (float) (y + bar * 0.5 + 4));
            Double e = chain.expectedYears().get(s);
            if (e == null) {
                g.setPaint(theme.muted());
                g.drawString("never: " + chain.infinite().getOrDefault(s, "cannot reach Built"), (float) left,
                        (float) (y + bar * 0.5 + 4));
            } else {
                double sd = chain.sdYears().getOrDefault(s, 0.0);
                g.setPaint(theme.path());
                g.fill(new Rectangle2D.Double(left, y, Math.max(1, width * e / max), bar));
                g.setPaint(theme.foreground());
                double lo = left + width * Math.max(0, e - sd) / max;
                double hi = left + width * (e + sd) / max;
                g.draw(new Line2D.Double(lo, y + bar / 2, hi, y + bar / 2));
                g.draw(new Line2D.Double(lo, y + bar * 0.25, lo, y + bar * 0.75));
                g.draw(new Line2D.Double(hi, y + bar * 0.25, hi, y + bar * 0.75));
                g.drawString(String.format(Locale.ROOT, "%.1f ± %.1f", e, sd), (float) (hi + 6),
                        (float) (y + bar * 0.5 + 4));
            }
            row++;
        }
        // A years axis under the bars.
        double axisY = y0 + row * (bar + 10) + 2;
        g.setPaint(theme.muted());
        g.draw(new Line2D.Double(left, axisY, left + width, axisY));
        double tick = niceStep(max / 4);
        for (double v = 0; v <= max + 1e-9; v += tick) {
            double x = left + width * v / max;
            g.draw(new Line2D.Double(x, axisY, x, axisY + 4));
            String label = String.format(Locale.ROOT, "%.0f", v);
            g.drawString(label, (float) (x - fm.stringWidth(label) / 2.0), (float) (axisY + 16));
        }
        g.drawString("years (one Markov step = one year)", (float) left, (float) (axisY + 32));
        g.drawString(String.format(Locale.ROOT, "pooled Built self-retention %.4f", chain.builtSelfRetention()),
                (float) bx, (float) (axisY + 52));
        g.drawString(String.format(Locale.ROOT, "spectral gap 1 − |λ₂| = %.4f", chain.spectralGap()), (float) bx,
                (float) (axisY + 68));
    }

    /** 1, 2 or 5 times a power of ten, at least {@code raw}. */
    private static double niceStep(double raw) {
        double power = Math.pow(10, Math.floor(Math.log10(Math.max(raw, 1e-12))));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= raw) {
                return m * power;
            }
        }
        return 10 * power;
    }

    private static java.awt.Color blend(java.awt.Color from, java.awt.Color to, double t) {
        return new java.awt.Color((int) Math.round(from.getRed() + (to.getRed() - from.getRed()) * t),
                (int) Math.round(from.getGreen() + (to.getGreen() - from.getGreen()) * t),
                (int) Math.round(from.getBlue() + (to.getBlue() - from.getBlue()) * t));
    }

    /**
     * The year's map (its preview) in the legend's colours, at equal scale, with the legend beside it
     * giving each class's share of all cells that year.
     */
    private void map(Graphics2D g, Rectangle2D area) {
        LandUseAnalysis.YearResult year = result.perYear().get(yearIndex);
        LandUseAnalysis.Preview preview = year.preview();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(preview.columns(), preview.rows(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Map<Integer, Integer> rgb = new java.util.HashMap<>();
        result.legend().colours().forEach((code, hex) -> rgb.put(code, Integer.parseInt(hex.substring(1), 16)));
        for (int r = 0; r < preview.rows(); r++) {
            for (int c = 0; c < preview.columns(); c++) {
                image.setRGB(c, r, rgb.getOrDefault(preview.codes()[r * preview.columns() + c], 0x000000));
            }
        }
        // The figure's own area is what mapPlacement measures from; undo body() here.
        Rectangle2D figureArea = new Rectangle2D.Double(area.getX() - 6, area.getY() - 32, area.getWidth() + 12,
                area.getHeight() + 40);
        Rectangle2D placed = mapPlacement(figureArea).orElseThrow().image();
        g.drawImage(image, (int) placed.getX(), (int) placed.getY(), (int) placed.getWidth(), (int) placed.getHeight(),
                null);
        g.setPaint(theme.muted());
        g.draw(placed);
        long cells = 0;
        for (long n : year.classCounts()) {
            cells += n;
        }
        cells += year.noDataCells();
        double legendX = placed.getMaxX() + 16;
        g.setFont(theme.smallFont());
        double y = area.getY() + 14;
        g.setPaint(theme.foreground());
        g.drawString("class (code), share of all cells", (float) legendX, (float) y);
        y += 18;
        for (java.util.Map.Entry<Integer, String> e : new java.util.TreeMap<>(result.legend().names()).entrySet()) {
            Integer colour = rgb.get(e.getKey());
            if (colour == null) {
                continue;
            }
            g.setPaint(new java.awt.Color(colour));
            g.fill(new Rectangle2D.Double(legendX, y - 9, 14, 10));
            g.setPaint(theme.muted());
            g.draw(new Rectangle2D.Double(legendX, y - 9, 14, 10));
            long n = e.getKey() < year.classCounts().length ? year.classCounts()[e.getKey()] : 0;
            g.setPaint(theme.foreground());
            g.drawString(String.format(Locale.ROOT, "%s (%d)  %.1f %%", e.getValue(), e.getKey(),
                    cells == 0 ? 0.0 : 100.0 * n / cells), (float) (legendX + 20), (float) y);
            y += 17;
        }
        g.setPaint(java.awt.Color.BLACK);
        g.fill(new Rectangle2D.Double(legendX, y - 9, 14, 10));
        g.setPaint(theme.foreground());
        g.drawString(String.format(Locale.ROOT, "no-data  %.1f %%", cells == 0 ? 0.0 : 100.0 * year.noDataCells() / cells),
                (float) (legendX + 20), (float) y);
        y += 24;
        g.setPaint(theme.muted());
        int rows = year.percolation() == null ? preview.rows() * preview.stride() : year.percolation().rows();
        int columns = year.percolation() == null ? preview.columns() * preview.stride() : year.percolation().columns();
        g.drawString(columns + " × " + rows + " pixels", (float) legendX, (float) y);
        if (preview.stride() > 1) {
            g.drawString("shown: 1 pixel in " + preview.stride() + " each way", (float) legendX, (float) y + 16);
        }
    }

    /** "2019–20": a period's label on the category axes. */
    private static String periodLabel(int from, int to) {
        String end = Integer.toString(to);
        return from + "–" + (to / 100 == from / 100 ? end.substring(end.length() - 2) : end);
    }

    private org.jfree.chart.axis.SymbolAxis periodAxis(List<String> labels) {
        org.jfree.chart.axis.SymbolAxis axis = new org.jfree.chart.axis.SymbolAxis("period",
                labels.toArray(String[]::new));
        axis.setGridBandsVisible(false);
        axis.setLabelFont(theme.labelFont());
        axis.setTickLabelFont(theme.smallFont());
        axis.setLabelPaint(theme.foreground());
        axis.setTickLabelPaint(theme.foreground());
        axis.setAxisLinePaint(theme.muted());
        axis.setTickMarkPaint(theme.muted());
        return axis;
    }

    private static org.jfree.chart.ui.RectangleInsets padded() {
        return new org.jfree.chart.ui.RectangleInsets(4, 4, 4, 8);
    }

    private JFreeChart velocityChart() {
        Trajectory.Result t = result.simplex();
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries bars = new XYSeries("velocity", false, true);
        List<String> labels = new java.util.ArrayList<>();
        double sum = 0;
        for (int i = 0; i < t.periods().size(); i++) {
            Trajectory.Period p = t.periods().get(i);
            bars.add(i, p.velocity());
            labels.add(periodLabel(p.from(), p.to()));
            sum += p.velocity();
        }
        data.addSeries(bars);
        XYBarRenderer renderer = new XYBarRenderer(0.25) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int series, int item) {
                return t.pulses().contains(t.periods().get(item)) ? theme.marker() : theme.path();
            }
        };
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        NumberAxis velocity = Charts.axis("Fisher–Rao velocity (rad/yr)", theme);
        velocity.setAutoRangeIncludesZero(true);
        velocity.setUpperMargin(0.12);
        XYPlot plot = new XYPlot(data, periodAxis(labels), velocity, renderer);
        Charts.style(plot, theme);
        plot.setDomainGridlinesVisible(false);
        // Values as annotations, drawn after all bars: item labels drawn between bars upset the screen
        // bridge's paint state (bars after a label came out in the label's colour).
        for (int i = 0; i < t.periods().size(); i++) {
            org.jfree.chart.annotations.XYTextAnnotation value = new org.jfree.chart.annotations.XYTextAnnotation(
                    String.format(Locale.ROOT, "%.3f", t.periods().get(i).velocity()), i, t.periods().get(i).velocity());
            value.setFont(theme.smallFont());
            value.setPaint(theme.foreground());
            value.setTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_CENTER);
            plot.addAnnotation(value);
        }
        int n = t.periods().size();
        double mean = sum / n;
        double ss = 0;
        for (Trajectory.Period p : t.periods()) {
            ss += (p.velocity() - mean) * (p.velocity() - mean);
        }
        double sd = n > 1 ? Math.sqrt(ss / (n - 1)) : 0;
        plot.addRangeMarker(marker(mean, String.format(Locale.ROOT, "mean %.3f", mean), false));
        if (n > 1) {
            plot.addRangeMarker(marker(mean + sd, String.format(Locale.ROOT, "pulse threshold: mean + 1 SD = %.3f",
                    mean + sd), true));
        }
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        chart.addSubtitle(legendLine(new String[] {"period", "pulse (above mean + 1 SD)"},
                new java.awt.Paint[] {theme.path(), theme.marker()}));
        return chart;
    }

    /** A horizontal reference line with its label above it at the right. */
    private ValueMarker marker(double value, String label, boolean dashed) {
        ValueMarker m = new ValueMarker(value, theme.muted(), dashed ? new BasicStroke(1.2f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1, new float[] {6, 4}, 0) : new BasicStroke(1.2f));
        m.setLabel(label);
        m.setLabelFont(theme.smallFont());
        m.setLabelPaint(theme.muted());
        m.setLabelAnchor(org.jfree.chart.ui.RectangleAnchor.TOP_RIGHT);
        m.setLabelTextAnchor(org.jfree.chart.ui.TextAnchor.BOTTOM_RIGHT);
        m.setLabelBackgroundColor(new java.awt.Color(0, 0, 0, 0));
        return m;
    }

    /** A one-line legend of coloured boxes, for charts whose series legend would not say it. */
    private org.jfree.chart.title.LegendTitle legendLine(String[] names, java.awt.Paint[] paints) {
        org.jfree.chart.LegendItemCollection items = new org.jfree.chart.LegendItemCollection();
        for (int i = 0; i < names.length; i++) {
            items.add(new org.jfree.chart.LegendItem(names[i], paints[i]));
        }
        org.jfree.chart.title.LegendTitle legend = new org.jfree.chart.title.LegendTitle(() -> items);
        legend.setItemFont(theme.smallFont());
        legend.setItemPaint(theme.foreground());
        legend.setBackgroundPaint(theme.background());
        legend.setPosition(org.jfree.chart.ui.RectangleEdge.BOTTOM);
        return legend;
    }

    /**
     * Above: p (Built cells over all cells) and the order parameter, the largest cluster's share of
     * Built, with the square-lattice site threshold; below: the number of 4-connected Built clusters.
     */
    private JFreeChart percolationChart() {
        XYSeriesCollection fractions = new XYSeriesCollection();
        XYSeries p = new XYSeries("p = Built cells / all cells", false, true);
        XYSeries share = new XYSeries("order parameter: largest cluster / all Built", false, true);
        XYSeriesCollection counts = new XYSeriesCollection();
        XYSeries clusters = new XYSeries("number of Built clusters", false, true);
        for (LandUseAnalysis.YearResult y : result.perYear()) {
            p.add(y.year(), y.percolation().p());
            share.add(y.year(), y.percolation().largestShare());
            clusters.add(y.year(), y.percolation().clusters());
        }
        fractions.addSeries(p);
        fractions.addSeries(share);
        counts.addSeries(clusters);
        XYLineAndShapeRenderer top = new XYLineAndShapeRenderer(true, true);
        top.setSeriesPaint(0, theme.path());
        top.setSeriesPaint(1, theme.marker());
        top.setSeriesStroke(0, new BasicStroke(2f));
        top.setSeriesStroke(1, new BasicStroke(2f));
        NumberAxis value = Charts.axis("fraction", theme);
        value.setRange(0, 1.05);
        XYPlot upper = new XYPlot(fractions, null, value, top);
        Charts.style(upper, theme);
        ValueMarker threshold = marker(0.5927, "site-percolation threshold p_c ≈ 0.5927 (square lattice)", true);
        upper.addRangeMarker(threshold);
        XYLineAndShapeRenderer bottom = new XYLineAndShapeRenderer(true, true);
        bottom.setSeriesPaint(0, theme.start());
        bottom.setSeriesStroke(0, new BasicStroke(2f));
        NumberAxis number = Charts.axis("clusters", theme);
        number.setAutoRangeIncludesZero(true);
        number.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        XYPlot lower = new XYPlot(counts, null, number, bottom);
        Charts.style(lower, theme);
        NumberAxis years = yearAxis();
        org.jfree.chart.plot.CombinedDomainXYPlot plot = new org.jfree.chart.plot.CombinedDomainXYPlot(years);
        plot.setGap(14);
        plot.add(upper, 3);
        plot.add(lower, 2);
        plot.setBackgroundPaint(theme.background());
        return new JFreeChart(null, theme.labelFont(), plot, true);
    }

    private NumberAxis yearAxis() {
        NumberAxis years = Charts.axis("year", theme);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        years.setLowerMargin(0.04);
        years.setUpperMargin(0.04);
        return years;
    }

    /** Left: ln N(ε) against ln(1/ε) for the selected year with its fit; right: d_f of every year. */
    private void boxCounting(Graphics2D g, Rectangle2D area) {
        double split = area.getWidth() * 0.56;
        Rectangle2D left = new Rectangle2D.Double(area.getX(), area.getY(), split - 6, area.getHeight());
        Rectangle2D right = new Rectangle2D.Double(area.getX() + split + 6, area.getY(), area.getWidth() - split - 6,
                area.getHeight());
        BoxCounting.Result box = result.perYear().get(yearIndex).boundary();
        if (box == null) {
            g.setPaint(theme.muted());
            g.setFont(theme.labelFont());
            g.drawString("no Built cluster in " + result.years()[yearIndex] + " to count boxes on",
                    (float) left.getX() + 20, (float) left.getCenterY());
        } else {
            chart(boxChart(box)).draw(g, left);
        }
        chart(dimensionChart()).draw(g, right);
    }

    private JFreeChart boxChart(BoxCounting.Result box) {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries counts = new XYSeries("ln N(ε), boxes of side ε pixels", false, true);
        XYSeries fit = new XYSeries(String.format(Locale.ROOT, "least-squares fit: slope d_f = %.3f, R² = %.4f",
                box.dimension(), box.r2()), false, true);
        double meanX = 0;
        double meanY = 0;
        for (int k = 0; k < box.sizes().length; k++) {
            double x = -Math.log(box.sizes()[k]);
            double y = Math.log(box.counts()[k]);
            counts.add(x, y);
            meanX += x / box.sizes().length;
            meanY += y / box.sizes().length;
        }
        double x0 = -Math.log(box.sizes()[box.sizes().length - 1]);
        double x1 = -Math.log(box.sizes()[0]);
        fit.add(x0, meanY + box.dimension() * (x0 - meanX));
        fit.add(x1, meanY + box.dimension() * (x1 - meanX));
        data.addSeries(counts);
        data.addSeries(fit);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer();
        renderer.setSeriesLinesVisible(0, false);
        renderer.setSeriesShapesVisible(1, false);
        renderer.setSeriesPaint(0, theme.path());
        renderer.setSeriesPaint(1, theme.marker());
        renderer.setSeriesStroke(1, new BasicStroke(1.6f));
        XYPlot plot = new XYPlot(data, Charts.axis("ln(1/ε)   (ε = box side in pixels)", theme),
                Charts.axis("ln N(ε)   (boxes holding boundary)", theme), renderer);
        Charts.style(plot, theme);
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, true);
        chart.addSubtitle(subtitle(String.format(Locale.ROOT, "%d: %d boundary cells, %d box sizes from %d to %d",
                result.years()[yearIndex], box.boundaryCells(), box.sizes().length, box.sizes()[0],
                box.sizes()[box.sizes().length - 1])));
        return chart;
    }

    private org.jfree.chart.title.TextTitle subtitle(String text) {
        org.jfree.chart.title.TextTitle t = new org.jfree.chart.title.TextTitle(text, theme.smallFont());
        t.setPaint(theme.muted());
        return t;
    }

    /** d_f of the largest cluster's boundary per year; the selected year drawn larger. */
    private JFreeChart dimensionChart() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries df = new XYSeries("d_f per year", false, true);
        XYSeries selected = new XYSeries("selected year", false, true);
        for (int i = 0; i < result.perYear().size(); i++) {
            BoxCounting.Result b = result.perYear().get(i).boundary();
            if (b != null) {
                df.add(result.years()[i], b.dimension());
                if (i == yearIndex) {
                    selected.add(result.years()[i], b.dimension());
                }
            }
        }
        data.addSeries(df);
        data.addSeries(selected);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, theme.path());
        renderer.setSeriesStroke(0, new BasicStroke(1.6f));
        renderer.setSeriesPaint(1, theme.marker());
        renderer.setSeriesLinesVisible(1, false);
        renderer.setSeriesShape(1, new Ellipse2D.Double(-6, -6, 12, 12));
        NumberAxis value = Charts.axis("boundary dimension d_f", theme);
        value.setAutoRangeIncludesZero(false);
        value.setAutoRangeMinimumSize(0.1);
        XYPlot plot = new XYPlot(data, yearAxis(), value, renderer);
        Charts.style(plot, theme);
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, true);
        chart.addSubtitle(subtitle("1 = smooth edge, 2 = space-filling"));
        return chart;
    }

    /** Share of Built pixels still Built a year later, per period, with its Wilson 95 % band and the pooled value. */
    private JFreeChart retentionChart() {
        org.jfree.data.xy.YIntervalSeries series = new org.jfree.data.xy.YIntervalSeries("retention with 95 % band");
        List<String> labels = new java.util.ArrayList<>();
        for (int i = 0; i < result.retention().size(); i++) {
            LandUseAnalysis.Retention r = result.retention().get(i);
            labels.add(periodLabel(r.from(), r.to()));
            if (Double.isFinite(r.retention())) {
                series.add(i, r.retention(), r.lower(), r.upper());
            }
        }
        org.jfree.data.xy.YIntervalSeriesCollection data = new org.jfree.data.xy.YIntervalSeriesCollection();
        data.addSeries(series);
        org.jfree.chart.renderer.xy.DeviationRenderer band = new org.jfree.chart.renderer.xy.DeviationRenderer(true,
                true);
        band.setSeriesPaint(0, theme.path());
        band.setSeriesFillPaint(0, theme.path());
        band.setAlpha(0.22f);
        band.setSeriesStroke(0, new BasicStroke(2f));
        // Whiskers as well as the band: with few periods a band alone hides how wide each interval is.
        org.jfree.chart.renderer.xy.YIntervalRenderer whiskers = new org.jfree.chart.renderer.xy.YIntervalRenderer();
        whiskers.setSeriesPaint(0, theme.path());
        NumberAxis value = Charts.axis("share of Built still Built a year later", theme);
        double low = 1;
        for (LandUseAnalysis.Retention r : result.retention()) {
            if (Double.isFinite(r.lower())) {
                low = Math.min(low, r.lower());
            }
        }
        // A share cannot pass 1: the axis stops just above it, and shows at least 0.01 below the lowest bound.
        double span = Math.max(0.002, 1 - low);
        value.setRange(Math.max(0, 1 - span * 1.15), 1 + span * 0.04);
        XYPlot plot = new XYPlot(data, periodAxis(labels), value, band);
        plot.setDataset(1, data);
        plot.setRenderer(1, whiskers);
        Charts.style(plot, theme);
        double pooled = result.chain().builtSelfRetention();
        if (Double.isFinite(pooled)) {
            plot.addRangeMarker(marker(pooled, String.format(Locale.ROOT, "pooled %.4f", pooled), true));
        }
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        java.awt.Color path = theme.path();
        chart.addSubtitle(legendLine(new String[] {"retention per period", "95 % Wilson band"},
                new java.awt.Paint[] {path, new java.awt.Color(path.getRed(), path.getGreen(), path.getBlue(), 70)}));
        chart.addSubtitle(subtitle("n = Built pixels seen in both years; band: Wilson score interval, z = 1.96"));
        return chart;
    }

    private JFreeChart chart(JFreeChart chart) {
        chart.setBackgroundPaint(theme.background());
        if (chart.getLegend() != null) {
            chart.getLegend().setBackgroundPaint(theme.background());
            chart.getLegend().setItemPaint(theme.foreground());
            chart.getLegend().setItemFont(theme.smallFont());
        }
        return chart;
    }

    @Override
    public FigureMetadata metadata() {
        int[] y = result.years();
        return new FigureMetadata(title(), "years " + y[0] + "–" + y[y.length - 1] + "; view " + view.id(),
                List.of("simplex groups: Commons = {Trees, Flooded vegetation, Rangeland}, Agrarian = {Crops}, "
                        + "Capital = {Built area, Bare ground}; water, snow, clouds and no-data left out",
                        "velocity: 2·arccos Σ√(p q) per year; pulse: velocity > mean + 1 sample SD",
                        "percolation: 4-connectivity over all cells; square-lattice site threshold 0.5927"),
                commandLine);
    }


    /** The ends, on the triangle's sides, of the line where share {@code axis} equals v. */
    private static double[][] isoLineEnds(int axis, double v) {
        double[] a = new double[3];
        double[] b = new double[3];
        a[axis] = v;
        b[axis] = v;
        a[(axis + 1) % 3] = 1 - v;
        b[(axis + 2) % 3] = 1 - v;
        return new double[][] {a, b};
    }
}
