package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.util.Objects;

/**
 * A figure that says plainly why there is nothing to plot (for example a map figure when only count
 * tables were loaded), instead of an empty pane. It exports like any other figure.
 */
public final class NoticeFigure implements Figure {

    private final String title;
    private final String message;
    private final FigureTheme theme;
    private final FigureMetadata metadata;

    public NoticeFigure(String title, String message, FigureTheme theme, FigureMetadata metadata) {
        this.title = Objects.requireNonNull(title, "title");
        this.message = Objects.requireNonNull(message, "message");
        this.theme = Objects.requireNonNull(theme, "theme");
        this.metadata = Objects.requireNonNull(metadata, "metadata");
    }

    /** The explanation shown. */
    public String message() {
        return message;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g2.setPaint(theme.background());
            g2.fill(area);
            g2.setPaint(theme.foreground());
            g2.setFont(theme.titleFont());
            g2.drawString(title, (float) area.getX() + 10, (float) area.getY() + 22);
            // The message wrapped to the middle two thirds, starting a third of the way down.
            double width = Math.max(120, area.getWidth() * 2 / 3);
            float x = (float) (area.getCenterX() - width / 2);
            float y = (float) (area.getY() + area.getHeight() / 3);
            g2.setPaint(theme.muted());
            // Plain drawString lines: TextLayout glyphs do not reach the SVG exporter as text.
            g2.setFont(theme.labelFont().deriveFont(theme.labelFont().getSize2D() * 1.15f));
            TextBlock.draw(g2, message, x, y, width);
        } finally {
            g2.dispose();
        }
    }

    @Override
    public FigureMetadata metadata() {
        return metadata;
    }
}
