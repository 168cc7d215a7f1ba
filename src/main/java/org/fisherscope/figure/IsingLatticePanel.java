package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The spins of a Monte Carlo chain as an L × L board (up dark, down light) with the last Wolff cluster
 * outlined, and beside it the traces of the bond sum per bond and of |m| over the measurements.
 */
final class IsingLatticePanel {

    static final double CRITICAL = 0.5 * Math.log(1 + Math.sqrt(2));
    /** K equal to K_c to double rounding (the default is typed or parsed from text). */
    private static final double CRITICAL_MATCH = 1e-12;
    /** Traces are thinned to at most this many points: more cannot be told apart on screen. */
    static final int TRACE_POINTS = 1500;
    /** Marker labels sit on the plot without a box. */
    static final Color CLEAR = new Color(0, 0, 0, 0);

    private IsingLatticePanel() {
    }

    static boolean isCritical(double coupling) {
        return Math.abs(coupling - CRITICAL) < CRITICAL_MATCH;
    }

    /** Centred lines of text (split at '\n') where a figure has nothing to draw yet. */
    static void message(Graphics2D g, Rectangle2D area, FigureTheme theme, String text) {
        g.setFont(theme.labelFont());
        g.setPaint(theme.muted());
        String[] lines = text.split("\n");
        float y = (float) (area.getCenterY() - 9 * (lines.length - 1));
        for (String line : lines) {
            int w = g.getFontMetrics().stringWidth(line);
            g.drawString(line, (float) (area.getCenterX() - w / 2.0), y);
            y += 18;
        }
    }

    static void draw(Graphics2D g, Rectangle2D area, IsingLattice lattice, FigureTheme theme) {
        if (lattice == null) {
            message(g, area, theme, "No chain has run yet: the results came from the cache or an exact method.\n"
                    + "Tick 'Recompute' and Compute with Monte Carlo to watch one.");
            return;
        }
        int size = lattice.size();
        double side = Math.min(area.getWidth() * 0.5, area.getHeight() - 40);
        double cell = side / size;
        double x0 = area.getX() + 10;
        double y0 = area.getY() + 8;
        boolean dark = theme == FigureTheme.DARK;
        Color up = dark ? new Color(0xdbe4f3) : new Color(0x1b2a4a);
        Color down = dark ? new Color(0x2d3440) : new Color(0xdbe4f3);
        for (int i = 0; i < size * size; i++) {
            g.setPaint(lattice.spins()[i] > 0 ? up : down);
            // Overlap by a hair so anti-aliased edges leave no seams.
            g.fill(new Rectangle2D.Double(x0 + (i % size) * cell, y0 + (i / size) * cell, cell + 0.5, cell + 0.5));
        }
        boolean[] inCluster = new boolean[size * size];
        for (int site : lattice.cluster()) {
            inCluster[site] = true;
        }
        // The cluster: a translucent fill and its outline (edges to sites outside it; on the torus).
        Color accent = theme.start();
        g.setPaint(new Color(accent.getRed(), accent.getGreen(), accent.getBlue(), 64));
        for (int site : lattice.cluster()) {
            g.fill(new Rectangle2D.Double(x0 + (site % size) * cell, y0 + (site / size) * cell, cell, cell));
        }
        g.setPaint(accent);
        g.setStroke(new BasicStroke((float) Math.max(1.5, Math.min(3, cell / 8))));
        for (int site : lattice.cluster()) {
            int cx = site % size;
            int cy = site / size;
            double left = x0 + cx * cell;
            double top = y0 + cy * cell;
            if (!inCluster[cy * size + (cx + 1) % size]) {
                g.draw(new java.awt.geom.Line2D.Double(left + cell, top, left + cell, top + cell));
            }
            if (!inCluster[cy * size + (cx + size - 1) % size]) {
                g.draw(new java.awt.geom.Line2D.Double(left, top, left, top + cell));
            }
            if (!inCluster[((cy + 1) % size) * size + cx]) {
                g.draw(new java.awt.geom.Line2D.Double(left, top + cell, left + cell, top + cell));
            }
            if (!inCluster[((cy + size - 1) % size) * size + cx]) {
                g.draw(new java.awt.geom.Line2D.Double(left, top, left + cell, top));
            }
        }
        g.setPaint(theme.muted());
        g.setStroke(new BasicStroke(1f));
        g.draw(new Rectangle2D.Double(x0, y0, side, side));
        g.setFont(theme.smallFont());
        g.setPaint(theme.foreground());
        g.drawString(lattice.caption(), (float) x0, (float) (y0 + side + 16));
        g.setPaint(theme.muted());
        g.drawString(lattice.cluster().length == 0 ? "dark: spin up, light: spin down"
                        : String.format(Locale.ROOT, "dark: up, light: down; tinted and outlined: the last Wolff cluster (%d sites, just flipped)",
                        lattice.cluster().length), (float) x0, (float) (y0 + side + 31));

        double tx = x0 + side + 24;
        double tw = area.getMaxX() - tx;
        double th = (area.getHeight() - 8) / 2;
        int samples = lattice.bondPerBond().length;
        XYSeries energy = thinned("bond sum per bond  e = Σ s_i s_j / m", lattice.bondPerBond());
        XYSeries order = thinned("|m| = |Σ s_i| / n", lattice.absMagnetisation());
        JFreeChart top = trace(energy, "e", theme, theme.path(), samples);
        if (isCritical(lattice.coupling())) {
            top.getXYPlot().addRangeMarker(new ValueMarker(Math.sqrt(0.5), theme.muted(), new BasicStroke(1.2f,
                    BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0)));
            energy.setKey("bond sum per bond  e = Σ s_i s_j / m   (dashed: infinite lattice at K_c, √2/2)");
        }
        top.draw(g, new Rectangle2D.Double(tx, area.getY(), tw, th));
        trace(order, "|m|", theme, theme.marker(), samples).draw(g, new Rectangle2D.Double(tx, area.getY() + th + 8, tw,
                th));
    }

    private static XYSeries thinned(String name, double[] values) {
        XYSeries series = new XYSeries(name, false, true);
        int stride = Math.max(1, (values.length + TRACE_POINTS - 1) / TRACE_POINTS);
        for (int i = 0; i < values.length; i += stride) {
            series.add(i + 1, values[i]);
        }
        return series;
    }

    private static JFreeChart trace(XYSeries series, String label, FigureTheme theme, Color colour, int samples) {
        XYSeriesCollection data = new XYSeriesCollection(series);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        renderer.setSeriesPaint(0, colour);
        renderer.setSeriesStroke(0, new BasicStroke(1f));
        NumberAxis x = Charts.axis("measurement (one sweep apart)", theme);
        x.setRange(0, Math.max(2, samples) * 1.03);
        NumberAxis y = Charts.axis(label, theme);
        XYPlot plot = new XYPlot(data, x, y, renderer);
        Charts.style(plot, theme);
        return IsingScalingPanel.themed(new JFreeChart(null, theme.labelFont(), plot, true), theme);
    }
}
