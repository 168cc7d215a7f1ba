package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.ScalingFit;

/**
 * The Ising-curvature figures, drawn once through Graphics2D: |R| against n on log–log axes with the fitted
 * exponent, the 10/9 prediction and (optionally) the published values; the pieces R1…R4 per L with the
 * identities R3 = −R1/2 and R4 = −R2/2 checked; the lattice of a running Monte Carlo chain with its last Wolff
 * cluster and its energy and |m| traces.
 */
public final class IsingFigure implements Figure {

    /** Which figure. */
    public enum View implements ViewChoice {
        SCALING("scaling", "|R| against n (log–log)"), PIECES("pieces", "R1…R4 per L"),
        SWEEP("sweep", "R/n against K (across K_c)"), LATTICE("lattice", "Lattice of the running chain");

        private final String id;
        private final String label;

        View(String id, String label) {
            this.id = id;
            this.label = label;
        }

        public String id() {
            return id;
        }

        @Override
        public String toString() {
            return label;
        }

        public static View parse(String id) {
            return ViewChoice.parse(values(), id);
        }
    }

    /**
     * What the figures show.
     *
     * @param points one per L, in increasing L
     * @param parameters how they were made, e.g. "Monte Carlo (Wolff), 2000 sweeps × 4 seeds from seed 1"
     * @param reference whether to draw the published values
     * @param lattice the chain for the lattice view; null when none ran
     * @param sweep the points of R/n against K (several L, several K) for the sweep view; empty when none ran
     */
    public record Content(List<CurvaturePoint> points, String parameters, boolean reference, IsingLattice lattice,
                          List<CurvaturePoint> sweep) {
        public Content {
            points = List.copyOf(points);
            sweep = List.copyOf(sweep);
        }

        /** A series without a sweep. */
        public Content(List<CurvaturePoint> points, String parameters, boolean reference, IsingLattice lattice) {
            this(points, parameters, reference, lattice, List.of());
        }
    }

    /** The scale-free conventions every exported file carries. */
    static final List<String> CONVENTIONS = List.of(
            "scalar curvature: unit 2-sphere R = +2; R = (B - A)/4, R1 = -A/2, R2 = B/2, R3 = A/4, R4 = -B/4",
            "periodic L x L lattice, one coupling per bond: n = L^2 sites, m = 2L^2 bonds; at K_c R < 0, |R| plotted",
            "d_R: least-squares slope of ln|R| on ln n, standard error from the residuals; prediction (d nu + 2 eta)/(d nu"
                    + " + eta) = 10/9 in 2D",
            "d_eff = (ln|R_i+1| - ln|R_i|)/(ln n_i+1 - ln n_i) between successive sizes; published values: arXiv"
                    + " 2603.07651, deviation = (published - exact)/published error");

    private final Content content;
    private final View view;
    private final FigureTheme theme;
    private final String commandLine;

    public IsingFigure(Content content, View view, FigureTheme theme, String commandLine) {
        this.content = content;
        this.view = view;
        this.theme = theme;
        this.commandLine = commandLine;
    }

    public Content content() {
        return content;
    }

    public View view() {
        return view;
    }

    /** The least-squares fit over the points, when there are at least two sizes. */
    public Optional<ScalingFit> fit() {
        return fit(content.points());
    }

    static Optional<ScalingFit> fit(List<CurvaturePoint> points) {
        if (points.stream().map(CurvaturePoint::size).distinct().count() < 2) {
            return Optional.empty();
        }
        double[] n = points.stream().mapToDouble(CurvaturePoint::sites).toArray();
        double[] r = points.stream().mapToDouble(CurvaturePoint::r).toArray();
        return Optional.of(ScalingFit.of(n, r));
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            TitledPage.begin(g2, area, theme, title());
            Rectangle2D body = new Rectangle2D.Double(area.getX() + 6, area.getY() + 32, area.getWidth() - 12,
                    area.getHeight() - 38);
            switch (view) {
                case SCALING -> IsingScalingPanel.draw(g2, body, content, fit(), theme);
                case PIECES -> IsingPiecesPanel.draw(g2, body, content, theme);
                case SWEEP -> IsingSweepPanel.draw(g2, body, content.sweep(), content.parameters(), theme);
                default -> IsingLatticePanel.draw(g2, body, content.lattice(), theme);
            }
        } finally {
            g2.dispose();
        }
    }

    private String title() {
        return switch (view) {
            case SCALING -> "Fisher curvature of the critical Ising model: |R| against n = L²";
            case PIECES -> "The four pieces of R per lattice size";
            case SWEEP -> "Fisher curvature per site across the transition: R/n against K";
            default -> "Monte Carlo chain: spins, last Wolff cluster, energy and |m|";
        };
    }

    @Override
    public FigureMetadata metadata() {
        List<String> lines = new ArrayList<>();
        lines.add("view " + view.id() + "; " + content.parameters());
        if (view == View.SWEEP) {
            for (CurvaturePoint p : content.sweep()) {
                lines.add(String.format(Locale.ROOT, "L = %d, K = %s: R/n = %s (%s)", p.size(),
                        Double.toString(p.coupling()), Double.toString(p.r() / p.sites()), p.method()));
            }
            return new FigureMetadata(title(), String.join("\n", lines), CONVENTIONS, commandLine);
        }
        for (CurvaturePoint p : content.points()) {
            lines.add(String.format(Locale.ROOT, "L = %d: R = %s%s (%s)", p.size(), Double.toString(p.r()),
                    p.exact() ? "" : " +- " + p.error(), p.method()));
        }
        fit().ifPresent(f -> lines.add(String.format(Locale.ROOT, "d_R = %s +- %s", Double.toString(f.slope()),
                Double.toString(f.slopeStdErr()))));
        if (view == View.SCALING && content.reference()) {
            for (PublishedIsingCurvature.Comparison c : PublishedIsingCurvature.compare(content.points())) {
                lines.add(String.format(Locale.ROOT, "published %s L = %d: %s +- %s, exact %s, deviation %s errors",
                        c.monteCarlo() ? "Monte Carlo" : "exact", c.size(), Double.toString(c.published()),
                        Double.toString(c.error()), Double.toString(c.exact()), Double.toString(c.deviation())));
            }
        }
        if (view == View.LATTICE && content.lattice() != null) {
            lines.add(content.lattice().caption());
        }
        return new FigureMetadata(title(), String.join("\n", lines), CONVENTIONS, commandLine);
    }
}
