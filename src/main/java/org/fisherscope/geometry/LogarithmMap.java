package org.fisherscope.geometry;

import java.util.Arrays;

/**
 * The logarithm map by shooting: finds the initial velocity v with exp_x(v) = y by damped Newton
 * iteration on the end-point mismatch, with the Jacobian of the end point by central differences.
 *
 * <p>Plain Newton from the straight-line guess v = y − x can wander off when the points are far
 * apart. Convergence therefore does not depend on luck: when the direct solve fails, the target is
 * walked in from x along the chart segment in 2, 4, 8, … stages, each warm-started from the previous
 * stage's velocity.
 *
 * <p>The reported residual is the Riemannian length of the end-point mismatch measured at the
 * target, ‖exp_x(v) − y‖_{g(y)}: to first order the Fisher–Rao distance by which the computed
 * geodesic misses its end point, independent of the chart's units.
 */
public final class LogarithmMap {

    /** Residual (in distance units, relative to max(1, distance)) at which Newton stops. */
    static final double TARGET_RESIDUAL = 1e-13;
    /** Residual accepted as converged when Newton stagnates at the integrator's noise floor. */
    static final double ACCEPTABLE_RESIDUAL = 1e-10;
    private static final int MAX_NEWTON_ITERATIONS = 40;
    private static final int MAX_LINE_SEARCH_HALVINGS = 12;
    private static final int MAX_CONTINUATION_STAGES = 64;
    /** Relative step of the central-difference Jacobian: ε^{1/3} balances truncation and rounding. */
    private static final double JACOBIAN_STEP = 6e-6;

    private LogarithmMap() {
    }

    /** The solved boundary-value problem. */
    public record Solution(double[] initialVelocity, GeodesicPath path, double residual, int iterations,
                           int continuationStages) {
    }

    /** log_x(y) and the geodesic that realises it. */
    public static Solution solve(RiemannianMetric metric, double[] x, double[] y) {
        double[] guess = subtract(y, x);
        GeodesicFailure last = null;
        for (int stages = 1; stages <= MAX_CONTINUATION_STAGES; stages *= 2) {
            try {
                return solveInStages(metric, x, y, guess, stages);
            } catch (GeodesicFailure e) {
                last = e;
            }
        }
        throw new GeodesicFailure("shooting did not converge from " + Arrays.toString(x) + " to "
                + Arrays.toString(y) + " even with " + MAX_CONTINUATION_STAGES + " continuation stages ("
                + last.getMessage() + ")");
    }

    private static Solution solveInStages(RiemannianMetric metric, double[] x, double[] y, double[] guess,
                                          int stages) {
        double[] v = guess.clone();
        int iterations = 0;
        Solution solution = null;
        for (int s = 1; s <= stages; s++) {
            double fraction = (double) s / stages;
            double[] target = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                target[i] = x[i] + fraction * (y[i] - x[i]);
            }
            if (s == 1) {
                v = scale(guess, fraction);
            } else {
                v = scale(v, fraction / ((double) (s - 1) / stages));
            }
            solution = newton(metric, x, target, v);
            v = solution.initialVelocity();
            iterations += solution.iterations();
        }
        return new Solution(solution.initialVelocity(), solution.path(), solution.residual(), iterations, stages);
    }

    private static Solution newton(RiemannianMetric metric, double[] x, double[] target, double[] v0) {
        int n = x.length;
        double[] v = v0.clone();
        GeodesicPath path = ExponentialMap.shoot(metric, x, v);
        double[] mismatch = subtract(path.end(), target);
        double residual = norm(metric, target, mismatch);
        for (int iteration = 1; iteration <= MAX_NEWTON_ITERATIONS; iteration++) {
            double scale = Math.max(1, path.length());
            if (residual <= TARGET_RESIDUAL * scale) {
                return new Solution(v, path, residual, iteration - 1, 1);
            }
            double[][] jacobian = jacobian(metric, x, v);
            double[] step = Matrices.solve(jacobian, mismatch);
            boolean improved = false;
            double lambda = 1;
            for (int h = 0; h < MAX_LINE_SEARCH_HALVINGS && !improved; h++, lambda /= 2) {
                double[] candidate = new double[n];
                for (int i = 0; i < n; i++) {
                    candidate[i] = v[i] - lambda * step[i];
                }
                try {
                    GeodesicPath candidatePath = ExponentialMap.shoot(metric, x, candidate);
                    double[] candidateMismatch = subtract(candidatePath.end(), target);
                    double candidateResidual = norm(metric, target, candidateMismatch);
                    if (candidateResidual < residual) {
                        v = candidate;
                        path = candidatePath;
                        mismatch = candidateMismatch;
                        residual = candidateResidual;
                        improved = true;
                    }
                } catch (GeodesicFailure leftDomain) {
                    // Too long a step: halve it.
                }
            }
            if (!improved) {
                if (residual <= ACCEPTABLE_RESIDUAL * scale) {
                    return new Solution(v, path, residual, iteration, 1);
                }
                throw new GeodesicFailure("Newton stalled with end-point residual " + residual);
            }
        }
        if (residual <= ACCEPTABLE_RESIDUAL * Math.max(1, path.length())) {
            return new Solution(v, path, residual, MAX_NEWTON_ITERATIONS, 1);
        }
        throw new GeodesicFailure("Newton did not converge in " + MAX_NEWTON_ITERATIONS
                + " iterations (residual " + residual + ")");
    }

    private static double[][] jacobian(RiemannianMetric metric, double[] x, double[] v) {
        int n = x.length;
        double[][] jacobian = new double[n][n];
        double size = Math.max(Math.sqrt(dot(v, v)), 1e-8);
        for (int j = 0; j < n; j++) {
            double h = JACOBIAN_STEP * size;
            double[] plus = v.clone();
            double[] minus = v.clone();
            plus[j] += h;
            minus[j] -= h;
            double[] endPlus = ExponentialMap.shoot(metric, x, plus).end();
            double[] endMinus = ExponentialMap.shoot(metric, x, minus).end();
            for (int i = 0; i < n; i++) {
                jacobian[i][j] = (endPlus[i] - endMinus[i]) / (2 * h);
            }
        }
        return jacobian;
    }

    private static double norm(RiemannianMetric metric, double[] at, double[] v) {
        return Math.sqrt(Math.max(0, metric.squaredNorm(at, v)));
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }

    private static double[] scale(double[] a, double f) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] * f;
        }
        return r;
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
