package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/**
 * A figure with known content, in CSS pixels from the area's origin: a filled rectangle of
 * {@link #FILL}, a black line below it, and the text {@link #TEXT}. Nothing is drawn within
 * {@link #MARGIN} of the edges, so corners stay background.
 */
final class TestFigure implements Figure {

    static final Color FILL = new Color(0x12, 0x34, 0x56);
    static final Rectangle2D RECT = new Rectangle2D.Double(40, 40, 120, 80);
    static final String TEXT = "Fisherscope test";
    static final double MARGIN = 20;

    static final String TITLE = "Test figure (rectangle, line & text)";
    static final String DESCRIPTION = "rectangle 120 x 80 at (40, 40)\nσ = 1, μ = 0";
    static final String CONVENTION = "the unit 2-sphere has R = +2";
    static final String COMMAND = "fisherscope figure test --out test.png";

    private final FigureMetadata metadata;

    TestFigure() {
        this(new FigureMetadata(TITLE, DESCRIPTION, List.of(CONVENTION), COMMAND));
    }

    TestFigure(FigureMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public void draw(Graphics2D g, Rectangle2D area) {
        Graphics2D local = (Graphics2D) g.create();
        try {
            local.translate(area.getX(), area.getY());
            local.setPaint(FILL);
            local.fill(RECT);
            local.setPaint(Color.BLACK);
            local.setStroke(new BasicStroke(2f));
            local.draw(new Line2D.Double(MARGIN, 160, area.getWidth() - MARGIN, 160));
            local.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 16));
            local.drawString(TEXT, 40, 200);
        } finally {
            local.dispose();
        }
    }

    @Override
    public FigureMetadata metadata() {
        return metadata;
    }
}
