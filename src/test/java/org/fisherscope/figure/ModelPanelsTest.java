package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
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

    /** Drawing coordinates are affine in the view's coordinates up to rounding: pixels of ~1e3. */
    private static final double AFFINE = 1e-7;

    /**
     * Overlays are surveyed in {@link ViewChart} coordinates and drawn through each panel's mapping: the
     * mapping must be an affine image of them, or ellipses and cells would be drawn distorted.
     */
    @Test
    void everyPanelIsAnAffineImageOfItsViewChart() {
        NormalFamily normal = new NormalFamily();
        CategoricalFamily simplex = new CategoricalFamily(3);
        org.fisherscope.geometry.family.MultivariateNormalFamily univariate =
                new org.fisherscope.geometry.family.MultivariateNormalFamily(1);
        org.fisherscope.geometry.StatisticalFamily dirichlet = org.fisherscope.geometry.family.DirichletFamily.dirichlet(3);
        Object[][] cases = {
            {normal, new double[] {-1, 0.5}, new double[] {2, 1.5}, PlaneView.PARAMETERS, ViewChart.parameters(normal)},
            {normal, new double[] {-1, 0.5}, new double[] {2, 1.5}, PlaneView.HALF_PLANE, ViewChart.halfPlane()},
            {normal, new double[] {-1, 0.5}, new double[] {2, 1.5}, PlaneView.DISK, ViewChart.disk()},
            {univariate, new double[] {-1, 0.25}, new double[] {2, 2.25}, PlaneView.PARAMETERS, ViewChart.parameters(univariate)},
            {simplex, new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6}, PlaneView.PARAMETERS,
                ViewChart.ternary(simplex, 1)},
            {simplex, new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6}, PlaneView.SPHERE, ViewChart.sphere()},
            {dirichlet, new double[] {2, 3, 1.5}, new double[] {6, 1, 2}, PlaneView.PARAMETERS, ViewChart.ternary(dirichlet, 6.5)}};
        for (Object[] c : cases) {
            org.fisherscope.geometry.StatisticalFamily family = (org.fisherscope.geometry.StatisticalFamily) c[0];
            double[] a = (double[]) c[1];
            double[] b = (double[]) c[2];
            PlaneView view = (PlaneView) c[3];
            ViewChart chart = (ViewChart) c[4];
            Geodesic g = Geodesics.between(family, a, b, Geodesics.Choice.AUTO);
            PlaneMapping mapping = drawn(new GeodesicScene(g, 0.5, Optional.empty()), view);
            // The affine map through three points, checked at the others.
            double[][] points = {a, b, g.pointAt(0.3), g.pointAt(0.5), g.pointAt(0.8)};
            double[] m0 = chart.toModel(points[0]);
            double[] m1 = chart.toModel(points[1]);
            double[] m2 = chart.toModel(points[2]);
            java.awt.geom.Point2D d0 = mapping.toDrawing(points[0]);
            java.awt.geom.Point2D d1 = mapping.toDrawing(points[1]);
            java.awt.geom.Point2D d2 = mapping.toDrawing(points[2]);
            double det = (m1[0] - m0[0]) * (m2[1] - m0[1]) - (m2[0] - m0[0]) * (m1[1] - m0[1]);
            for (double[] p : points) {
                double[] m = chart.toModel(p);
                // Barycentric weights of m in the triangle m0 m1 m2.
                double u = ((m[0] - m0[0]) * (m2[1] - m0[1]) - (m2[0] - m0[0]) * (m[1] - m0[1])) / det;
                double v = ((m1[0] - m0[0]) * (m[1] - m0[1]) - (m[0] - m0[0]) * (m1[1] - m0[1])) / det;
                double x = d0.getX() + u * (d1.getX() - d0.getX()) + v * (d2.getX() - d0.getX());
                double y = d0.getY() + u * (d1.getY() - d0.getY()) + v * (d2.getY() - d0.getY());
                java.awt.geom.Point2D d = mapping.toDrawing(p);
                assertArrayEquals(new double[] {x, y}, new double[] {d.getX(), d.getY()}, AFFINE,
                        family.name() + " " + view.id());
                // A Dirichlet's chart returns the point of A's slice with the same mean.
                boolean slice = family.name().equals("dirichlet");
                assertArrayEquals(slice ? ViewChart.normalised(p) : p,
                        slice ? ViewChart.normalised(chart.fromModel(m)) : chart.fromModel(m), ROUND_TRIP,
                        "the chart inverts itself");
            }
        }
    }

    @Test
    void theUnivariateMvnormalIsTheNormalHalfPlaneInMuSigma() {
        org.fisherscope.geometry.family.MultivariateNormalFamily univariate =
                new org.fisherscope.geometry.family.MultivariateNormalFamily(1);
        Geodesic g = Geodesics.between(univariate, new double[] {-1, 0.25}, new double[] {2, 2.25}, Geodesics.Choice.AUTO);
        assertEquals(Geodesic.Method.CLOSED_FORM, g.method());
        // REFERENCE.md: d(N(−1, 0.5), N(2, 1.5)) = 3.142254915; s11 = σ².
        assertEquals(new NormalFamily().distance(new double[] {-1, 0.5}, new double[] {2, 1.5}), g.length(), 1e-12);
        PlaneMapping mapping = drawn(new GeodesicScene(g, 0.5, Optional.empty()), PlaneView.PARAMETERS);
        for (double[] p : new double[][] {{-1, 0.25}, {0.5, 1}, {2, 2.25}}) {
            assertArrayEquals(p, mapping.toParameters(mapping.toDrawing(p)).orElseThrow(), ROUND_TRIP);
        }
    }
}
