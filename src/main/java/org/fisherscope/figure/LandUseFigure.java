package org.fisherscope.figure;

import java.awt.BasicStroke;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
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
 * years; the box-counting fit of one year.
 */
public final class LandUseFigure implements Figure {

    /** Which figure. */
    public enum View {
        TRAJECTORY("trajectory", "Trajectory on the simplex"), VELOCITY("velocity", "Fisher–Rao velocity"),
        PERCOLATION("percolation", "Percolation of Built"), BOXCOUNT("boxcount", "Box counting (fractal boundary)"),
        CHAIN("chain", "Transitions and years to Built"), MAP("map", "Map of a year");

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

        public static View parse(String id) {
            for (View v : values()) {
                if (v.id.equalsIgnoreCase(id)) {
                    return v;
                }
            }
            throw new org.fisherscope.geometry.InvalidInputException("--view must be trajectory, velocity, percolation,"
                    + " boxcount, chain or map; got '" + id + "'");
        }
    }

    private static final double SIN60 = Math.sqrt(3) / 2;
    private static final int ARC_POINTS = 40;

    private final LandUseAnalysis.Result result;
    private final View view;
    private final int yearIndex;
    private final FigureTheme theme;
    private final String commandLine;

    /** @param yearIndex the year of the box-counting view (index into the result's years) */
    public LandUseFigure(LandUseAnalysis.Result result, View view, int yearIndex, FigureTheme theme, String commandLine) {
        if (NEED_MAPS.contains(view) && result.perYear().get(0).percolation() == null) {
            throw new org.fisherscope.geometry.InvalidInputException("the " + view.id() + " figure needs the maps;"
                    + " count tables carry none");
        }
        this.result = result;
        this.view = view;
        this.yearIndex = yearIndex;
        this.theme = theme;
        this.commandLine = commandLine;
    }

    /** Views that need the maps themselves, not only their counts. */
    private static final java.util.Set<View> NEED_MAPS = java.util.Set.of(View.PERCOLATION, View.BOXCOUNT, View.MAP);

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setPaint(theme.background());
            g2.fill(area);
            g2.setPaint(theme.foreground());
            g2.setFont(theme.titleFont());
            g2.drawString(title(), (float) area.getX() + 10, (float) area.getY() + 22);
            Rectangle2D body = new Rectangle2D.Double(area.getX() + 6, area.getY() + 32, area.getWidth() - 12,
                    area.getHeight() - 40);
            switch (view) {
                case TRAJECTORY -> trajectory(g2, body);
                case VELOCITY -> chart(velocityChart()).draw(g2, body);
                case PERCOLATION -> chart(percolationChart()).draw(g2, body);
                case CHAIN -> chain(g2, body);
                case MAP -> map(g2, body);
                default -> chart(boxChart()).draw(g2, body);
            }
        } finally {
            g2.dispose();
        }
    }

    private String title() {
        int[] y = result.years();
        return switch (view) {
            case TRAJECTORY -> "Land use on the Commons / Agrarian / Capital simplex, " + y[0] + "–" + y[y.length - 1];
            case VELOCITY -> "Fisher–Rao velocity on the simplex (rad/yr); pulses above mean + 1 SD";
            case PERCOLATION -> "Percolation of Built area (4-connected clusters)";
            case CHAIN -> "Pooled yearly transitions and expected years until Built";
            case MAP -> "Land cover, " + y[yearIndex];
            default -> "Box counting of the largest Built cluster's boundary, " + y[yearIndex];
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
                double[] a = new double[3];
                double[] b = new double[3];
                a[axis] = v;
                b[axis] = v;
                a[(axis + 1) % 3] = 1 - v;
                b[(axis + 2) % 3] = 1 - v;
                h.setPaint(theme.grid());
                h.draw(new Line2D.Double(at.apply(a), at.apply(b)));
            }
        }
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
        g.drawString(String.format(Locale.ROOT, "guide lines every %.2f of a share", step),
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
        for (int i = 0; i < points.length; i++) {
            Point2D p = at.apply(points[i]);
            g.setPaint(theme.foreground());
            g.fill(new Ellipse2D.Double(p.getX() - 3.5, p.getY() - 3.5, 7, 7));
            g.drawString(Integer.toString(result.years()[i]), (float) p.getX() + 6, (float) p.getY() - 4);
        }
        h.dispose();
        g = outer;
        g.setFont(theme.smallFont());
        g.setPaint(theme.muted());
        g.drawString(String.format(Locale.ROOT, "arcs: Fisher–Rao geodesics between consecutive years (red: pulses);"
                        + " arc length %.4f, displacement %.4f, sinuosity %.3f", t.arcLength(), t.displacement(),
                t.sinuosity()), (float) area.getX() + 6, (float) area.getMaxY() - 4);
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
        double labelWidth = 130;
        double cell = Math.min((area.getWidth() * 0.55 - labelWidth) / n, (area.getHeight() - 100) / n);
        double x0 = area.getX() + labelWidth;
        double y0 = area.getY() + 80;
        g.setFont(theme.smallFont());
        for (int i = 0; i < n; i++) {
            g.setPaint(theme.foreground());
            g.drawString(states.get(i), (float) area.getX() + 4, (float) (y0 + (i + 0.6) * cell));
            java.awt.geom.AffineTransform saved = g.getTransform();
            g.rotate(-Math.PI / 4, x0 + (i + 0.3) * cell, y0 - 4);
            g.drawString(states.get(i), (float) (x0 + (i + 0.3) * cell), (float) (y0 - 4));
            g.setTransform(saved);
            for (int j = 0; j < n; j++) {
                double v = chain.transition()[i][j];
                int shade = (int) Math.round(255 * (1 - Math.sqrt(v)));
                g.setPaint(new java.awt.Color(shade, shade, 255));
                Rectangle2D box = new Rectangle2D.Double(x0 + j * cell, y0 + i * cell, cell, cell);
                g.fill(box);
                g.setPaint(theme.grid());
                g.draw(box);
                g.setPaint(v > 0.4 ? java.awt.Color.WHITE : java.awt.Color.BLACK);
                String text = String.format(Locale.ROOT, "%.3f", v);
                g.drawString(text, (float) (box.getCenterX() - g.getFontMetrics().stringWidth(text) / 2.0),
                        (float) box.getCenterY() + 4);
            }
        }
        g.setPaint(theme.muted());
        g.drawString("rows: from, columns: to (√-shaded)", (float) x0, (float) (y0 + n * cell + 16));
        // Expected years until Built.
        double bx = area.getX() + area.getWidth() * 0.6;
        double bw = area.getWidth() * 0.38;
        double max = 1;
        for (String s : states) {
            Double e = chain.expectedYears().get(s);
            Double sd = chain.sdYears().get(s);
            if (e != null) {
                max = Math.max(max, e + (sd == null ? 0 : sd));
            }
        }
        double bar = Math.min(26, (area.getHeight() - 60) / n);
        g.setFont(theme.smallFont());
        g.setPaint(theme.foreground());
        g.drawString("expected years until Built (± 1 SD)", (float) bx, (float) (y0 - 12));
        int row = 0;
        for (String s : states) {
            if (s.equals(result.legend().name(result.legend().absorbing()))) {
                continue;
            }
            double y = y0 + row * (bar + 8);
            g.setPaint(theme.foreground());
            g.drawString(s, (float) bx, (float) (y + bar * 0.7));
            double left = bx + 110;
            double width = bw - 170;
            Double e = chain.expectedYears().get(s);
            if (e == null) {
                g.setPaint(theme.muted());
                g.drawString("never: " + chain.infinite().getOrDefault(s, "cannot reach Built"), (float) left,
                        (float) (y + bar * 0.7));
            } else {
                double sd = chain.sdYears().getOrDefault(s, 0.0);
                g.setPaint(theme.path());
                g.fill(new Rectangle2D.Double(left, y, width * e / max, bar));
                g.setPaint(theme.foreground());
                g.draw(new Line2D.Double(left + width * Math.max(0, e - sd) / max, y + bar / 2,
                        left + width * (e + sd) / max, y + bar / 2));
                g.drawString(String.format(Locale.ROOT, "%.1f ± %.1f", e, sd),
                        (float) (left + width * (e + sd) / max + 6), (float) (y + bar * 0.7));
            }
            row++;
        }
        g.setPaint(theme.muted());
        g.drawString(String.format(Locale.ROOT, "Built self-retention %.3f; spectral gap %.4f; one step = one year",
                chain.builtSelfRetention(), chain.spectralGap()), (float) bx, (float) (y0 + row * (bar + 8) + 12));
    }

    /** The year's map (its preview) in the legend's colours, at equal scale, with the legend beside it. */
    private void map(Graphics2D g, Rectangle2D area) {
        LandUseAnalysis.Preview preview = result.perYear().get(yearIndex).preview();
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(preview.columns(), preview.rows(),
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.util.Map<Integer, Integer> rgb = new java.util.HashMap<>();
        result.legend().colours().forEach((code, hex) -> rgb.put(code, Integer.parseInt(hex.substring(1), 16)));
        for (int r = 0; r < preview.rows(); r++) {
            for (int c = 0; c < preview.columns(); c++) {
                image.setRGB(c, r, rgb.getOrDefault(preview.codes()[r * preview.columns() + c], 0x000000));
            }
        }
        double legendWidth = 190;
        double scale = Math.min((area.getWidth() - legendWidth - 20) / preview.columns(),
                (area.getHeight() - 20) / preview.rows());
        double w = preview.columns() * scale;
        double h = preview.rows() * scale;
        g.drawImage(image, (int) area.getX() + 4, (int) area.getY() + 4, (int) w, (int) h, null);
        g.setFont(theme.smallFont());
        double y = area.getY() + 14;
        for (java.util.Map.Entry<Integer, String> e : new java.util.TreeMap<>(result.legend().names()).entrySet()) {
            Integer colour = rgb.get(e.getKey());
            if (colour == null) {
                continue;
            }
            g.setPaint(new java.awt.Color(colour));
            g.fill(new Rectangle2D.Double(area.getX() + w + 16, y - 9, 14, 10));
            g.setPaint(theme.foreground());
            g.drawString(e.getKey() + "  " + e.getValue(), (float) (area.getX() + w + 36), (float) y);
            y += 17;
        }
        g.setPaint(theme.muted());
        g.drawString("black: no-data", (float) (area.getX() + w + 16), (float) y + 4);
        if (preview.stride() > 1) {
            g.drawString("1 cell in " + preview.stride() + " each way shown", (float) (area.getX() + w + 16), (float) y + 20);
        }
    }

    private JFreeChart velocityChart() {
        Trajectory.Result t = result.simplex();
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries bars = new XYSeries("velocity", false, true);
        double sum = 0;
        for (Trajectory.Period p : t.periods()) {
            bars.add((p.from() + p.to()) / 2.0, p.velocity());
            sum += p.velocity();
        }
        data.addSeries(bars);
        XYBarRenderer renderer = new XYBarRenderer(0.15) {
            private static final long serialVersionUID = 1L;

            @Override
            public java.awt.Paint getItemPaint(int series, int item) {
                return t.pulses().contains(t.periods().get(item)) ? theme.marker() : theme.path();
            }
        };
        renderer.setBarPainter(new StandardXYBarPainter());
        renderer.setShadowVisible(false);
        NumberAxis years = Charts.axis("period (middle year)", theme);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        NumberAxis velocity = Charts.axis("Fisher–Rao velocity (rad/yr)", theme);
        velocity.setAutoRangeIncludesZero(true);
        XYPlot plot = new XYPlot(data, years, velocity, renderer);
        Charts.style(plot, theme);
        double mean = sum / t.periods().size();
        plot.addRangeMarker(new ValueMarker(mean, theme.muted(), new BasicStroke(1.2f)));
        return new JFreeChart(null, theme.labelFont(), plot, false);
    }

    private JFreeChart percolationChart() {
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries p = new XYSeries("p: Built cells / all cells", false, true);
        XYSeries share = new XYSeries("largest cluster's share of Built", false, true);
        for (LandUseAnalysis.YearResult y : result.perYear()) {
            p.add(y.year(), y.percolation().p());
            share.add(y.year(), y.percolation().largestShare());
        }
        data.addSeries(p);
        data.addSeries(share);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, true);
        renderer.setSeriesPaint(0, theme.path());
        renderer.setSeriesPaint(1, theme.marker());
        NumberAxis years = Charts.axis("year", theme);
        years.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        years.setNumberFormatOverride(new java.text.DecimalFormat("0"));
        NumberAxis value = Charts.axis("fraction", theme);
        value.setRange(0, 1);
        XYPlot plot = new XYPlot(data, years, value, renderer);
        Charts.style(plot, theme);
        plot.addRangeMarker(new ValueMarker(0.5927, theme.muted(), new BasicStroke(1f, BasicStroke.CAP_BUTT,
                BasicStroke.JOIN_MITER, 1, new float[] {5, 4}, 0)));
        return new JFreeChart(null, theme.labelFont(), plot, true);
    }

    private JFreeChart boxChart() {
        BoxCounting.Result box = result.perYear().get(yearIndex).boundary();
        if (box == null) {
            throw new org.fisherscope.geometry.InvalidInputException("there is no Built cluster in "
                    + result.years()[yearIndex] + " to count boxes on");
        }
        XYSeriesCollection data = new XYSeriesCollection();
        XYSeries counts = new XYSeries("ln N(ε)", false, true);
        XYSeries fit = new XYSeries(String.format(Locale.ROOT, "fit: d_f = %.3f, R² = %.3f", box.dimension(), box.r2()),
                false, true);
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
        XYPlot plot = new XYPlot(data, Charts.axis("ln(1/ε)", theme), Charts.axis("ln N(ε)", theme), renderer);
        Charts.style(plot, theme);
        return new JFreeChart(null, theme.labelFont(), plot, true);
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

}
