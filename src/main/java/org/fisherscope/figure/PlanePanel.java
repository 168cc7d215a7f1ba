package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.StatisticalFamily;
import org.jfree.chart.axis.NumberAxis;

/**
 * The parameter plane of a 2-parameter family whose chart is its parameters (normal (μ, σ), gamma
 * (shape, scale), beta (a, b)): JFreeChart axes, the curves of every connection, the end points and
 * the slider's point.
 */
final class PlanePanel {

    /** Margin around the curves when the view is fitted to them, as a fraction of their extent. */
    private static final double FIT_MARGIN = 0.18;

    private PlanePanel() {
    }

    static PlaneMapping draw(Graphics2D g, Rectangle2D area, GeodesicScene scene, FigureTheme theme) {
        StatisticalFamily family = scene.geodesic().family();
        double[] window = scene.window().orElseGet(() -> fit(scene));
        List<String> names = family.parameterNames();
        boolean variance = family.name().equals("mvnormal:d=1");
        NumberAxis xAxis = Charts.axis(variance ? "μ₁ (mean)" : axisLabel(names.get(0)), theme);
        xAxis.setRange(window[0], window[1]);
        NumberAxis yAxis = Charts.axis(variance ? "σ = √s11 (standard deviation)" : axisLabel(names.get(1)), theme);
        yAxis.setRange(window[2], window[3]);
        AxesFrame frame = AxesFrame.draw(g, area, xAxis, yAxis, theme);
        Rectangle2D data = frame.data();
        ViewChart chart = ViewChart.parameters(family);
        PlaneMapping plane = frame.planeMapping();
        // The axes show the view's coordinates (μ, σ for mvnormal:d=1, else the parameters themselves).
        PlaneMapping mapping = new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] parameters) {
                return plane.toDrawing(chart.toModel(parameters));
            }

            @Override
            public Optional<double[]> toParameters(Point2D drawing) {
                return plane.toParameters(drawing).map(chart::fromModel);
            }
        };
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.clip(data);
            scene.overlays().drawUnder(h, mapping, theme);
            Handles.curves(h, mapping, scene.curves(), theme);
            Geodesic geodesic = scene.geodesic();
            Handles.handle(h, mapping.toDrawing(geodesic.from()), theme.start(), "A", theme);
            Handles.handle(h, mapping.toDrawing(geodesic.to()), theme.end(), "B", theme);
            Handles.marker(h, mapping.toDrawing(scene.markerPoint()), theme);
            Handles.legend(h, data, scene.curves(), theme);
            scene.overlays().drawLegend(h, data, theme, false);
        } finally {
            h.dispose();
        }
        return mapping;
    }

    /**
     * A window {xmin, xmax, ymin, ymax} holding every curve with a margin; an axis whose parameter must
     * stay positive (σ, shape, scale, a, b) starts at 0 instead of going below it.
     */
    static double[] fit(GeodesicScene scene) {
        StatisticalFamily family = scene.geodesic().family();
        ViewChart chart = ViewChart.parameters(family);
        double[] lo = {Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY};
        double[] hi = {Double.NEGATIVE_INFINITY, Double.NEGATIVE_INFINITY};
        for (Geodesic c : scene.curves()) {
            for (int k = 0; k <= Handles.CURVE_POINTS; k++) {
                double[] p = chart.toModel(c.pointAt((double) k / Handles.CURVE_POINTS));
                for (int i = 0; i < 2; i++) {
                    lo[i] = Math.min(lo[i], p[i]);
                    hi[i] = Math.max(hi[i], p[i]);
                }
            }
        }
        double[] inside = chart.toModel(scene.geodesic().from());
        double[] window = new double[4];
        for (int i = 0; i < 2; i++) {
            double other = hi[1 - i] - lo[1 - i];
            double span = Math.max(hi[i] - lo[i], Math.max(0.5 * other, 1e-3 * Math.max(1, Math.abs(hi[i]))));
            double mid = (lo[i] + hi[i]) / 2;
            double min = mid - span * (0.5 + FIT_MARGIN);
            double max = mid + span * (0.5 + FIT_MARGIN);
            double[] probe = inside.clone();
            probe[i] = min;
            if (!family.contains(family.toChart(chart.fromModel(probe)))) {
                min = 0;
            }
            window[2 * i] = min;
            window[2 * i + 1] = max;
        }
        return window;
    }

    private static String axisLabel(String name) {
        return switch (name) {
            case "mu" -> "μ (mean)";
            case "sigma" -> "σ (standard deviation)";
            default -> name;
        };
    }
}
