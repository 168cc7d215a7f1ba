package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;

/** A grid of corrupted images with row and column labels, equal square cells. */
final class FramesPanel {

    private static final double COLUMN_LABEL_HEIGHT = 20;
    private static final double GAP = 6;

    private FramesPanel() {
    }

    static void draw(Graphics2D g, Rectangle2D area, PreviewFrames frames, boolean strip, FigureTheme theme) {
        int rows = frames.rows();
        int columns = frames.columns();
        g.setFont(theme.labelFont());
        double labelWidth = 0;
        boolean rowLabels = strip || rows > 1;
        if (rowLabels) {
            for (String label : frames.rowLabels()) {
                labelWidth = Math.max(labelWidth, g.getFontMetrics().stringWidth(label) + 12);
            }
        }
        double cell = Math.min((area.getWidth() - labelWidth) / columns - GAP,
                (area.getHeight() - COLUMN_LABEL_HEIGHT) / rows - GAP);
        double gridWidth = columns * (cell + GAP);
        double x0 = area.getX() + labelWidth + Math.max(0, (area.getWidth() - labelWidth - gridWidth) / 2);
        double gridHeight = rows * (cell + GAP);
        double y0 = area.getY() + COLUMN_LABEL_HEIGHT + Math.max(0, (area.getHeight() - COLUMN_LABEL_HEIGHT - gridHeight) / 3);
        Graphics2D h = (Graphics2D) g.create();
        try {
            h.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            h.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            h.setPaint(theme.foreground());
            h.setFont(strip ? theme.smallFont() : theme.labelFont());
            for (int c = 0; c < columns; c++) {
                String label = frames.columnLabels().get(c);
                double x = x0 + c * (cell + GAP);
                float width = h.getFontMetrics().stringWidth(label);
                h.drawString(label, (float) (x + (cell - width) / 2), (float) (y0 - 6));
            }
            h.setFont(theme.labelFont());
            for (int r = 0; r < rows; r++) {
                double y = y0 + r * (cell + GAP);
                if (rowLabels) {
                    h.setPaint(theme.foreground());
                    h.drawString(frames.rowLabels().get(r), (float) (x0 - labelWidth), (float) (y + cell / 2 + 4));
                }
                for (int c = 0; c < columns; c++) {
                    double x = x0 + c * (cell + GAP);
                    h.drawImage(frames.frame(r, c), (int) Math.round(x), (int) Math.round(y), (int) Math.round(cell),
                            (int) Math.round(cell), null);
                    h.setPaint(theme.muted());
                    h.draw(new Rectangle2D.Double(Math.round(x), Math.round(y), Math.round(cell), Math.round(cell)));
                }
            }
        } finally {
            h.dispose();
        }
    }
}
