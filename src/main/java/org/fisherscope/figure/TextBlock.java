package org.fisherscope.figure;

import java.awt.FontMetrics;
import java.awt.Graphics2D;

/**
 * A paragraph wrapped to a width at spaces, in the graphics' current font and paint. Each line is drawn with
 * drawString, so SVG and PDF keep it as text.
 */
final class TextBlock {

    private TextBlock() {
    }

    /** Draws the text from (x, y) downwards and returns the y below its last line. */
    static double draw(Graphics2D g, String text, double x, double y, double width) {
        FontMetrics metrics = g.getFontMetrics();
        double at = y;
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && metrics.stringWidth(candidate) > width) {
                at += metrics.getAscent();
                g.drawString(line.toString(), (float) x, (float) at);
                at += metrics.getDescent() + metrics.getLeading() + 2;
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            at += metrics.getAscent();
            g.drawString(line.toString(), (float) x, (float) at);
            at += metrics.getDescent();
        }
        return at;
    }
}
