package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.text.AttributedString;

/** A paragraph wrapped to a width, in the graphics' current font and paint. */
final class TextBlock {

    private TextBlock() {
    }

    /** Draws the text from (x, y) downwards and returns the y below its last line. */
    static double draw(Graphics2D g, String text, double x, double y, double width) {
        if (text.isEmpty()) {
            return y;
        }
        AttributedString styled = new AttributedString(text);
        styled.addAttribute(TextAttribute.FONT, g.getFont());
        LineBreakMeasurer lines = new LineBreakMeasurer(styled.getIterator(), g.getFontRenderContext());
        float at = (float) y;
        while (lines.getPosition() < text.length()) {
            TextLayout line = lines.nextLayout((float) Math.max(40, width));
            at += line.getAscent();
            line.draw(g, (float) x, at);
            at += line.getDescent() + line.getLeading() + 2;
        }
        return at;
    }
}
