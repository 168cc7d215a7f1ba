package org.fisherscope.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import org.fisherscope.ising.CurvaturePoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.data.category.DefaultCategoryDataset;

/**
 * R1 = −A/2, R2 = B/2, R3 = A/4, R4 = −B/4 as grouped bars per L, and below them the identities R3 = −R1/2,
 * R4 = −R2/2 and R1 + R2 + R3 + R4 = R checked on every row: the worst relative deviation and whether it is
 * within {@link #IDENTITY_TOLERANCE}.
 */
final class IsingPiecesPanel {

    /** The identities are algebraic; a source that computes the pieces separately agrees to rounding. */
    static final double IDENTITY_TOLERANCE = 1e-9;
    private static final double CHECK_HEIGHT = 74;

    private IsingPiecesPanel() {
    }

    static void draw(Graphics2D g, Rectangle2D area, IsingFigure.Content content, FigureTheme theme) {
        List<CurvaturePoint> points = content.points();
        if (points.isEmpty()) {
            IsingLatticePanel.message(g, area, theme, "No curvature computed yet: choose the sizes L and press Compute.");
            return;
        }
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (CurvaturePoint p : points) {
            String column = "L = " + p.size();
            data.addValue(p.r1(), "R1 = -A/2", column);
            data.addValue(p.r2(), "R2 = B/2", column);
            data.addValue(p.r3(), "R3 = A/4", column);
            data.addValue(p.r4(), "R4 = -B/4", column);
            data.addValue(p.r(), "R = R1 + R2 + R3 + R4", column);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.04);
        Color[] colours = {theme.path(), theme.start(), theme.connection("e"), theme.end(), theme.foreground()};
        for (int s = 0; s < colours.length; s++) {
            renderer.setSeriesPaint(s, colours[s]);
        }
        CategoryAxis sizes = new CategoryAxis("lattice size");
        sizes.setLabelFont(theme.labelFont());
        sizes.setTickLabelFont(theme.smallFont());
        sizes.setLabelPaint(theme.foreground());
        sizes.setTickLabelPaint(theme.foreground());
        sizes.setAxisLinePaint(theme.muted());
        NumberAxis value = Charts.axis("value (unit sphere R = +2)", theme);
        value.setAutoRangeIncludesZero(true);
        CategoryPlot plot = new CategoryPlot(data, sizes, value, renderer);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlinePaint(theme.muted());
        plot.setRangeGridlinePaint(theme.grid());
        plot.addRangeMarker(new ValueMarker(0, theme.muted(), new java.awt.BasicStroke(1f)));
        JFreeChart chart = IsingScalingPanel.themed(new JFreeChart(null, theme.labelFont(), plot, true), theme);
        chart.draw(g, new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(), area.getHeight() - CHECK_HEIGHT));

        double r3 = points.stream().mapToDouble(CurvaturePoint::r3Deviation).max().orElse(0);
        double r4 = points.stream().mapToDouble(CurvaturePoint::r4Deviation).max().orElse(0);
        double sum = points.stream().mapToDouble(CurvaturePoint::sumDeviation).max().orElse(0);
        float x = (float) area.getX() + 8;
        float y = (float) (area.getMaxY() - CHECK_HEIGHT + 18);
        g.setFont(theme.labelFont());
        check(g, theme, x, y, "R3 = -R1/2", "|R3 + R1/2| / |R1|", r3);
        check(g, theme, x, y + 17, "R4 = -R2/2", "|R4 + R2/2| / |R2|", r4);
        check(g, theme, x, y + 34, "R1 + R2 + R3 + R4 = R", "|R - sum| / |R|", sum);
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        String note = String.format(Locale.ROOT, "checked on all %d sizes (tolerance %.0e); so R = (R1 + R2)/2 = (B - A)/4,"
                + " negative wherever A > B", points.size(), IDENTITY_TOLERANCE);
        g.drawString(note, x, y + 51);
    }

    private static void check(Graphics2D g, FigureTheme theme, float x, float y, String identity, String measure,
                              double worst) {
        boolean holds = worst <= IDENTITY_TOLERANCE;
        g.setPaint(holds ? theme.end() : theme.marker());
        g.drawString(holds ? "holds" : "FAILS", x, y);
        g.setPaint(theme.foreground());
        g.drawString(String.format(Locale.ROOT, "%s   (worst %s = %.1e)", identity, measure, worst), x + 48, y);
    }
}
