package org.fisherscope.geometry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CancellationException;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.GammaFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.junit.jupiter.api.Test;

class PlaneSurveyTest {

    /** Geodesic ends at the 1e-13 integration tolerance. */
    private static final double SHOT = 1e-9;

    @Test
    void normalBallPointsAreAtTheRadiusByTheClosedForm() {
        NormalFamily normal = new NormalFamily();
        double[] centre = {0.5, 0.8};
        List<List<double[]>> ball = PlaneSurvey.geodesicBall(normal, centre, 1.3, 24);
        assertEquals(1, ball.size(), "the normal half-plane is complete: no breaks");
        for (double[] p : ball.get(0)) {
            assertEquals(1.3, normal.distance(centre, p), SHOT);
        }
    }

    @Test
    void gammaBallPointsAreAtTheRadiusByTheLogMap() {
        GammaFamily gamma = new GammaFamily();
        double[] centre = {2, 1};
        for (List<double[]> run : PlaneSurvey.geodesicBall(gamma, centre, 0.6, 8)) {
            for (double[] p : run) {
                assertEquals(0.6, Geodesics.between(gamma, centre, p, Geodesics.Choice.NUMERICAL).length(), 1e-8);
            }
        }
    }

    @Test
    void tissotEllipseIsTheMetricCircleAndApproximatesTheBall() {
        NormalFamily normal = new NormalFamily();
        double[] centre = {0, 1};
        double r = 1e-3;
        List<double[]> ellipse = PlaneSurvey.tissotEllipse(normal, centre, r, 16);
        for (double[] p : ellipse) {
            double[] v = {p[0] - centre[0], p[1] - centre[1]};
            assertEquals(r * r, normal.squaredNorm(centre, v), 1e-12 * r * r + 1e-20);
            assertEquals(r, normal.distance(centre, p), r * r, "first order in r");
        }
    }

    @Test
    void curvatureGrids() {
        PlaneSurvey.CurvatureGrid normal = PlaneSurvey.curvatureGrid(new NormalFamily(), -2, 2, -0.5, 2, 8, 10, () -> false);
        for (double[] column : normal.values()) {
            for (int j = 0; j < column.length; j++) {
                double y = -0.5 + (j + 0.5) * 2.5 / 10;
                if (y <= 0) {
                    assertTrue(Double.isNaN(column[j]), "σ ≤ 0 is outside");
                } else {
                    assertEquals(-1, column[j], 1e-9);
                }
            }
        }
        PlaneSurvey.CurvatureGrid gamma = PlaneSurvey.curvatureGrid(new GammaFamily(), 0.2, 5, 0.1, 4, 6, 5, () -> false);
        for (double[] column : gamma.values()) {
            for (double v : column) {
                assertEquals(column[0], v, 1e-9 * Math.abs(column[0]), "gamma curvature depends on the shape only");
            }
        }
        PlaneSurvey.CurvatureGrid beta = PlaneSurvey.curvatureGrid(DirichletFamily.beta(), 0.2, 4, 0.2, 4, 7, 7, () -> false);
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                assertEquals(beta.values()[i][j], beta.values()[j][i], 1e-9 * Math.abs(beta.values()[i][j]),
                        "swapping a and b is an isometry");
            }
        }
        assertFalse(beta.maxAbs() == 0);
        assertThrows(CancellationException.class,
                () -> PlaneSurvey.curvatureGrid(new GammaFamily(), 0.2, 5, 0.1, 4, 6, 5, () -> true));
    }
}
