package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Paint;
import java.awt.Stroke;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.TextAnchor;

/** Shared JFreeChart styling so every chart follows the figure theme. */
final class Charts {

    private Charts() {
    }

    static void style(XYPlot plot, FigureTheme theme) {
        plot.setBackgroundPaint(theme.background());
        plot.setOutlinePaint(theme.muted());
        plot.setDomainGridlinePaint(theme.grid());
        plot.setRangeGridlinePaint(theme.grid());
        plot.setDomainGridlineStroke(new java.awt.BasicStroke(0.8f));
        plot.setRangeGridlineStroke(new java.awt.BasicStroke(0.8f));
    }

    static NumberAxis axis(String label, FigureTheme theme) {
        NumberAxis axis = new NumberAxis(label);
        axis.setAutoRangeIncludesZero(false);
        axis.setLabelFont(theme.labelFont());
        axis.setTickLabelFont(theme.smallFont());
        axis.setLabelPaint(theme.foreground());
        axis.setTickLabelPaint(theme.foreground());
        axis.setAxisLinePaint(theme.muted());
        axis.setTickMarkPaint(theme.muted());
        return axis;
    }

    /** The dashed line of a reference value (a prediction, a critical point). */
    static final Stroke DASHED = new BasicStroke(1.6f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 1,
            new float[] {6, 4}, 0);

    /** A line at {@code value} with a small label in the theme's font on a clear background. */
    static ValueMarker labelledMarker(double value, String label, Paint line, Stroke stroke, Paint text,
                                      RectangleAnchor where, TextAnchor align, FigureTheme theme) {
        ValueMarker marker = new ValueMarker(value, line, stroke);
        marker.setLabel(label);
        marker.setLabelFont(theme.smallFont());
        marker.setLabelPaint(text);
        marker.setLabelAnchor(where);
        marker.setLabelTextAnchor(align);
        marker.setLabelBackgroundColor(new Color(0, 0, 0, 0));
        return marker;
    }
}
