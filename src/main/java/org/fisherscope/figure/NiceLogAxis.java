package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.text.DecimalFormat;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.axis.AxisState;
import org.jfree.chart.axis.LogAxis;
import org.jfree.chart.axis.NumberTick;
import org.jfree.chart.axis.TickType;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.TextAnchor;

/**
 * A base-10 logarithmic axis labelled at round numbers (1, 2, 3, 5 × 10^k when the range is about a decade,
 * 1, 2, 5 × 10^k up to a few decades, powers of ten beyond), with unlabelled minor ticks at the other integers:
 * JFreeChart's own LogAxis labels evenly spaced exponents, which gives values like 5,623.413.
 */
final class NiceLogAxis extends LogAxis {

    private static final long serialVersionUID = 1L;
    private static final DecimalFormat FORMAT = new DecimalFormat("#,##0.###");

    NiceLogAxis(String label, FigureTheme theme) {
        super(label);
        setBase(10);
        setLabelFont(theme.labelFont());
        setTickLabelFont(theme.smallFont());
        setLabelPaint(theme.foreground());
        setTickLabelPaint(theme.foreground());
        setAxisLinePaint(theme.muted());
        setTickMarkPaint(theme.muted());
        setMinorTickMarksVisible(true);
    }

    @Override
    @SuppressWarnings("rawtypes")
    public List refreshTicks(Graphics2D g2, AxisState state, Rectangle2D dataArea, RectangleEdge edge) {
        boolean horizontal = RectangleEdge.isTopOrBottom(edge);
        TextAnchor anchor = horizontal ? TextAnchor.TOP_CENTER : TextAnchor.CENTER_RIGHT;
        double lower = getLowerBound();
        double upper = getUpperBound();
        double decades = Math.log10(upper / lower);
        int[] labelled = decades < 1.2 ? new int[] {1, 2, 3, 5} : decades < 2.5 ? new int[] {1, 2, 5} : new int[] {1};
        List<NumberTick> ticks = new ArrayList<>();
        for (int k = (int) Math.floor(Math.log10(lower)); k <= (int) Math.ceil(Math.log10(upper)); k++) {
            double decade = Math.pow(10, k);
            for (int m = 1; m <= 9; m++) {
                int digit = m;
                double v = m * decade;
                if (v < lower || v > upper) {
                    continue;
                }
                boolean major = java.util.Arrays.stream(labelled).anyMatch(x -> x == digit);
                ticks.add(new NumberTick(major ? TickType.MAJOR : TickType.MINOR, v, major ? FORMAT.format(v) : "",
                        anchor, anchor, 0));
            }
        }
        return ticks;
    }
}
