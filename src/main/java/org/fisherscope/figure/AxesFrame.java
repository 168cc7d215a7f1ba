package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.Optional;
import org.jfree.chart.ChartRenderingInfo;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.data.xy.XYSeriesCollection;

/**
 * An empty, themed JFreeChart frame (two number axes, grid, background) drawn into an area, and the
 * conversions between axis values and drawing coordinates inside its data area: what the parameter
 * panels draw their own marks into.
 */
final class AxesFrame {

    private final NumberAxis xAxis;
    private final NumberAxis yAxis;
    private final Rectangle2D data;

    private AxesFrame(NumberAxis xAxis, NumberAxis yAxis, Rectangle2D data) {
        this.xAxis = xAxis;
        this.yAxis = yAxis;
        this.data = data;
    }

    /** Draws the frame with the axes' current ranges and returns it. */
    static AxesFrame draw(Graphics2D g, Rectangle2D area, NumberAxis xAxis, NumberAxis yAxis, FigureTheme theme) {
        XYPlot plot = new XYPlot(new XYSeriesCollection(), xAxis, yAxis, null);
        Charts.style(plot, theme);
        JFreeChart chart = new JFreeChart(null, theme.labelFont(), plot, false);
        chart.setBackgroundPaint(theme.background());
        ChartRenderingInfo info = new ChartRenderingInfo();
        chart.draw(g, area, info);
        return new AxesFrame(xAxis, yAxis, info.getPlotInfo().getDataArea());
    }

    /** The data area inside the axes. */
    Rectangle2D data() {
        return data;
    }

    Point2D point(double x, double y) {
        return new Point2D.Double(xAxis.valueToJava2D(x, data, RectangleEdge.BOTTOM),
                yAxis.valueToJava2D(y, data, RectangleEdge.LEFT));
    }

    double xValue(double px) {
        return xAxis.java2DToValue(px, data, RectangleEdge.BOTTOM);
    }

    double yValue(double py) {
        return yAxis.java2DToValue(py, data, RectangleEdge.LEFT);
    }

    /** The mapping of a 2-parameter family drawn with its first parameter across and its second up. */
    PlaneMapping planeMapping() {
        return new PlaneMapping() {
            @Override
            public Point2D toDrawing(double[] p) {
                return point(p[0], p[1]);
            }

            @Override
            public Optional<double[]> toParameters(Point2D d) {
                return data.contains(d) ? Optional.of(new double[] {xValue(d.getX()), yValue(d.getY())})
                        : Optional.empty();
            }
        };
    }
}
