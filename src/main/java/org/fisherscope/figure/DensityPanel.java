package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.Locale;
import org.fisherscope.geometry.ContinuousDensity;
import org.fisherscope.geometry.DiscreteDistribution;
import org.fisherscope.geometry.Geodesic;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.XYLineAndShapeRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.XYSeries;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * The distributions at the two ends of the geodesic and at the slider's point: density curves for
 * families on the real line, grouped bars for categorical families.
 */
final class DensityPanel {

    private static final int CURVE_POINTS = 300;
    /** More bars than this are unreadable; the support is cut at the lower end's + MAX_BARS. */
    private static final int MAX_BARS = 40;

    private DensityPanel() {
    }

    /** mvnormal:d=1 (μ, variance) drawn as the normal density with σ = √s11. */
    private static final ContinuousDensity UNIVARIATE = new ContinuousDensity() {
        private final org.fisherscope.geometry.family.NormalFamily normal = new org.fisherscope.geometry.family.NormalFamily();

        @Override
        public double density(double[] p, double x) {
            return normal.density(new double[] {p[0], Math.sqrt(p[1])}, x);
        }

        @Override
        public double[] typicalRange(double[] p) {
            return normal.typicalRange(new double[] {p[0], Math.sqrt(p[1])});
        }
    };

    static void draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        Geodesic geodesic = scene.geodesic();
        String markerName = String.format(Locale.ROOT, "γ(%.2f)", scene.marker());
        JFreeChart chart;
        if (geodesic.family().name().equals("dirichlet")) {
            chart = bars(geodesic, scene, markerName, theme);
        } else if (geodesic.family().name().equals("mvnormal:d=1")) {
            chart = curves(geodesic, scene, UNIVARIATE, markerName, theme);
        } else if (geodesic.family() instanceof ContinuousDensity density) {
            chart = curves(geodesic, scene, density, markerName, theme);
        } else if (geodesic.family() instanceof DiscreteDistribution discrete) {
            chart = pmf(geodesic, scene, discrete, markerName, theme);
        } else {
            chart = bars(geodesic, scene, markerName, theme);
        }
        chart.setBackgroundPaint(theme.background());
        LegendTitle legend = chart.getLegend();
        legend.setBackgroundPaint(theme.background());
        legend.setItemPaint(theme.foreground());
        legend.setItemFont(theme.smallFont());
        chart.draw(g, area);
    }

    private static JFreeChart curves(Geodesic geodesic, GeodesicScene scene, ContinuousDensity density,
                                     String markerName, FigureTheme theme) {
        double[][] distributions = {geodesic.from(), scene.markerPoint(), geodesic.to()};
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double[] p : distributions) {
            double[] range = density.typicalRange(p);
            lo = Math.min(lo, range[0]);
            hi = Math.max(hi, range[1]);
        }
        String[] names = {"A", markerName, "B"};
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < 3; s++) {
            XYSeries series = new XYSeries(names[s], false, true);
            for (int k = 0; k <= CURVE_POINTS; k++) {
                double x = lo + (hi - lo) * k / CURVE_POINTS;
                series.add(x, density.density(distributions[s], x));
            }
            data.addSeries(series);
        }
        NumberAxis xAxis = Charts.axis("x", theme);
        xAxis.setRange(lo, hi);
        NumberAxis yAxis = Charts.axis("density", theme);
        XYLineAndShapeRenderer renderer = new XYLineAndShapeRenderer(true, false);
        java.awt.Color[] colours = {theme.start(), theme.marker(), theme.end()};
        for (int s = 0; s < 3; s++) {
            renderer.setSeriesPaint(s, colours[s]);
            renderer.setSeriesStroke(s, new BasicStroke(s == 1 ? 2.4f : 1.8f));
        }
        XYPlot plot = new XYPlot(data, xAxis, yAxis, renderer);
        Charts.style(plot, theme);
        return new JFreeChart(null, theme.labelFont(), plot, true);
    }

    /**
     * Probabilities of the outcomes that hold nearly all the mass of A, γ(t) and B, as clustered bars
     * on a numeric axis (a category axis cannot label forty outcomes).
     */
    private static JFreeChart pmf(Geodesic geodesic, GeodesicScene scene, DiscreteDistribution discrete,
                                  String markerName, FigureTheme theme) {
        double[][] distributions = {geodesic.from(), scene.markerPoint(), geodesic.to()};
        int lo = Integer.MAX_VALUE;
        int hi = Integer.MIN_VALUE;
        for (double[] p : distributions) {
            int[] support = discrete.typicalSupport(p);
            lo = Math.min(lo, support[0]);
            hi = Math.max(hi, support[1]);
        }
        hi = Math.min(hi, lo + MAX_BARS - 1);
        String[] names = {"A", markerName, "B"};
        XYSeriesCollection data = new XYSeriesCollection();
        for (int s = 0; s < 3; s++) {
            XYSeries series = new XYSeries(names[s], false, true);
            for (int k = lo; k <= hi; k++) {
                series.add(k, discrete.probability(distributions[s], k));
            }
            data.addSeries(series);
        }
        data.setIntervalWidth(0.9);
        NumberAxis outcome = Charts.axis("outcome k", theme);
        outcome.setRange(lo - 0.6, hi + 0.6);
        outcome.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
        NumberAxis probability = Charts.axis("probability", theme);
        probability.setAutoRangeIncludesZero(true);
        org.jfree.chart.renderer.xy.ClusteredXYBarRenderer renderer = new org.jfree.chart.renderer.xy.ClusteredXYBarRenderer();
        renderer.setBarPainter(new org.jfree.chart.renderer.xy.StandardXYBarPainter());
        renderer.setShadowVisible(false);
        renderer.setSeriesPaint(0, theme.start());
        renderer.setSeriesPaint(1, theme.marker());
        renderer.setSeriesPaint(2, theme.end());
        XYPlot plot = new XYPlot(data, outcome, probability, renderer);
        Charts.style(plot, theme);
        return new JFreeChart(null, theme.labelFont(), plot, true);
    }

    private static JFreeChart bars(Geodesic geodesic, GeodesicScene scene, String markerName, FigureTheme theme) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        // Categorical probabilities, or a Dirichlet's mean E[p_i] = a_i/a₀.
        double[][] distributions = {normalised(geodesic.from()), normalised(scene.markerPoint()),
            normalised(geodesic.to())};
        String[] names = {"A", markerName, "B"};
        for (int s = 0; s < 3; s++) {
            for (int i = 0; i < distributions[s].length; i++) {
                data.addValue(distributions[s][i], names[s], "p" + (i + 1));
            }
        }
        return barChart(data, "outcome", theme, true);
    }

    private static double[] normalised(double[] a) {
        double total = 0;
        for (double v : a) {
            total += v;
        }
        double[] p = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            p[i] = a[i] / total;
        }
        return p;
    }

    private static JFreeChart barChart(DefaultCategoryDataset data, String label, FigureTheme theme,
                                       boolean probabilityAxisToOne) {
        // Categorical outcomes p1..pk on a category axis, probabilities on [0, 1].
        CategoryAxis outcomes = new CategoryAxis(label);
        outcomes.setLabelFont(theme.labelFont());
        outcomes.setTickLabelFont(theme.smallFont());
        outcomes.setLabelPaint(theme.foreground());
        outcomes.setTickLabelPaint(theme.foreground());
        NumberAxis probability = Charts.axis("probability", theme);
        if (probabilityAxisToOne) {
            probability.setRange(0, 1);
        } else {
            probability.setAutoRangeIncludesZero(true);
        }
        BarRenderer renderer = new BarRenderer();
        renderer.setBarPainter(new StandardBarPainter());
        renderer.setShadowVisible(false);
        renderer.setItemMargin(0.05);
        renderer.setSeriesPaint(0, theme.start());
        renderer.setSeriesPaint(1, theme.marker());
        renderer.setSeriesPaint(2, theme.end());
        CategoryPlot plot = new CategoryPlot(data, outcomes, probability, renderer);
        plot.setBackgroundPaint(theme.background());
        plot.setOutlinePaint(theme.muted());
        plot.setRangeGridlinePaint(theme.grid());
        return new JFreeChart(null, theme.labelFont(), plot, true);
    }

}
