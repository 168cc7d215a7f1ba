package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.ScalarCurvature;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.MultivariateNormalFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.junit.jupiter.api.Test;

/** The overlays of every view against closed forms of the geometry they show. */
class PlaneOverlaysTest {

    /** Curvature of a homogeneous family from the cumulant formula: rounding only, amplified near edges. */
    private static final double CURVATURE = 1e-6;
    /** Cumulant formula against the generic metric formula (five-point differences of the metric). */
    private static final double SECOND_ALGORITHM = 1e-5;
    /**
     * Ellipse radii against the conformal factor: the ellipses are exact in the view's coordinates up to the
     * central-difference Jacobian (relative error ~1e-10) and the sampling of 48 points on the ellipse.
     */
    private static final double RADIUS = 1e-6;

    private static Geodesic geodesic(StatisticalFamily family, double[] a, double[] b) {
        return Geodesics.between(family, a, b, Geodesics.Choice.AUTO);
    }

    private static PlaneOverlays survey(StatisticalFamily family, Geodesic g, PlaneView view, boolean curvature,
                                        boolean circle, boolean ellipses) {
        double[] w = GeodesicFigure.fittedWindow(new GeodesicScene(g, 0.5, java.util.Optional.empty()), view);
        return PlaneOverlays.survey(family, g, view, w, curvature, circle, ellipses, () -> false);
    }

    @Test
    void theSimplexIsOneColourAtPlusOneHalfOnTheTriangleAndTheSphere() {
        CategoricalFamily simplex = new CategoricalFamily(3);
        Geodesic g = geodesic(simplex, new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6});
        for (PlaneView view : List.of(PlaneView.PARAMETERS, PlaneView.SPHERE)) {
            PlaneOverlays.CurvatureMap map = survey(simplex, g, view, true, false, false).curvature();
            assertEquals(PlaneOverlays.TRIANGLE_CELLS * PlaneOverlays.TRIANGLE_CELLS, map.cells().size(),
                    "every cell of the simplex is drawn: " + view);
            // The sphere of radius 2: Gaussian curvature 1/4, scalar curvature 2K = 1/2.
            for (PlaneOverlays.CurvatureMap.Cell cell : map.cells()) {
                assertEquals(0.5, cell.scalar(), CURVATURE);
            }
            assertTrue(map.constant(), "drawn as one colour, not a gradient");
        }
        assertEquals("+1/4", PlaneOverlays.fraction(0.25));
        assertEquals("−1/2", PlaneOverlays.fraction(-0.5));
        assertEquals("−1", PlaneOverlays.fraction(-1));
    }

    @Test
    void theNormalFamilyIsMinusOneInTheDiskAndTheHalfPlaneAndGammaIsNotConstant() {
        NormalFamily normal = new NormalFamily();
        Geodesic g = geodesic(normal, new double[] {-1, 0.5}, new double[] {2, 1.5});
        for (PlaneView view : List.of(PlaneView.PARAMETERS, PlaneView.HALF_PLANE, PlaneView.DISK)) {
            PlaneOverlays.CurvatureMap map = survey(normal, g, view, true, false, false).curvature();
            assertFalse(map.cells().isEmpty());
            for (PlaneOverlays.CurvatureMap.Cell cell : map.cells()) {
                assertEquals(-1, cell.scalar(), CURVATURE, view.id());
            }
            assertTrue(map.constant(), view.id());
        }
        StatisticalFamily gamma = org.fisherscope.geometry.family.Families.create("gamma", 2);
        PlaneOverlays.CurvatureMap map = survey(gamma, geodesic(gamma, new double[] {0.7, 2}, new double[] {2, 3}),
                PlaneView.PARAMETERS, true, false, false).curvature();
        assertFalse(map.constant(), "the gamma family's curvature varies with the shape");
    }

    @Test
    void diskEllipsesAreEuclideanCirclesShrinkingWithTheConformalFactor() {
        NormalFamily normal = new NormalFamily();
        Geodesic g = geodesic(normal, new double[] {-1, 0.5}, new double[] {2, 1.5});
        PlaneOverlays overlays = survey(normal, g, PlaneView.DISK, false, false, true);
        ViewChart disk = ViewChart.disk();
        // The Fisher metric (dμ² + 2dσ²)/σ² is 8|dw|²/(1 − |w|²)² in the disk: a Fisher circle of radius r
        // is a Euclidean circle of radius r(1 − |w|²)/(2√2) to first order, exactly in its linearisation.
        double fisherRadius = Double.NaN;
        int count = 0;
        for (List<double[]> ellipse : overlays.tissot()) {
            double[] centre = new double[2];
            List<double[]> model = ellipse.stream().map(disk::toModel).toList();
            for (double[] m : model.subList(0, model.size() - 1)) {
                centre[0] += m[0] / (model.size() - 1);
                centre[1] += m[1] / (model.size() - 1);
            }
            double lo = Double.POSITIVE_INFINITY;
            double hi = 0;
            for (double[] m : model) {
                double r = Math.hypot(m[0] - centre[0], m[1] - centre[1]);
                lo = Math.min(lo, r);
                hi = Math.max(hi, r);
            }
            assertEquals(1, lo / hi, RADIUS, "a circle, not an ellipse");
            double factor = (1 - centre[0] * centre[0] - centre[1] * centre[1]) / (2 * Math.sqrt(2));
            double r = hi / factor;
            if (Double.isNaN(fisherRadius)) {
                fisherRadius = r;
            }
            assertEquals(fisherRadius, r, RADIUS * fisherRadius, "one Fisher radius for every circle");
            count++;
        }
        assertEquals(1 + 6 + 12 + 18 + 24, count, "the centre and four rings");
    }

    @Test
    void simplexEllipsesSolveTheCategoricalMetricAndAreRoundOnTheSphere() {
        CategoricalFamily simplex = new CategoricalFamily(3);
        Geodesic g = geodesic(simplex, new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6});
        List<List<double[]>> triangle = survey(simplex, g, PlaneView.PARAMETERS, false, false, true).tissot();
        assertEquals(15, triangle.size(), "p_i = i/7, every i ≥ 1");
        double radius = Double.NaN;
        for (List<double[]> ellipse : triangle) {
            // Centre: the mean of the points (the polyline closes on its first point).
            double[] centre = new double[3];
            for (double[] p : ellipse.subList(0, ellipse.size() - 1)) {
                for (int i = 0; i < 3; i++) {
                    centre[i] += p[i] / (ellipse.size() - 1);
                }
            }
            for (double[] p : ellipse) {
                // Closed form on the simplex: ds² = Σ dp_i²/p_i.
                double s = 0;
                for (int i = 0; i < 3; i++) {
                    s += (p[i] - centre[i]) * (p[i] - centre[i]) / centre[i];
                }
                if (Double.isNaN(radius)) {
                    radius = Math.sqrt(s);
                }
                assertEquals(radius, Math.sqrt(s), RADIUS * radius);
            }
        }
        // p ↦ 2√p is an isometry onto the sphere of radius 2, and the view looks straight at the barycentre:
        // there the metric in view coordinates is the identity, so Fisher circles are drawn round.
        ViewChart sphere = ViewChart.sphere();
        double[] middle = sphere.toModel(new double[] {1.0 / 3, 1.0 / 3, 1.0 / 3});
        double[][] metric = PlaneOverlays.inducedMetric(simplex, sphere, middle, 4);
        assertEquals(1, metric[0][0], RADIUS);
        assertEquals(1, metric[1][1], RADIUS);
        assertEquals(0, metric[0][1], RADIUS);
        assertEquals(15, survey(simplex, g, PlaneView.SPHERE, false, false, true).tissot().size());
    }

    @Test
    void dirichletSliceCurvatureMatchesTheMetricFormulaAndHasNoCircle() {
        DirichletFamily dirichlet = DirichletFamily.dirichlet(3);
        Geodesic g = geodesic(dirichlet, new double[] {2, 3, 1.5}, new double[] {6, 1, 2});
        PlaneOverlays overlays = PlaneOverlays.survey(dirichlet, g, PlaneView.PARAMETERS, new double[] {0, 1, 0, 1},
                true, true, true, () -> false);
        assertNull(overlays.ball(), "no circle on a 3-D family's shadow");
        assertTrue(PlaneOverlays.unavailable(dirichlet, PlaneView.PARAMETERS, PlaneOverlays.Kind.CIRCLE).isPresent());
        assertFalse(overlays.tissot().isEmpty());
        assertFalse(overlays.curvature().constant());
        double concentration = 6.5;
        List<PlaneOverlays.CurvatureMap.Cell> cells = overlays.curvature().cells();
        for (int i = 0; i < cells.size(); i += 97) {
            PlaneOverlays.CurvatureMap.Cell cell = cells.get(i);
            double[] a = new double[3];
            for (double[] corner : cell.outline()) {
                for (int k = 0; k < 3; k++) {
                    a[k] += corner[k] / 3;
                }
            }
            assertEquals(concentration, a[0] + a[1] + a[2], 1e-12, "on A's slice");
            assertEquals(ScalarCurvature.of(dirichlet, a), cell.scalar(), SECOND_ALGORITHM * Math.abs(cell.scalar()));
        }
    }

    @Test
    void viewsThatCannotTakeAnOverlaySaySo() {
        assertTrue(PlaneOverlays.unavailable(new MultivariateNormalFamily(2), PlaneView.X1_X2,
                PlaneOverlays.Kind.CURVATURE).orElseThrow().contains("data space"));
        assertTrue(PlaneOverlays.unavailable(new CategoricalFamily(5), PlaneView.PARAMETERS,
                PlaneOverlays.Kind.ELLIPSES).orElseThrow().contains("k = 3"));
        assertTrue(PlaneOverlays.unavailable(org.fisherscope.geometry.family.Families.create("poisson", 1),
                PlaneView.PARAMETERS, PlaneOverlays.Kind.CIRCLE).isPresent());
        assertTrue(PlaneOverlays.unavailable(new MultivariateNormalFamily(1), PlaneView.PARAMETERS,
                PlaneOverlays.Kind.CURVATURE).isEmpty(), "mvnormal:d=1 is the normal half-plane");
    }
}
