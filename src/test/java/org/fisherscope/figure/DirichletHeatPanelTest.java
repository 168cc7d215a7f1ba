package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fisherscope.geometry.DirichletDensity;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.family.DirichletFamily;
import org.junit.jupiter.api.Test;

/** The density the heat map draws: normalised on its own grid and equal to hand-derived closed forms. */
class DirichletHeatPanelTest {

    /**
     * Centroid rule on the 36-cut grid of the heat map for densities with every a_i ≥ 1.5: its error is
     * largest at the edges, about h^a_min (h = 1/36): 3.2e-3 for (2, 3, 1.5), below 1e-7 for a_i ≥ 2.
     */
    private static final double INTEGRAL = 5e-3;
    /** Closed forms evaluated through ln Γ: a few ulps of the log. */
    private static final double CLOSED_FORM = 1e-12;

    private static double integral(double[] a) {
        double sum = 0;
        for (double logDensity : DirichletHeatPanel.logDensities(a)) {
            sum += Math.exp(logDensity);
        }
        return sum * DirichletHeatPanel.grid().cellArea();
    }

    @Test
    void theDrawnDensityIntegratesToOneOverTheTriangle() {
        assertEquals(DirichletHeatPanel.CUTS * DirichletHeatPanel.CUTS, DirichletHeatPanel.grid().cells().size());
        for (double[] a : new double[][] {{2, 3, 1.5}, {6, 1, 2}, {2.5, 1.6, 1.8}, {20, 30, 15}, {1, 1, 1}}) {
            assertEquals(1, integral(a), INTEGRAL, java.util.Arrays.toString(a));
        }
    }

    @Test
    void theDensityMatchesClosedFormsAtPoints() {
        double[][] points = {{0.2, 0.3, 0.5}, {0.6, 0.3, 0.1}, {1.0 / 3, 1.0 / 3, 1.0 / 3}};
        for (double[] p : points) {
            // Γ(3) = 2: the uniform density on a triangle of area ½.
            assertEquals(2, new DirichletDensity(new double[] {1, 1, 1}).density(p), CLOSED_FORM);
            // Γ(4)/Γ(2) · p1 = 6 p1.
            assertEquals(6 * p[0], new DirichletDensity(new double[] {2, 1, 1}).density(p), CLOSED_FORM);
            // Γ(6) · p1 p2 p3 = 120 p1 p2 p3.
            assertEquals(120 * p[0] * p[1] * p[2], new DirichletDensity(new double[] {2, 2, 2}).density(p),
                    CLOSED_FORM * 120);
            // Γ(3/2)/Γ(1/2)³ = (√π/2)/π^(3/2) = 1/(2π), times (p1 p2 p3)^(−1/2).
            assertEquals(1 / (2 * Math.PI * Math.sqrt(p[0] * p[1] * p[2])),
                    new DirichletDensity(new double[] {0.5, 0.5, 0.5}).density(p), CLOSED_FORM * 10);
        }
    }

    @Test
    void aPathThroughASingularDensityClipsItsScaleAtAFiniteTop() {
        DirichletFamily dirichlet = DirichletFamily.dirichlet(3);
        Geodesic path = Geodesics.between(dirichlet, new double[] {0.5, 0.8, 3}, new double[] {6, 1, 2},
                Geodesics.Choice.AUTO);
        DirichletHeatPanel.Scale scale = DirichletHeatPanel.scale(path);
        assertTrue(Double.isFinite(scale.high()) && Double.isFinite(scale.low()));
        assertTrue(scale.clipped() && scale.singular(), "a1 = 0.5 at A: infinite on the edge p1 = 0");
        assertEquals(DirichletHeatPanel.DECADES * Math.log(10), scale.high() - scale.low(), 1e-9,
                "four decades below the top");
        Geodesic smooth = Geodesics.between(dirichlet, new double[] {2, 3, 1.5}, new double[] {6, 1, 2},
                Geodesics.Choice.AUTO);
        assertFalse(DirichletHeatPanel.scale(smooth).singular());
        List<SimplexGrid.Cell> cells = DirichletHeatPanel.grid().cells();
        double area = 0;
        for (int i = 0; i < cells.size(); i++) {
            area += DirichletHeatPanel.grid().cellArea();
        }
        assertEquals(0.5, area, 1e-12, "the cells tile the triangle of area ½");
    }
}
