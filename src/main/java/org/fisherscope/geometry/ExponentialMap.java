package org.fisherscope.geometry;

import org.apache.commons.math3.exception.MathIllegalStateException;
import org.apache.commons.math3.ode.ContinuousOutputModel;
import org.apache.commons.math3.ode.FirstOrderDifferentialEquations;
import org.apache.commons.math3.ode.nonstiff.DormandPrince853Integrator;

/**
 * The exponential map: integrates the geodesic equation ẍ^k = −Γ^k_ij ẋ^i ẋ^j from a point and an
 * initial velocity over t ∈ [0, 1] with the adaptive Dormand–Prince 8(5,3) method and keeps its
 * dense output.
 */
public final class ExponentialMap {

    /**
     * Local error tolerances of the integrator. Near 1e-13 the 8th-order method still takes few steps,
     * and the closed-form checks (≤ 1e-9) leave four orders of margin for error growth.
     */
    static final double ABSOLUTE_TOLERANCE = 1e-13;
    static final double RELATIVE_TOLERANCE = 1e-13;
    private static final double MIN_STEP = 1e-14;
    private static final double MAX_STEP = 0.25;
    /**
     * Cap on right-hand-side evaluations (a smooth path needs a few hundred), so a trial path
     * creeping towards the boundary fails fast instead of shrinking its steps for ever.
     */
    private static final int MAX_EVALUATIONS = 20_000;

    private ExponentialMap() {
    }

    /**
     * exp_x(v): the geodesic from x with initial velocity v, with dense output at the full tolerance.
     * Throws {@link GeodesicFailure} when the path leaves the domain or the integrator cannot finish.
     */
    public static GeodesicPath shoot(RiemannianMetric metric, double[] x, double[] v) {
        ContinuousOutputModel output = new ContinuousOutputModel();
        int evaluations = integrate(metric, x, v, RELATIVE_TOLERANCE, output, new double[2 * x.length]);
        double length = Math.sqrt(metric.squaredNorm(x, v));
        return new GeodesicPath(output, x.length, length, evaluations);
    }

    /**
     * Only the end point exp_x(v) at a chosen relative tolerance, without dense output: what Newton
     * iterations need, at a fraction of the cost.
     */
    static double[] endPoint(RiemannianMetric metric, double[] x, double[] v, double tolerance) {
        double[] state = new double[2 * x.length];
        integrate(metric, x, v, tolerance, null, state);
        double[] end = new double[x.length];
        System.arraycopy(state, 0, end, 0, x.length);
        return end;
    }

    private static int integrate(RiemannianMetric metric, double[] x, double[] v, double tolerance,
                                 ContinuousOutputModel output, double[] finalState) {
        int n = metric.dimension();
        FirstOrderDifferentialEquations equation = new FirstOrderDifferentialEquations() {
            private final double[] point = new double[n];
            private final double[] velocity = new double[n];
            private final double[] acceleration = new double[n];

            @Override
            public int getDimension() {
                return 2 * n;
            }

            @Override
            public void computeDerivatives(double t, double[] y, double[] yDot) {
                System.arraycopy(y, 0, point, 0, n);
                System.arraycopy(y, n, velocity, 0, n);
                if (!metric.contains(point)) {
                    throw new GeodesicFailure("the geodesic leaves the parameter domain");
                }
                try {
                    metric.geodesicAcceleration(point, velocity, acceleration);
                } catch (GeodesicFailure e) {
                    throw e;
                } catch (InvalidInputException e) {
                    // A metric that is numerically singular here: this trial path is lost, not the input.
                    throw new GeodesicFailure("the metric is numerically singular along the path (" + e.getMessage() + ")");
                }
                System.arraycopy(velocity, 0, yDot, 0, n);
                System.arraycopy(acceleration, 0, yDot, n, n);
            }
        };
        DormandPrince853Integrator integrator = new DormandPrince853Integrator(MIN_STEP, MAX_STEP,
                ABSOLUTE_TOLERANCE * tolerance / RELATIVE_TOLERANCE, tolerance);
        integrator.setMaxEvaluations(MAX_EVALUATIONS);
        if (output != null) {
            integrator.addStepHandler(output);
        }
        double[] y = new double[2 * n];
        System.arraycopy(x, 0, y, 0, n);
        System.arraycopy(v, 0, y, n, n);
        try {
            integrator.integrate(equation, 0, y, 1, finalState);
        } catch (MathIllegalStateException e) {
            throw new GeodesicFailure("the geodesic integrator could not finish: " + e.getMessage());
        }
        return integrator.getEvaluations();
    }
}
