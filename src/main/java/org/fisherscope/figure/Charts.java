package org.fisherscope.figure;

import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.XYPlot;

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
}
