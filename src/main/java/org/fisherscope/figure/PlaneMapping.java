package org.fisherscope.figure;

import java.awt.geom.Point2D;
import java.util.Optional;

/**
 * The correspondence between a family's parameters and the drawing's coordinates, as last drawn:
 * the screen uses it to turn a mouse position into a distribution while the user drags.
 */
public interface PlaneMapping {

    /** Drawing coordinates of a point given by the family's parameters. */
    Point2D toDrawing(double[] parameters);

    /** Parameters under a drawing position, or empty if the position is outside the drawn domain. */
    Optional<double[]> toParameters(Point2D drawing);

    /** Where the start point A's handle is drawn (for a 1-parameter family, at t = 0). */
    default Point2D startHandle(double[] parameters) {
        return toDrawing(parameters);
    }

    /** Where the end point B's handle is drawn (for a 1-parameter family, at t = 1). */
    default Point2D endHandle(double[] parameters) {
        return toDrawing(parameters);
    }

    /** Whether end points can be dragged in this drawing (not in bars over t, where they are typed). */
    default boolean draggable() {
        return true;
    }
}
