package org.fisherscope.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Surveys of a 2-parameter family's plane for drawing: scalar curvature on a grid, geodesic circles
 * (points at one Fisher–Rao distance from a centre) and metric ellipses (Tissot indicatrices, their
 * first-order approximation). Points are chart coordinates.
 */
public final class PlaneSurvey {

    private PlaneSurvey() {
    }

    /**
     * Scalar curvature (unit sphere: R = +2) at the centres of an nx × ny grid over the window;
     * NaN where the centre lies outside the family's domain. {@code values[i][j]} is column i, row j.
     */
    public record CurvatureGrid(double xMin, double xMax, double yMin, double yMax, double[][] values) {

        /** The largest |R| of the finite cells (0 if there are none). */
        public double maxAbs() {
            double m = 0;
            for (double[] column : values) {
                for (double v : column) {
                    if (Double.isFinite(v)) {
                        m = Math.max(m, Math.abs(v));
                    }
                }
            }
            return m;
        }
    }

    /** Curvature on a grid; {@code cancelled} is polled once per column and ends the survey early. */
    public static CurvatureGrid curvatureGrid(StatisticalFamily family, double xMin, double xMax, double yMin,
                                              double yMax, int nx, int ny, BooleanSupplier cancelled) {
        double[][] values = new double[nx][ny];
        for (int i = 0; i < nx; i++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("curvature survey cancelled");
            }
            double x = xMin + (i + 0.5) * (xMax - xMin) / nx;
            for (int j = 0; j < ny; j++) {
                double y = yMin + (j + 0.5) * (yMax - yMin) / ny;
                double[] chart = {x, y};
                values[i][j] = Double.NaN;
                if (family.contains(chart)) {
                    try {
                        values[i][j] = Curvature.at(family, family.toParameters(chart)).scalar();
                    } catch (InvalidInputException outside) {
                        // Too close to the boundary to difference: left blank.
                    }
                }
            }
        }
        return new CurvatureGrid(xMin, xMax, yMin, yMax, values);
    }

    /**
     * The geodesic circle of Fisher–Rao radius r around a centre: the ends of the geodesics shot from
     * it with speed r in {@code directions} equally spaced directions (unit in the metric there). A
     * direction whose geodesic leaves the domain breaks the circle, so the result is a list of runs.
     */
    public static List<List<double[]>> geodesicBall(StatisticalFamily family, double[] centre, double radius,
                                                    int directions) {
        double[][] frame = orthonormalFrame(family.metric(centre));
        List<List<double[]>> runs = new ArrayList<>();
        List<double[]> run = new ArrayList<>();
        for (int k = 0; k <= directions; k++) {
            double phi = 2 * Math.PI * k / directions;
            double[] v = new double[2];
            for (int i = 0; i < 2; i++) {
                v[i] = radius * (Math.cos(phi) * frame[0][i] + Math.sin(phi) * frame[1][i]);
            }
            try {
                run.add(ExponentialMap.shoot(family, centre, v).end());
            } catch (GeodesicFailure leftDomain) {
                if (run.size() > 1) {
                    runs.add(run);
                }
                run = new ArrayList<>();
            }
        }
        if (run.size() > 1) {
            runs.add(run);
        }
        return runs;
    }

    /** The metric ellipse {centre + v : vᵀ g(centre) v = r²} as a closed polyline. */
    public static List<double[]> tissotEllipse(StatisticalFamily family, double[] centre, double radius, int points) {
        double[][] frame = orthonormalFrame(family.metric(centre));
        List<double[]> ellipse = new ArrayList<>(points + 1);
        for (int k = 0; k <= points; k++) {
            double phi = 2 * Math.PI * k / points;
            double[] p = new double[2];
            for (int i = 0; i < 2; i++) {
                p[i] = centre[i] + radius * (Math.cos(phi) * frame[0][i] + Math.sin(phi) * frame[1][i]);
            }
            ellipse.add(p);
        }
        return ellipse;
    }

    /**
     * Two vectors e₀, e₁ with e_aᵀ g e_b = δ_ab (Gram–Schmidt in the metric): unit circles in this frame
     * are unit metric circles.
     */
    static double[][] orthonormalFrame(double[][] g) {
        double[] e0 = {1 / Math.sqrt(g[0][0]), 0};
        // e1 = (u − (uᵀg e0) e0) normalised, with u = (0, 1).
        double projection = g[1][0] * e0[0];
        double[] e1 = {-projection * e0[0], 1};
        double norm = Math.sqrt(e1[0] * e1[0] * g[0][0] + 2 * e1[0] * e1[1] * g[0][1] + e1[1] * e1[1] * g[1][1]);
        return new double[][] {e0, {e1[0] / norm, e1[1] / norm}};
    }
}
