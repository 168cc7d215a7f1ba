package org.fisherscope.app;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.layout.Region;
import org.fisherscope.figure.Figure;
import org.jfree.fx.FXGraphics2D;

/**
 * Shows a {@link Figure} on screen by handing a Graphics2D bridge onto a JavaFX canvas to the same
 * {@code draw} method the exporters call: the one drawing path. Redraws when the figure or the size
 * changes.
 */
public final class FigureCanvas extends Region {

    private final Canvas canvas = new Canvas();
    private final FXGraphics2D graphics = new FXGraphics2D(canvas.getGraphicsContext2D());
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>(this, "figure");

    public FigureCanvas() {
        getChildren().add(canvas);
        getStyleClass().add("figure-canvas");
        figure.addListener((obs, old, now) -> redraw());
    }

    public ObjectProperty<Figure> figureProperty() {
        return figure;
    }

    /** Drawing coordinates of a position in this node's local coordinates (they coincide). */
    public static Point2D toDrawing(double x, double y) {
        return new Point2D.Double(x, y);
    }

    @Override
    protected void layoutChildren() {
        double w = snapSizeX(getWidth());
        double h = snapSizeY(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            redraw();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        return 640;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 480;
    }

    /** Draws the current figure again (e.g. after the theme changed). */
    public void redraw() {
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        canvas.getGraphicsContext2D().clearRect(0, 0, w, h);
        Figure f = figure.get();
        if (f != null && w > 1 && h > 1) {
            f.draw(graphics, new Rectangle2D.Double(0, 0, w, h));
        }
    }
}
