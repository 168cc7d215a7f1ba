package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.fisherscope.ising.CurvaturePoint;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The curvature per site R/n against the coupling K, one curve per lattice size, with K_c marked: where the
 * curves for different L part (the finite-size region around the transition) and where they agree. Exact
 * points, no error bars.
 */
final class IsingSweepPanel {

    private static final double CAPTION_HEIGHT = 48;

    private IsingSweepPanel() {
    }

    /** The sweep's points grouped by L (in increasing L), each curve in increasing K. */
    static Map<Integer, List<CurvaturePoint>> curves(List<CurvaturePoint> sweep) {
        return sweep.stream().collect(Collectors.groupingBy(CurvaturePoint::size, TreeMap::new, Collectors.collectingAndThen(
                Collectors.toList(), l -> l.stream().sorted((a, b) -> Double.compare(a.coupling(), b.coupling()))
                        .toList())));
    }

    static void draw(Graphics2D g, Rectangle2D area, List<CurvaturePoint> sweep, String parameters, FigureTheme theme) {
        if (sweep.isEmpty()) {
            IsingLatticePanel.message(g, area, theme, "No sweep computed yet: choose the sizes L and the couplings K and"
                    + " press Compute.");
            return;
        }
        Map<Integer, List<CurvaturePoint>> curves = curves(sweep);
        XYSeriesCollection data = new XYSeriesCollection();
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        int index = 0;
        for (Map.Entry<Integer, List<CurvaturePoint>> e : curves.entrySet()) {
            XYSeries s = new XYSeries("L = " + e.getKey() + " (n = " + e.getKey() * e.getKey() + ")", false, true);
            for (CurvaturePoint p : e.getValue()) {
                s.add(p.coupling(), p.r() / p.sites());
            }
            data.addSeries(s);
            renderer.setSeriesPaint(index, colour(index, theme));
            renderer.setSeriesStroke(index, new BasicStroke(1.8f));
            renderer.setSeriesShape(index, new Ellipse2D.Double(-3, -3, 6, 6));
            index++;
        }
        NumberAxis k = Charts.axis("coupling K", theme);
        NumberAxis r = Charts.axis("R / n (scalar curvature per site)", theme);
        XYPlot plot = new XYPlot(data, k, r, renderer);
        Charts.style(plot, theme);
        ValueMarker critical = Charts.labelledMarker(IsingLatticePanel.CRITICAL, "K_c = ½ ln(1 + √2)", theme.muted(),
                Charts.DASHED, theme.foreground(), RectangleAnchor.TOP_RIGHT, TextAnchor.TOP_LEFT, theme);
        plot.addDomainMarker(critical);
        ValueMarker zero = new ValueMarker(0, theme.muted(), new BasicStroke(1f));
        plot.addRangeMarker(zero);
        Rectangle2D chart = new Rectangle2D.Double(area.getX(), area.getY(), area.getWidth(),
                area.getHeight() - CAPTION_HEIGHT);
        IsingScalingPanel.themed(new JFreeChart(null, theme.labelFont(), plot, true), theme).draw(g, chart);

        float x = (float) area.getX() + 8;
        float y = (float) (chart.getMaxY() + 16);
        g.setFont(theme.labelFont());
        g.setPaint(theme.foreground());
        StringBuilder atCritical = new StringBuilder("at K_c: ");
        String sep = "";
        for (Map.Entry<Integer, List<CurvaturePoint>> e : curves.entrySet()) {
            for (CurvaturePoint p : e.getValue()) {
                if (IsingLatticePanel.isCritical(p.coupling())) {
                    atCritical.append(sep).append(String.format(Locale.ROOT, "L = %d: R/n = %.4f", e.getKey(),
                            p.r() / p.sites()));
                    sep = "   ";
                }
            }
        }
        g.drawString(sep.isEmpty() ? "K_c is not among the couplings" : atCritical.toString(), x, y);
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        double kMin = sweep.stream().mapToDouble(CurvaturePoint::coupling).min().orElseThrow();
        double kMax = sweep.stream().mapToDouble(CurvaturePoint::coupling).max().orElseThrow();
        g.drawString(String.format(Locale.ROOT, "%s; K = %.4f … %.4f; n = L² sites, m = 2L² bonds, one coupling per bond",
                parameters, kMin, kMax), x, y + 15);
        g.drawString("unit sphere R = +2, so R < 0 is negative curvature; R = (B − A)/4; exact: regular path for"
                + " K ≠ K_c, zero-mode formula at K_c", x, y + 29);
    }

    /** Distinct colours in a stable order: the first curve in the path colour. */
    static Color colour(int index, FigureTheme theme) {
        Color[] palette = {theme.path(), theme.end(), theme.start(), theme.connection("e"), theme.connection("m"),
            theme.connection("alpha"), theme.marker()};
        return palette[index % palette.length];
    }
}
