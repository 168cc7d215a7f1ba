package org.fisherscope.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.util.List;
import org.fisherscope.geometry.Geodesic;

/** The marks every parameter panel shares: end-point handles, the slider's marker, curves and their legend. */
final class Handles {

    static final double RADIUS = 6;
    /** Points per drawn curve: smooth at any figure size. */
    static final int CURVE_POINTS = 240;

    private Handles() {
    }

    static void handle(Graphics2D g, Point2D at, Color color, String label, FigureTheme theme) {
        Ellipse2D dot = new Ellipse2D.Double(at.getX() - RADIUS, at.getY() - RADIUS, 2 * RADIUS, 2 * RADIUS);
        g.setPaint(color);
        g.fill(dot);
        g.setPaint(theme.background());
        g.setStroke(new BasicStroke(1.5f));
        g.draw(dot);
        g.setPaint(theme.foreground());
        g.setFont(theme.labelFont().deriveFont(Font.BOLD));
        g.drawString(label, (float) (at.getX() + RADIUS + 3), (float) (at.getY() - RADIUS));
    }

    static void marker(Graphics2D g, Point2D at, FigureTheme theme) {
        double r = RADIUS - 1.5;
        Rectangle2D box = new Rectangle2D.Double(at.getX() - r, at.getY() - r, 2 * r, 2 * r);
        g.setPaint(theme.marker());
        g.fill(box);
        g.setPaint(theme.background());
        g.setStroke(new BasicStroke(1.2f));
        g.draw(box);
    }

    /** A curve's points mapped to the drawing as one polyline. */
    static Path2D polyline(PlaneMapping mapping, Geodesic curve) {
        Path2D path = new Path2D.Double();
        for (int k = 0; k <= CURVE_POINTS; k++) {
            Point2D p = mapping.toDrawing(curve.pointAt((double) k / CURVE_POINTS));
            if (k == 0) {
                path.moveTo(p.getX(), p.getY());
            } else {
                path.lineTo(p.getX(), p.getY());
            }
        }
        return path;
    }

    /** Draws every curve (Fisher last, on top) in its connection's colour. */
    static void curves(Graphics2D g, PlaneMapping mapping, List<Geodesic> curves, FigureTheme theme) {
        for (int i = curves.size() - 1; i >= 0; i--) {
            Geodesic c = curves.get(i);
            boolean fisher = "fisher".equals(c.connection());
            g.setPaint(theme.connection(c.connection()));
            g.setStroke(fisher ? new BasicStroke(2.6f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND)
                    : new BasicStroke(1.8f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND, 1, new float[] {7, 4}, 0));
            g.draw(polyline(mapping, c));
        }
    }

    /** A legend naming each curve with its Fisher length, in the top-left corner of {@code area}. */
    static void legend(Graphics2D g, Rectangle2D area, List<Geodesic> curves, FigureTheme theme) {
        if (curves.size() < 2) {
            return;
        }
        g.setFont(theme.smallFont());
        double line = 16;
        double width = 0;
        for (Geodesic c : curves) {
            width = Math.max(width, g.getFontMetrics().stringWidth(name(c)));
        }
        Rectangle2D box = new Rectangle2D.Double(area.getX() + 8, area.getY() + 8, width + 40, line * curves.size() + 8);
        g.setPaint(new Color(theme.background().getRed(), theme.background().getGreen(), theme.background().getBlue(), 220));
        g.fill(box);
        g.setPaint(theme.grid());
        g.setStroke(new BasicStroke(1f));
        g.draw(box);
        for (int i = 0; i < curves.size(); i++) {
            Geodesic c = curves.get(i);
            double y = box.getY() + 4 + line * (i + 0.5);
            g.setPaint(theme.connection(c.connection()));
            g.setStroke(new BasicStroke(2.4f));
            g.draw(new java.awt.geom.Line2D.Double(box.getX() + 6, y, box.getX() + 28, y));
            g.setPaint(theme.foreground());
            g.drawString(name(c), (float) (box.getX() + 34), (float) (y + 4));
        }
    }

    /** "Fisher–Rao  1.7055", "e-geodesic  1.9012", "α = 0.5  1.8" — the curve and its Fisher length. */
    static String name(Geodesic c) {
        String label = switch (c.connection()) {
            case "fisher" -> "Fisher–Rao";
            case "e" -> "e-geodesic";
            case "m" -> "m-geodesic";
            default -> "α = " + Formats.number(Double.parseDouble(c.connection().substring("alpha:".length())));
        };
        return label + "   length " + Formats.number(c.length());
    }
}
