package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/** The frame every workspace figure starts from: smooth rendering, the theme's background, the title at top left. */
final class TitledPage {

    /** Baseline of the title below the top of the page; bodies start 10 px below it. */
    static final double TITLE_BASELINE = 22;

    private TitledPage() {
    }

    static void begin(Graphics2D g, Rectangle2D area, FigureTheme theme, String title) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setPaint(theme.background());
        g.fill(area);
        g.setPaint(theme.foreground());
        g.setFont(theme.titleFont());
        g.drawString(title, (float) area.getX() + 10, (float) (area.getY() + TITLE_BASELINE));
    }
}
