package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.CategoricalFamily;

/**
 * The geodesics figure: a title with the distance, the parameter plane with the geodesic (the
 * (μ, σ) half-plane or the ternary simplex) and, beside it, the distributions at A, B and the
 * slider's point γ(t); the conventions run along the bottom.
 */
public final class GeodesicFigure implements Figure {

    /** Share of the width given to the parameter plane; the densities take the rest. */
    private static final double PLANE_SHARE = 0.6;
    private static final double HEADER = 54;
    private static final double FOOTER = 24;
    private static final double PAD = 10;

    private final GeodesicScene scene;
    private final FigureTheme theme;
    private final String commandLine;
    private final PlaneView view;
    private volatile PlaneMapping mapping;

    /**
     * @param commandLine the equivalent {@code fisherscope figure geodesics …} arguments, for the metadata
     */
    public GeodesicFigure(GeodesicScene scene, FigureTheme theme, String commandLine) {
        this(scene, theme, PlaneView.PARAMETERS, commandLine);
    }

    /**
     * @param view how the parameter plane is drawn; it must be one of
     *             {@link PlaneView#availableFor} the scene's family
     */
    public GeodesicFigure(GeodesicScene scene, FigureTheme theme, PlaneView view, String commandLine) {
        this.view = PlaneView.resolve(scene.geodesic().family(), view);
        // Overlays surveyed for another view (the view changed while they were computed) are not drawn.
        this.scene = scene.overlays().view() == this.view ? scene
                : new GeodesicScene(scene.geodesic(), scene.others(), scene.marker(), scene.window(), PlaneOverlays.NONE);
        this.theme = theme;
        this.commandLine = commandLine;
    }

    public GeodesicScene scene() {
        return scene;
    }

    /**
     * Whether the family can be drawn: 1-parameter families, 2-parameter families charted by their
     * parameters (normal, gamma, beta, mvnormal:d=1 in (μ, σ)), the 3-outcome simplex and the 3-parameter
     * Dirichlet family (projected onto the simplex by its mean), categorical and Dirichlet families of any
     * other size as bars over t, and multivariate normals with d = 2 or 3 in data planes.
     */
    public static boolean canDraw(StatisticalFamily family) {
        return whyNotDrawn(family).isEmpty();
    }

    /** Why the figure cannot draw a family, or empty if it can. */
    public static Optional<String> whyNotDrawn(StatisticalFamily family) {
        if (family instanceof org.fisherscope.geometry.family.MultivariateNormalFamily m && m.dataDimension() > 3) {
            return Optional.of("the geodesics figure draws mvnormal for d = 1, 2 and 3 (data planes of two coordinates);"
                    + " mvnormal:d=" + m.dataDimension() + " is computed by distance and geodesic");
        }
        return Optional.empty();
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g2.setPaint(theme.background());
            g2.fill(area);
            drawHeader(g2, area);
            double top = area.getY() + HEADER;
            double height = area.getHeight() - HEADER - FOOTER;
            double planeWidth = area.getWidth() * PLANE_SHARE;
            Rectangle2D plane = new Rectangle2D.Double(area.getX() + PAD, top, planeWidth - 2 * PAD, height);
            Rectangle2D densities = new Rectangle2D.Double(area.getX() + planeWidth, top,
                    area.getWidth() - planeWidth - PAD, height);
            StatisticalFamily family = scene.geodesic().family();
            if (view == PlaneView.HALF_PLANE) {
                mapping = ModelPanels.halfPlane(g2, plane, scene, theme);
            } else if (view == PlaneView.DISK) {
                mapping = ModelPanels.disk(g2, plane, scene, theme);
            } else if (view == PlaneView.SPHERE) {
                mapping = ModelPanels.sphere(g2, plane, scene, theme);
            } else if (family.name().startsWith("mvnormal") && family.dimension() > 2) {
                mapping = CovariancePanel.draw(g2, plane, scene, theme, view);
            } else if (simplexLike(family)) {
                mapping = family.parameterNames().size() == 3 ? TernaryPanel.draw(g2, plane, scene, theme)
                        : SimplexBarsPanel.draw(g2, plane, scene, theme);
            } else if (family.dimension() == 1) {
                mapping = LinePanel.draw(g2, plane, scene, theme);
            } else {
                mapping = PlanePanel.draw(g2, plane, scene, theme);
            }
            if (family.name().startsWith("mvnormal") && family.dimension() > 2) {
                ParameterTracePanel.draw(g2, densities, scene, theme);
            } else if (family.name().equals("dirichlet") && family.dimension() == 3) {
                DirichletHeatPanel.draw(g2, densities, scene, theme);
            } else {
                DensityPanel.draw(g2, densities, scene, theme);
            }
            drawFooter(g2, area);
        } finally {
            g2.dispose();
        }
    }

    private static boolean simplexLike(StatisticalFamily family) {
        return family instanceof CategoricalFamily || family.name().equals("dirichlet");
    }

    /** The view window {xmin, xmax, ymin, ymax} that shows every curve of the scene with a margin. */
    public static double[] fittedWindow(GeodesicScene scene) {
        return fittedWindow(scene, PlaneView.PARAMETERS);
    }

    /** The fitted window of a view (the data planes of a multivariate normal differ by their pair). */
    public static double[] fittedWindow(GeodesicScene scene, PlaneView view) {
        StatisticalFamily family = scene.geodesic().family();
        if (family.name().startsWith("mvnormal") && family.dimension() > 2) {
            return CovariancePanel.fit(scene, PlaneView.resolve(family, view));
        }
        if (simplexLike(family)) {
            // The simplex and its bars have no window; this one only keeps the scene's window valid.
            return new double[] {0, 1, 0, 1};
        }
        return family.dimension() == 1 ? LinePanel.fit(scene) : PlanePanel.fit(scene);
    }

    /** The view drawn (the requested one, "parameters" resolved to the family's first view). */
    public PlaneView view() {
        return view;
    }

    /** The parameter plane's mapping as last drawn (empty before the first draw). */
    public Optional<PlaneMapping> mapping() {
        return Optional.ofNullable(mapping);
    }

    private void drawHeader(Graphics2D g, Rectangle2D area) {
        Geodesic geodesic = scene.geodesic();
        g.setPaint(theme.foreground());
        g.setFont(theme.titleFont());
        g.drawString(title(), (float) (area.getX() + PAD), (float) (area.getY() + 22));
        g.setPaint(theme.muted());
        String line = String.format(Locale.ROOT, "A = %s  ·  B = %s  ·  d(A, B) = %.6f (%s)  ·  γ(%.2f) = %s",
                Formats.point(geodesic.from()), Formats.point(geodesic.to()),
                geodesic.length(), geodesic.method().label(), scene.marker(),
                Formats.point(scene.markerPoint()));
        drawFitted(g, line, theme.labelFont(), area.getX() + PAD, area.getY() + 44, area.getWidth() - 2 * PAD);
    }

    private void drawFooter(Graphics2D g, Rectangle2D area) {
        g.setPaint(theme.muted());
        drawFitted(g, "Fisher–Rao geometry: " + scene.geodesic().family().metricDescription(), theme.smallFont(),
                area.getX() + PAD, area.getMaxY() - 8, area.getWidth() - 2 * PAD);
    }

    /** Draws text in lines that fit the width (breaking at spaces), from baseline y down; returns the lines used. */
    static int drawWrapped(Graphics2D g, String text, java.awt.Font font, double x, double y, double width,
                           double lineHeight) {
        g.setFont(font);
        java.awt.FontMetrics metrics = g.getFontMetrics();
        StringBuilder line = new StringBuilder();
        int lines = 0;
        for (String word : text.split(" ")) {
            String candidate = line.length() == 0 ? word : line + " " + word;
            if (line.length() > 0 && metrics.stringWidth(candidate) > width) {
                g.drawString(line.toString(), (float) x, (float) (y + lines * lineHeight));
                lines++;
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        if (line.length() > 0) {
            g.drawString(line.toString(), (float) x, (float) (y + lines * lineHeight));
            lines++;
        }
        return lines;
    }

    /** Draws one line of text, shrinking the font (down to 7 pt) until it fits the width. */
    static void drawFitted(Graphics2D g, String text, java.awt.Font font, double x, double y, double width) {
        java.awt.Font f = font;
        while (f.getSize2D() > 7 && g.getFontMetrics(f).stringWidth(text) > width) {
            f = f.deriveFont(f.getSize2D() - 0.5f);
        }
        g.setFont(f);
        g.drawString(text, (float) x, (float) y);
    }

    private String title() {
        StatisticalFamily family = scene.geodesic().family();
        return "Fisher–Rao geodesic · " + family.name() + " family"
                + (family instanceof CategoricalFamily c ? " (k = " + c.outcomes() + ")" : "");
    }

    @Override
    public FigureMetadata metadata() {
        Geodesic g = scene.geodesic();
        StringBuilder description = new StringBuilder(String.format(Locale.ROOT,
                "family %s; A = %s; B = %s; distance %s (%s, residual %s); marker t = %s at %s", g.family().name(),
                Formats.point(g.from()), Formats.point(g.to()), g.length(), g.method().label(), g.residual(),
                scene.marker(), Formats.point(scene.markerPoint())));
        for (Geodesic other : scene.others()) {
            description.append("; ").append(other.connection()).append("-geodesic length ").append(other.length());
        }
        return new FigureMetadata(title(), description.toString(),
                List.of(g.family().metricDescription(), "scalar curvature sign: the unit 2-sphere has R = +2",
                        "e-geodesic: straight in natural parameters; m-geodesic: straight in mean parameters;"
                                + " lengths are Fisher lengths of the curves"),
                commandLine);
    }
}
