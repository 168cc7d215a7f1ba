package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.jfree.chart.axis.NumberAxis;

/**
 * A categorical family with k ≠ 3 outcomes (or a Dirichlet by its mean a/a₀), where no triangle exists:
 * the Fisher–Rao path as stacked bars of p1..pk over t with its cumulative sums p1, p1 + p2, … as solid
 * lines between them, the slider's bar outlined, and the other connections' curves as dashed lines at the
 * same cumulative sums. Points are typed, not dragged.
 */
final class SimplexBarsPanel {

    /** Bars at t = 0, 1/STEPS, …, 1: enough to read the morph, few enough to stay bars. */
    static final int STEPS = 20;
    private static final double BAR_SHARE = 0.78;
    /** Outcome colours, repeated after ten (a qualitative palette that reads on light and dark). */
    private static final Color[] PALETTE = {new Color(0x4e79a7), new Color(0xf28e2b), new Color(0x59a14f),
        new Color(0xe15759), new Color(0x76b7b2), new Color(0xedc948), new Color(0xb07aa1), new Color(0xff9da7),
        new Color(0x9c755f), new Color(0xbab0ac)};

    private SimplexBarsPanel() {
    }

    static Color outcomeColour(int i) {
        return PALETTE[i % PALETTE.length];
    }

    static PlaneMapping draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        Geodesic fisher = scene.geodesic();
        boolean categorical = fisher.family() instanceof CategoricalFamily;
        NumberAxis tAxis = Charts.axis("t along the Fisher–Rao geodesic (A at 0, B at 1)", theme);
        tAxis.setRange(-0.6 / STEPS, 1 + 0.6 / STEPS);
        NumberAxis pAxis = Charts.axis(categorical ? "cumulative probability p1 + … + pi" : "cumulative mean (a1 + … + ai)/a₀",
                theme);
        pAxis.setRange(0, 1);
        AxesFrame frame = AxesFrame.draw(g, area, tAxis, pAxis, theme);
        Rectangle2D data = frame.data();
        int k = fisher.from().length;
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.clip(data);
            double halfWidth = BAR_SHARE / STEPS / 2;
            for (int s = 0; s <= STEPS; s++) {
                double t = (double) s / STEPS;
                drawBar(h, frame, ViewChart.normalised(fisher.pointAt(t)), t, halfWidth, theme, false);
            }
            drawBar(h, frame, ViewChart.normalised(scene.markerPoint()), scene.marker(), halfWidth, theme, true);
            // Every curve's cumulative sums, the Fisher–Rao one solid across the bars, the others dashed.
            for (int c = scene.curves().size() - 1; c >= 0; c--) {
                Geodesic other = scene.curves().get(c);
                h.setPaint(theme.connection(other.connection()));
                h.setStroke(c == 0 ? new BasicStroke(1.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                        : new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {7, 4}, 0));
                for (int i = 0; i < k - 1; i++) {
                    Path2D path = new Path2D.Double();
                    for (int step = 0; step <= Handles.CURVE_POINTS; step++) {
                        double t = (double) step / Handles.CURVE_POINTS;
                        double[] p = ViewChart.normalised(other.pointAt(t));
                        double cumulative = 0;
                        for (int m = 0; m <= i; m++) {
                            cumulative += p[m];
                        }
                        Point2D at = frame.point(t, cumulative);
                        if (step == 0) {
                            path.moveTo(at.getX(), at.getY());
                        } else {
                            path.lineTo(at.getX(), at.getY());
                        }
                    }
                    h.draw(path);
                }
            }
            Handles.legend(h, data, scene.curves(), theme);
            outcomeLegend(h, data, k, categorical, theme);
        } finally {
            h.dispose();
        }
        Point2D start = frame.point(0, 1);
        Point2D end = frame.point(1, 1);
        Point2D marker = frame.point(scene.marker(), 1);
        return new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] parameters) {
                return marker;
            }

            @Override
            public Optional<double[]> toParameters(Point2D drawing) {
                return Optional.empty();
            }

            @Override
            public Point2D startHandle(double[] parameters) {
                return start;
            }

            @Override
            public Point2D endHandle(double[] parameters) {
                return end;
            }

            @Override
            public boolean draggable() {
                return false;
            }
        };
    }

    private static void drawBar(Graphics2D g, AxesFrame frame, double[] p, double t, double halfWidth,
                                FigureTheme theme, boolean highlighted) {
        double bottom = 0;
        for (int i = 0; i < p.length; i++) {
            Point2D lo = frame.point(t - halfWidth, bottom);
            Point2D hi = frame.point(t + halfWidth, bottom + p[i]);
            Rectangle2D segment = new Rectangle2D.Double(lo.getX(), hi.getY(), hi.getX() - lo.getX(), lo.getY() - hi.getY());
            g.setPaint(outcomeColour(i));
            g.fill(segment);
            bottom += p[i];
        }
        if (highlighted) {
            Point2D lo = frame.point(t - halfWidth, 0);
            Point2D hi = frame.point(t + halfWidth, 1);
            g.setPaint(theme.marker());
            g.setStroke(new BasicStroke(2.4f));
            g.draw(new Rectangle2D.Double(lo.getX() - 2, hi.getY(), hi.getX() - lo.getX() + 4, lo.getY() - hi.getY()));
            g.draw(new Line2D.Double(frame.point(t, 1).getX(), hi.getY() - 6, frame.point(t, 1).getX(), hi.getY()));
        }
    }

    /** p1..pk with their colours, right of the data area's top. */
    private static void outcomeLegend(Graphics2D g, Rectangle2D data, int k, boolean categorical, FigureTheme theme) {
        g.setFont(theme.smallFont());
        double line = 14;
        int shown = Math.min(k, 12);
        double width = 58;
        Rectangle2D box = new Rectangle2D.Double(data.getMaxX() - width - 8, data.getY() + 8, width, line * shown + 8);
        g.setPaint(new Color(theme.background().getRed(), theme.background().getGreen(), theme.background().getBlue(), 220));
        g.fill(box);
        for (int i = 0; i < shown; i++) {
            // Top of the stack first, like the bars.
            int outcome = shown - 1 - i + (k - shown);
            double y = box.getY() + 4 + line * i;
            g.setPaint(outcomeColour(outcome));
            g.fill(new Rectangle2D.Double(box.getX() + 6, y + 2, 12, 9));
            g.setPaint(theme.foreground());
            g.drawString((categorical ? "p" : "a") + (outcome + 1), (float) (box.getX() + 24), (float) (y + 11));
        }
    }
}
