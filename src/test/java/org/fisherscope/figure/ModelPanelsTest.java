package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.junit.jupiter.api.Test;

/** Every model view maps parameters to the drawing and back exactly, so dragging works in each of them. */
class ModelPanelsTest {

    /** Two floating-point maps composed: a few ulps of the coordinates. */
    private static final double ROUND_TRIP = 1e-9;

    private static PlaneMapping drawn(GeodesicScene scene, PlaneView view) {
        BufferedImage image = new BufferedImage(900, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        GeodesicFigure figure = new GeodesicFigure(scene, FigureTheme.LIGHT, view, "");
        figure.draw(g, new Rectangle2D.Double(0, 0, 900, 600));
        g.dispose();
        return figure.mapping().orElseThrow();
    }

    @Test
    void poincareViewsRoundTrip() {
        NormalFamily normal = new NormalFamily();
        Geodesic g = Geodesics.between(normal, new double[] {-1, 0.5}, new double[] {2, 1.5}, Geodesics.Choice.AUTO);
        GeodesicScene scene = new GeodesicScene(g, 0.5, Optional.empty());
        for (PlaneView view : new PlaneView[] {PlaneView.HALF_PLANE, PlaneView.DISK}) {
            PlaneMapping mapping = drawn(scene, view);
            for (double[] p : new double[][] {{0, 1}, {-1, 0.5}, {2, 1.5}, {0.3, 0.05}}) {
                assertArrayEquals(p, mapping.toParameters(mapping.toDrawing(p)).orElseThrow(), ROUND_TRIP, view.id());
            }
        }
        // The disk's centre is N(0, 1).
        PlaneMapping disk = drawn(scene, PlaneView.DISK);
        assertArrayEquals(new double[] {0, 1},
                disk.toParameters(new java.awt.geom.Point2D.Double(disk.toDrawing(new double[] {0, 1}).getX(),
                        disk.toDrawing(new double[] {0, 1}).getY())).orElseThrow(), ROUND_TRIP);
    }

    @Test
    void sphereViewRoundTripsAndKeepsTheCornersPiApartOnTheScreenCircle() {
        CategoricalFamily simplex = new CategoricalFamily(3);
        Geodesic g = Geodesics.between(simplex, new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6},
                Geodesics.Choice.AUTO);
        PlaneMapping mapping = drawn(new GeodesicScene(g, 0.5, Optional.empty()), PlaneView.SPHERE);
        for (double[] p : new double[][] {{0.7, 0.2, 0.1}, {1.0 / 3, 1.0 / 3, 1.0 / 3}, {0.05, 0.05, 0.9}}) {
            assertArrayEquals(p, mapping.toParameters(mapping.toDrawing(p)).orElseThrow(), ROUND_TRIP);
        }
        assertTrue(mapping.toParameters(new java.awt.geom.Point2D.Double(-1e4, -1e4)).isEmpty());
    }
}
