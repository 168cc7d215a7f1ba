package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.Curvature;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.PlaneSurvey;
import org.fisherscope.geometry.StatisticalFamily;

/**
 * What may be drawn under the curves of a view: a scalar-curvature colour map, the geodesic circle
 * around A through B, and metric ellipses (Tissot indicatrices: equal small Fisher circles). Everything is
 * held in the family's parameters and drawn through the view's mapping; it was surveyed for
 * {@code view} and is drawn only there. Any part may be null.
 */
public record PlaneOverlays(PlaneView view, CurvatureMap curvature, List<List<double[]>> ball,
                            List<List<double[]>> tissot) {

    /** Nothing to draw. */
    public static final PlaneOverlays NONE = new PlaneOverlays(PlaneView.PARAMETERS, null, null, null);

    /** Alpha of the colour map, so the curves and the grid stay readable above it. */
    private static final int MAP_ALPHA = 120;

    /** Curvature map cells on the parameter planes: fine enough to show the gradient (~2 ms with cumulants). */
    static final int MAP_COLUMNS = 48;
    static final int MAP_ROWS = 32;
    /** Triangles per side of the simplex's curvature map (TRIANGLE_CELLS² cells). */
    static final int TRIANGLE_CELLS = 24;
    /** Rings and sectors of the disk's curvature map; the outer ring stops short of the circle at infinity. */
    static final int DISK_RINGS = 16;
    static final int DISK_SECTORS = 48;
    static final double DISK_EDGE = 0.99;
    /** Directions shot for the geodesic circle: smooth at any figure size. */
    static final int BALL_DIRECTIONS = 96;
    /** Metric ellipses on a grid of this many columns and rows (parameter planes, half-plane). */
    static final int TISSOT_COLUMNS = 7;
    static final int TISSOT_ROWS = 5;
    /** Lattice of ellipse centres on the simplex: points with every p_i a positive multiple of 1/7. */
    static final int TISSOT_SIMPLEX = 7;
    /** Rings of ellipse centres in the disk (besides the centre), at these radii with 6·ring centres each. */
    static final double[] TISSOT_DISK_RINGS = {0.32, 0.58, 0.77, 0.89};
    /** Size of the ellipse at the view's reference point, as a share of the view's width. */
    static final double TISSOT_SIZE = 0.03;
    static final int TISSOT_POINTS = 48;
    /** Relative step of the numerical Jacobian of a view's chart: far below any drawn detail. */
    private static final double JACOBIAN_STEP = 1e-6;

    public PlaneOverlays {
        view = view == null ? PlaneView.PARAMETERS : view;
    }

    /**
     * A scalar-curvature map: cells given by their outlines in parameters and the curvature at their
     * centres, with what the map shows in words.
     */
    public record CurvatureMap(List<Cell> cells, String subject) {

        /**
         * A map whose values differ by at most this (relative to max(1, |R|)) is constant: a homogeneous
         * family's spread is rounding, which the cumulant formula amplifies near the boundary (8e-8 for the
         * normal family at σ = 0.0017, 1e-13 on the simplex 0.001 from a corner).
         */
        public static final double CONSTANT_SPREAD = 1e-6;

        public record Cell(List<double[]> outline, double scalar) {
        }

        public double min() {
            return cells.stream().mapToDouble(Cell::scalar).min().orElse(Double.NaN);
        }

        public double max() {
            return cells.stream().mapToDouble(Cell::scalar).max().orElse(Double.NaN);
        }

        /** The largest |R| of the cells (0 if there are none). */
        public double maxAbs() {
            return cells.isEmpty() ? 0 : Math.max(Math.abs(min()), Math.abs(max()));
        }

        /** Whether every cell has the same curvature (a homogeneous family such as the normal or the simplex). */
        public boolean constant() {
            return !cells.isEmpty() && max() - min() <= CONSTANT_SPREAD * Math.max(1, maxAbs());
        }
    }

    /** The overlays a view can draw for a family. */
    public enum Kind {
        CURVATURE("curvature"), CIRCLE("circle"), ELLIPSES("ellipses");

        private final String id;

        Kind(String id) {
            this.id = id;
        }

        public String id() {
            return id;
        }
    }

    /**
     * Why an overlay cannot be drawn on this view of the family, or empty if it can. The GUI shows the
     * reason on the disabled toggle; the command line reports it for {@code --overlay}.
     */
    public static java.util.Optional<String> unavailable(StatisticalFamily family, PlaneView view, Kind kind) {
        PlaneView shown = PlaneView.resolve(family, view);
        if (family.dimension() == 1) {
            return java.util.Optional.of("a 1-parameter family is a line: no curvature (R = 0) and its 'circles' are two points");
        }
        if (family.name().startsWith("mvnormal") && !family.name().equals("mvnormal:d=1")) {
            return java.util.Optional.of("this plane is data space, not the " + family.dimension()
                    + "-parameter family: its curvature, circles and ellipses do not live on it");
        }
        if (ViewChart.of(family, shown, 1) == null) {
            return java.util.Optional.of("drawn as bars over t: there is no plane to draw on (the triangle exists only for k = 3)");
        }
        if (family.name().equals("dirichlet") && kind == Kind.CIRCLE) {
            return java.util.Optional.of("the Dirichlet family (k = 3) has 3 dimensions: the points at distance d(A, B)"
                    + " from A form a surface, whose shadow on the triangle of means is not a circle");
        }
        return java.util.Optional.empty();
    }

    /**
     * The requested overlays on a view: the curvature map over what the view shows (the window on the
     * parameter planes and the half-plane, the whole disk, the whole simplex), the circle around A through
     * B, and metric ellipses on a grid of the view. A Dirichlet (k = 3) is surveyed on the slice of A's
     * concentration a₀, where its ellipses are those of the metric restricted to the slice.
     */
    public static PlaneOverlays survey(StatisticalFamily family, Geodesic fisher, PlaneView requested, double[] w,
                                       boolean curvature, boolean circle, boolean ellipses, BooleanSupplier cancelled) {
        PlaneView view = PlaneView.resolve(family, requested);
        double concentration = sum(fisher.from());
        ViewChart chart = ViewChart.of(family, view, concentration);
        if (chart == null) {
            return new PlaneOverlays(view, null, null, null);
        }
        CurvatureMap map = curvature && unavailable(family, view, Kind.CURVATURE).isEmpty()
                ? curvatureMap(family, view, chart, w, concentration, cancelled) : null;
        List<List<double[]>> ball = circle && fisher.length() > 0 && unavailable(family, view, Kind.CIRCLE).isEmpty()
                ? toParameters(family, PlaneSurvey.geodesicBall(family, family.toChart(fisher.from()), fisher.length(),
                        BALL_DIRECTIONS)) : null;
        List<List<double[]>> tissot = ellipses && unavailable(family, view, Kind.ELLIPSES).isEmpty()
                ? tissot(family, view, chart, w, cancelled) : null;
        return new PlaneOverlays(view, map, ball, tissot);
    }

    // --- curvature map ---------------------------------------------------------------------------

    private static CurvatureMap curvatureMap(StatisticalFamily family, PlaneView view, ViewChart chart, double[] w,
                                             double concentration, BooleanSupplier cancelled) {
        List<double[][]> outlines = switch (view) {
            case DISK -> diskCells();
            case SPHERE -> simplexCells(chart, true);
            case HALF_PLANE -> rectangleCells(halfPlaneRegion(w));
            default -> family.parameterNames().size() == 3 ? simplexCells(chart, false)
                    : rectangleCells(w);
        };
        List<CurvatureMap.Cell> cells = new ArrayList<>();
        for (double[][] model : outlines) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("curvature survey cancelled");
            }
            double[] centre = new double[2];
            for (double[] m : model) {
                centre[0] += m[0] / model.length;
                centre[1] += m[1] / model.length;
            }
            double[] p = chart.fromModel(centre);
            if (p == null || !inside(family, p)) {
                continue;
            }
            double r;
            try {
                r = Curvature.at(family, p).scalar();
            } catch (InvalidInputException nearBoundary) {
                continue;
            }
            List<double[]> outline = new ArrayList<>(model.length);
            for (double[] m : model) {
                outline.add(chart.fromModel(m));
            }
            if (Double.isFinite(r) && outline.stream().allMatch(java.util.Objects::nonNull)) {
                cells.add(new CurvatureMap.Cell(outline, r));
            }
        }
        String subject = family.name().equals("dirichlet")
                ? String.format(Locale.ROOT, "3-D Dirichlet family on its slice a₀ = %s (A's)",
                        Formats.number(concentration))
                : "";
        return new CurvatureMap(cells, subject);
    }

    /** The half-plane view shows (μ/√2, σ) from σ = 0 up, wider than the window when the page is wide. */
    private static double[] halfPlaneRegion(double[] w) {
        double x0 = w[0] / ViewChart.SQRT2;
        double x1 = w[1] / ViewChart.SQRT2;
        double extra = Math.max(x1 - x0, w[3]);
        return new double[] {x0 - extra, x1 + extra, w[3] * 1e-3, w[3] * 1.6};
    }

    private static List<double[][]> rectangleCells(double[] w) {
        List<double[][]> cells = new ArrayList<>();
        for (int i = 0; i < MAP_COLUMNS; i++) {
            double x0 = w[0] + i * (w[1] - w[0]) / MAP_COLUMNS;
            double x1 = w[0] + (i + 1) * (w[1] - w[0]) / MAP_COLUMNS;
            for (int j = 0; j < MAP_ROWS; j++) {
                double y0 = w[2] + j * (w[3] - w[2]) / MAP_ROWS;
                double y1 = w[2] + (j + 1) * (w[3] - w[2]) / MAP_ROWS;
                cells.add(new double[][] {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}});
            }
        }
        return cells;
    }

    private static List<double[][]> diskCells() {
        List<double[][]> cells = new ArrayList<>();
        for (int i = 0; i < DISK_RINGS; i++) {
            double r0 = DISK_EDGE * i / DISK_RINGS;
            double r1 = DISK_EDGE * (i + 1) / DISK_RINGS;
            for (int j = 0; j < DISK_SECTORS; j++) {
                double a0 = 2 * Math.PI * j / DISK_SECTORS;
                double a1 = 2 * Math.PI * (j + 1) / DISK_SECTORS;
                double am = (a0 + a1) / 2;
                cells.add(new double[][] {polar(r0, a0), polar(r1, a0), polar(r1, am), polar(r1, a1), polar(r0, a1),
                    polar(r0, am)});
            }
        }
        return cells;
    }

    private static double[] polar(double r, double angle) {
        return new double[] {r * Math.cos(angle), r * Math.sin(angle)};
    }

    /**
     * The simplex cut into n² triangles (n = {@link #TRIANGLE_CELLS}), in the view's coordinates. On the
     * sphere the straight cell edges are bent, so each edge gets its midpoint too.
     */
    private static List<double[][]> simplexCells(ViewChart chart, boolean bentEdges) {
        List<double[][]> cells = new ArrayList<>();
        for (SimplexGrid.Cell cell : new SimplexGrid(TRIANGLE_CELLS).cells()) {
            double[][] corners = cell.corners();
            List<double[]> model = new ArrayList<>();
            for (int c = 0; c < 3; c++) {
                model.add(chart.toModel(corners[c]));
                if (bentEdges) {
                    double[] next = corners[(c + 1) % 3];
                    double[] mid = new double[3];
                    for (int i = 0; i < 3; i++) {
                        mid[i] = (corners[c][i] + next[i]) / 2;
                    }
                    model.add(chart.toModel(mid));
                }
            }
            cells.add(model.toArray(new double[0][]));
        }
        return cells;
    }

    // --- metric ellipses -------------------------------------------------------------------------

    private static List<List<double[]>> tissot(StatisticalFamily family, PlaneView view, ViewChart chart, double[] w,
                                               BooleanSupplier cancelled) {
        List<double[]> centres = new ArrayList<>();
        double[] reference;
        double width;
        switch (view) {
            case DISK -> {
                centres.add(new double[] {0, 0});
                for (int ring = 0; ring < TISSOT_DISK_RINGS.length; ring++) {
                    int count = 6 * (ring + 1);
                    for (int k = 0; k < count; k++) {
                        double angle = 2 * Math.PI * (k + 0.5 * (ring % 2)) / count;
                        centres.add(polar(TISSOT_DISK_RINGS[ring], angle));
                    }
                }
                reference = new double[] {0, 0};
                width = 2;
            }
            case SPHERE, PARAMETERS -> {
                if (view == PlaneView.SPHERE || family.parameterNames().size() == 3) {
                    for (int i = 1; i < TISSOT_SIMPLEX; i++) {
                        for (int j = 1; i + j < TISSOT_SIMPLEX; j++) {
                            double[] p = {i, j, TISSOT_SIMPLEX - i - j};
                            for (int c = 0; c < 3; c++) {
                                p[c] /= TISSOT_SIMPLEX;
                            }
                            centres.add(chart.toModel(p));
                        }
                    }
                    reference = chart.toModel(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
                    width = view == PlaneView.SPHERE ? 4 : 1;
                } else {
                    grid(centres, w);
                    reference = new double[] {(w[0] + w[1]) / 2, (w[2] + w[3]) / 2};
                    width = w[1] - w[0];
                }
            }
            case HALF_PLANE -> {
                double[] m = {w[0] / ViewChart.SQRT2, w[1] / ViewChart.SQRT2, w[2], w[3]};
                grid(centres, m);
                reference = new double[] {(m[0] + m[1]) / 2, (m[2] + m[3]) / 2};
                width = m[1] - m[0];
            }
            default -> {
                return null;
            }
        }
        double[][] g = inducedMetric(family, chart, reference, width);
        if (g == null) {
            // The view's middle lies outside the domain (a window off to the side): size from the first centre inside.
            for (double[] c : centres) {
                g = inducedMetric(family, chart, c, width);
                if (g != null) {
                    break;
                }
            }
            if (g == null) {
                return List.of();
            }
        }
        // The Fisher radius whose ellipse at the reference point has r.m.s. semi-axis TISSOT_SIZE·width.
        double meanInverse = (g[0][0] + g[1][1]) / (2 * (g[0][0] * g[1][1] - g[0][1] * g[0][1]));
        double radius = TISSOT_SIZE * width / Math.sqrt(meanInverse);
        List<List<double[]>> ellipses = new ArrayList<>();
        for (double[] c : centres) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("ellipse survey cancelled");
            }
            double[][] metric = inducedMetric(family, chart, c, width);
            if (metric == null) {
                continue;
            }
            List<double[]> ellipse = ellipse(family, chart, c, metric, radius);
            if (ellipse != null) {
                ellipses.add(ellipse);
            }
        }
        return ellipses;
    }

    private static void grid(List<double[]> centres, double[] w) {
        for (int i = 0; i < TISSOT_COLUMNS; i++) {
            for (int j = 0; j < TISSOT_ROWS; j++) {
                centres.add(new double[] {w[0] + (i + 0.5) * (w[1] - w[0]) / TISSOT_COLUMNS,
                    w[2] + (j + 0.5) * (w[3] - w[2]) / TISSOT_ROWS});
            }
        }
    }

    /**
     * The Fisher metric pulled back to the view's coordinates, G = Jᵀ g J with J the Jacobian of
     * view → chart by central differences; on a Dirichlet slice this is the metric restricted to the
     * slice. Null where the point or its neighbours leave the domain.
     */
    static double[][] inducedMetric(StatisticalFamily family, ViewChart chart, double[] m, double width) {
        double h = JACOBIAN_STEP * width;
        double[] p = chart.fromModel(m);
        if (p == null || !inside(family, p)) {
            return null;
        }
        double[] x = family.toChart(p);
        double[][] jacobian = new double[2][];
        for (int a = 0; a < 2; a++) {
            double[] up = m.clone();
            double[] down = m.clone();
            up[a] += h;
            down[a] -= h;
            double[] pu = chart.fromModel(up);
            double[] pd = chart.fromModel(down);
            if (pu == null || pd == null || !inside(family, pu) || !inside(family, pd)) {
                return null;
            }
            double[] xu = family.toChart(pu);
            double[] xd = family.toChart(pd);
            jacobian[a] = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                jacobian[a][i] = (xu[i] - xd[i]) / (2 * h);
            }
        }
        double[][] g = family.metric(x);
        double[][] induced = new double[2][2];
        for (int a = 0; a < 2; a++) {
            for (int b = 0; b < 2; b++) {
                double s = 0;
                for (int i = 0; i < x.length; i++) {
                    for (int j = 0; j < x.length; j++) {
                        s += jacobian[a][i] * g[i][j] * jacobian[b][j];
                    }
                }
                induced[a][b] = s;
            }
        }
        return induced;
    }

    /** {m + u : uᵀ G u = r²} in view coordinates, as parameters; null if it leaves the domain. */
    private static List<double[]> ellipse(StatisticalFamily family, ViewChart chart, double[] m, double[][] g,
                                          double radius) {
        // Gram–Schmidt in the metric: e0 = (1/√G00, 0), e1 ⟂ e0, both of unit length in G.
        double[] e0 = {1 / Math.sqrt(g[0][0]), 0};
        double[] e1 = {-g[0][1] / g[0][0], 1};
        double norm = Math.sqrt(e1[0] * e1[0] * g[0][0] + 2 * e1[0] * e1[1] * g[0][1] + e1[1] * e1[1] * g[1][1]);
        e1[0] /= norm;
        e1[1] /= norm;
        List<double[]> points = new ArrayList<>(TISSOT_POINTS + 1);
        for (int k = 0; k <= TISSOT_POINTS; k++) {
            double phi = 2 * Math.PI * k / TISSOT_POINTS;
            double[] at = {m[0] + radius * (Math.cos(phi) * e0[0] + Math.sin(phi) * e1[0]),
                m[1] + radius * (Math.cos(phi) * e0[1] + Math.sin(phi) * e1[1])};
            double[] p = chart.fromModel(at);
            if (p == null || !inside(family, p)) {
                return null;
            }
            points.add(p);
        }
        return points;
    }

    private static boolean inside(StatisticalFamily family, double[] parameters) {
        for (double v : parameters) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return family.contains(family.toChart(parameters));
    }

    private static List<List<double[]>> toParameters(StatisticalFamily family, List<List<double[]>> runs) {
        return runs.stream().map(run -> run.stream().map(family::toParameters).toList()).toList();
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double v : a) {
            s += v;
        }
        return s;
    }

    // --- drawing ---------------------------------------------------------------------------------

    /** Everything, curvature first, under the curves. */
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

    private void drawCurvature(Graphics2D g, PlaneMapping mapping) {
        // Without antialiasing neighbouring translucent cells share their edges exactly: no seams, no overlaps.
        // The hint is restored by hand: a created copy shares its canvas state on screen (FXGraphics2D),
        // and the paint it leaves behind would leak into what the caller draws next.
        Object antialias = g.getRenderingHint(RenderingHints.KEY_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        double range = range();
        for (CurvatureMap.Cell cell : curvature.cells()) {
            Path2D outline = polyline(mapping, cell.outline());
            outline.closePath();
            g.setPaint(colour(cell.scalar() / range, MAP_ALPHA));
            g.fill(outline);
        }
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, antialias);
    }

    /** Symmetric colour range ±max|R| (1 if the map is flat), so 0 is always the neutral colour. */
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

    /**
     * The curvature legend inside the bottom-right (or top-right) corner of {@code area}: a colour bar with
     * its range and the sign convention, or, for a constant map, its one colour and value (no made-up
     * gradient).
     */
    void drawLegend(Graphics2D g, Rectangle2D area, FigureTheme theme, boolean top) {
        if (curvature == null || curvature.cells().isEmpty()) {
            return;
        }
        g.setFont(theme.smallFont());
        boolean constant = curvature.constant();
        double range = range();
        List<String> lines = new ArrayList<>();
        double swatch = constant ? 30 : 0;
        if (constant) {
            double r = (curvature.min() + curvature.max()) / 2;
            lines.add("scalar curvature R = " + fraction(r) + " in every cell: one colour");
            lines.add("Gaussian curvature K = R/2 = " + fraction(r / 2) + "  ·  unit sphere: R = +2");
        } else {
            lines.add("scalar curvature R (unit sphere: +2)");
            if (!curvature.subject().isEmpty()) {
                lines.add(curvature.subject());
            }
        }
        double textWidth = 0;
        for (String line : lines) {
            textWidth = Math.max(textWidth, g.getFontMetrics().stringWidth(line));
        }
        double width = Math.max(150, textWidth + swatch);
        double bar = constant ? 0 : 26;
        double height = bar + 14 * lines.size() + 6;
        double x = area.getMaxX() - width - 12;
        double y = top ? area.getY() + 10 : area.getMaxY() - height - 4;
        g.setPaint(new Color(theme.background().getRed(), theme.background().getGreen(), theme.background().getBlue(), 225));
        g.fill(new Rectangle2D.Double(x - 6, y - 4, width + 12, height + 4));
        if (constant) {
            g.setPaint(colour(curvature.min() / range, 255));
            g.fill(new Rectangle2D.Double(x, y + 2, 22, 10));
            g.setPaint(theme.muted());
            g.setStroke(new BasicStroke(0.8f));
            g.draw(new Rectangle2D.Double(x, y + 2, 22, 10));
        } else {
            for (int k = 0; k < width; k++) {
                g.setPaint(colour(-1 + 2.0 * k / width, 255));
                g.fill(new Rectangle2D.Double(x + k, y, 1.2, 10));
            }
            g.setPaint(theme.foreground());
            String lo = String.format(Locale.ROOT, "%.3g", -range);
            String hi = String.format(Locale.ROOT, "%.3g", range);
            g.drawString(lo, (float) x, (float) (y + 23));
            g.drawString(hi, (float) (x + width - g.getFontMetrics().stringWidth(hi)), (float) (y + 23));
            g.drawString("0", (float) (x + width / 2 - 3), (float) (y + 23));
        }
        for (int i = 0; i < lines.size(); i++) {
            g.setPaint(i == 0 ? theme.foreground() : theme.muted());
            g.drawString(lines.get(i), (float) (x + swatch), (float) (y + bar + 11 + 14 * i));
        }
    }

    private static String signed(double v) {
        String text = Formats.number(Math.abs(v) < 1e-12 ? 0 : v);
        return v > 0 ? "+" + text : text.replace("-", "−");
    }

    /** A curvature written as a fraction with denominator 4 when it is one (+1/4, −1/2), else a number. */
    static String fraction(double v) {
        double quarters = 4 * v;
        long n = Math.round(quarters);
        if (n != 0 && Math.abs(quarters - n) < CurvatureMap.CONSTANT_SPREAD * Math.max(1, Math.abs(quarters))) {
            long d = 4;
            long a = Math.abs(n);
            while (a % 2 == 0 && d > 1) {
                a /= 2;
                d /= 2;
            }
            return (n > 0 ? "+" : "−") + a + (d == 1 ? "" : "/" + d);
        }
        return signed(v);
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
