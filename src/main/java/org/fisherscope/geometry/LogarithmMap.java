package org.fisherscope.geometry;

import java.util.Arrays;

/**
 * The logarithm map by shooting: finds the initial velocity v with exp_x(v) = y by damped Newton
 * iteration on the end-point mismatch. The Jacobian of the end point is taken by central differences
 * once and then kept current by Broyden's rank-one updates; it is recomputed whenever a step fails.
 *
 * <p>The mismatch Newton drives to zero is measured in ln x_i for coordinates that are positive
 * throughout the domain ({@link RiemannianMetric#isPositiveCoordinate}): near such a boundary the
 * end point moves roughly exponentially with the initial velocity, and Newton on the plain mismatch
 * then creeps one e-fold per step (Beta (0.5, 2) → (4, 1): 11 steps with the plain mismatch, 6 with
 * the logarithmic one). The integration itself stays in the family's chart.
 *
 * <p>Cost and robustness come from four choices. Newton first runs on cheap, loosely integrated
 * shots ({@link #LOOSE}) and switches to the full tolerance only for the last digits. Each step is
 * limited to a trust region in the metric at x and halved until the mismatch decreases. The first
 * guess can come from the caller (e.g. the average of the e- and m-geodesic directions). And when
 * all that fails the target is walked in from x along the chart segment in 2, 4, 8, … stages, each
 * warm-started from the previous stage's velocity; and if even that fails, the problem is solved
 * from the other end and the reversed geodesic's velocity seeds a last Newton run, so convergence
 * does not depend on luck.
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
    /**
     * Relative tolerance of the cheap shots used while far from the solution; 1e-7 needed 30 % fewer
     * right-hand-side evaluations than 1e-9 on the Beta and Gamma benchmarks, for the same answer.
     */
    static final double LOOSE = 1e-7;
    /**
     * Relative tolerance of the shots while the residual is above {@link #COARSE_RESIDUAL}: 20 % fewer
     * evaluations on the Beta and Gamma benchmarks than loose shots throughout, same Newton steps.
     */
    static final double COARSE = 1e-5;
    static final double COARSE_RESIDUAL = 1e-2;
    /** Below this relative residual the loose shots are no longer accurate enough: switch to the full tolerance. */
    static final double SWITCH_RESIDUAL = 1e-5;
    /**
     * The first Newton step may change |v|_g by at most this fraction (plus {@link #MIN_TRUST}); the
     * trust region then grows after clear successes and shrinks to the steps the line search accepts.
     */
    private static final double TRUST_FRACTION = 0.75;
    private static final double MIN_TRUST = 0.5;
    /** A step that keeps more than this share of the residual triggers a fresh Jacobian. */
    private static final double SLOW_PROGRESS = 0.25;
    private static final int MAX_NEWTON_ITERATIONS = 40;
    /** Loose iterations after which the full tolerance takes over anyway. */
    private static final int MAX_LOOSE_ITERATIONS = 15;
    private static final int MAX_LINE_SEARCH_HALVINGS = 12;
    private static final int MAX_CONTINUATION_STAGES = 64;
    /**
     * Relative step of the forward-difference Jacobian. Smaller than √(loose tolerance) on purpose:
     * measured on Beta and Gamma, a tighter step costs fewer Newton steps than the noise it lets in.
     */
    private static final double JACOBIAN_STEP = 3e-5;

    private LogarithmMap() {
    }

    /** The solved boundary-value problem. */
    public record Solution(double[] initialVelocity, GeodesicPath path, double residual, int iterations,
                           int continuationStages) {
    }

    /** log_x(y) from the straight-line guess v = y − x. */
    public static Solution solve(RiemannianMetric metric, double[] x, double[] y) {
        return solve(metric, x, y, subtract(y, x));
    }

    /** log_x(y) from a first guess of the initial velocity. */
    public static Solution solve(RiemannianMetric metric, double[] x, double[] y, double[] guess) {
        try {
            return solveWithContinuation(metric, x, y, guess);
        } catch (GeodesicFailure forward) {
            // Shooting can be much easier from the other end (e.g. out of an ill-conditioned corner):
            // solve y → x, and start again from minus that geodesic's final velocity.
            Solution reverse;
            try {
                reverse = solveWithContinuation(metric, y, x, subtract(x, y));
            } catch (GeodesicFailure backward) {
                throw forward;
            }
            double[] flipped = scale(reverse.path().velocityAt(1), -1);
            Solution solution = solveInStages(metric, x, y, flipped, 1);
            return new Solution(solution.initialVelocity(), solution.path(), solution.residual(),
                    reverse.iterations() + solution.iterations(), reverse.continuationStages());
        }
    }

    private static Solution solveWithContinuation(RiemannianMetric metric, double[] x, double[] y, double[] guess) {
        RuntimeException last = null;
        for (int stages = 1; stages <= MAX_CONTINUATION_STAGES; stages *= 2) {
            try {
                return solveInStages(metric, x, y, stages == 1 ? guess : subtract(y, x), stages);
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
        GeodesicPath last = null;
        for (int s = 1; s <= stages; s++) {
            double fraction = (double) s / stages;
            double[] target = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                target[i] = x[i] + fraction * (y[i] - x[i]);
            }
            v = s == 1 ? scale(guess, fraction) : scale(v, fraction / ((double) (s - 1) / stages));
            Newton newton = new Newton(metric, x, target);
            v = newton.solve(v);
            iterations += newton.iterations;
            last = newton.path;
        }
        GeodesicPath path = last != null ? last : ExponentialMap.shoot(metric, x, v);
        double residual = norm(metric, y, subtract(path.end(), y));
        if (!(residual <= ACCEPTABLE_RESIDUAL * Math.max(1, path.length()))) {
            throw new GeodesicFailure("the converged geodesic misses its end point by " + residual);
        }
        return new Solution(v, path, residual, iterations, stages);
    }

    /** Newton's method for one target, with loose-then-tight shots, a trust region and a line search. */
    private static final class Newton {
        private final RiemannianMetric metric;
        private final double[] x;
        private final double[] target;
        private double tolerance = LOOSE;
        private double[] mismatch;
        private double residual;
        private GeodesicPath path;
        private double trust = Double.NaN;
        private int iterations;
        private final boolean[] positive;

        Newton(RiemannianMetric metric, double[] x, double[] target) {
            this.metric = metric;
            this.x = x;
            this.target = target;
            this.positive = new boolean[x.length];
            for (int i = 0; i < x.length; i++) {
                positive[i] = metric.isPositiveCoordinate(i);
            }
        }

        double[] solve(double[] v0) {
            double[] v = v0.clone();
            evaluate(v);
            double[][] jacobian = null;
            boolean fresh = false;
            while (iterations < MAX_NEWTON_ITERATIONS) {
                double scale = Math.max(1, Math.sqrt(metric.squaredNorm(x, v)));
                if (tolerance == LOOSE && (residual <= SWITCH_RESIDUAL * scale || iterations >= MAX_LOOSE_ITERATIONS)) {
                    tolerance = ExponentialMap.RELATIVE_TOLERANCE;
                    evaluate(v);
                    // A fresh Jacobian for the last digits: Broyden's may lag behind by now.
                    jacobian = null;
                    continue;
                }
                if (tolerance < LOOSE && residual <= TARGET_RESIDUAL * scale) {
                    return v;
                }
                iterations++;
                if (jacobian == null) {
                    jacobian = jacobian(v);
                    fresh = true;
                }
                double[] step;
                try {
                    step = Matrices.solve(jacobian, mismatch);
                } catch (InvalidInputException singular) {
                    if (!fresh) {
                        jacobian = null;
                        continue;
                    }
                    throw new GeodesicFailure("the shooting Jacobian is singular (conjugate point or lost path)");
                }
                double[] oldMismatch = mismatch;
                double[] accepted = lineSearch(v, step);
                if (accepted == null) {
                    if (!fresh) {
                        jacobian = null;
                        continue;
                    }
                    if (tolerance == LOOSE) {
                        // The loose shots' own error is the floor (ill-conditioned metrics): go tight.
                        tolerance = ExponentialMap.RELATIVE_TOLERANCE;
                        evaluate(v);
                        jacobian = null;
                        continue;
                    }
                    if (tolerance < LOOSE && residual <= ACCEPTABLE_RESIDUAL * scale) {
                        return v;
                    }
                    throw new GeodesicFailure("Newton stalled with end-point residual " + residual);
                }
                broyden(jacobian, subtract(accepted, v), subtract(mismatch, oldMismatch));
                fresh = false;
                if (residual > SLOW_PROGRESS * norm(metric, target, linearised(oldMismatch))) {
                    // Broyden is lagging behind the curvature of the shooting map: difference afresh.
                    jacobian = null;
                }
                v = accepted;
            }
            if (residual <= ACCEPTABLE_RESIDUAL * Math.max(1, Math.sqrt(metric.squaredNorm(x, v)))) {
                return v;
            }
            throw new GeodesicFailure("Newton did not converge in " + MAX_NEWTON_ITERATIONS
                    + " iterations (residual " + residual + ")");
        }

        /**
         * Tries v − λ·step from the trust-region length down by halving; returns the first candidate that
         * lowers the residual (leaving its mismatch in place), or null.
         */
        private double[] lineSearch(double[] v, double[] step) {
            double stepNorm = Math.sqrt(Math.max(0, metric.squaredNorm(x, step)));
            if (Double.isNaN(trust)) {
                trust = TRUST_FRACTION * Math.sqrt(metric.squaredNorm(x, v)) + MIN_TRUST;
            }
            double lambda = stepNorm > trust ? trust / stepNorm : 1;
            double previous = residual;
            double[] previousMismatch = mismatch;
            GeodesicPath previousPath = path;
            for (int h = 0; h < MAX_LINE_SEARCH_HALVINGS; h++, lambda /= 2) {
                double[] candidate = new double[v.length];
                for (int i = 0; i < v.length; i++) {
                    candidate[i] = v[i] - lambda * step[i];
                }
                try {
                    evaluate(candidate);
                    if (residual < previous) {
                        // Grow the trust region after a full, clearly successful step; else fit it to the step taken.
                        trust = h == 0 && residual < 0.5 * previous ? 2 * Math.max(trust, lambda * stepNorm)
                                : lambda * stepNorm;
                        return candidate;
                    }
                } catch (GeodesicFailure leftDomain) {
                    // Too long a step: halve it.
                }
            }
            residual = previous;
            mismatch = previousMismatch;
            path = previousPath;
            return null;
        }

        /**
         * Broyden's rank-one update J += (Δf − J·Δv)Δvᵀ/(Δv·Δv): the Jacobian follows the iterates for the
         * price of the shot already made, instead of 2n new ones.
         */
        private static void broyden(double[][] jacobian, double[] dv, double[] df) {
            double denominator = dot(dv, dv);
            if (denominator == 0) {
                return;
            }
            double[] predicted = Matrices.multiply(jacobian, dv);
            for (int i = 0; i < jacobian.length; i++) {
                double factor = (df[i] - predicted[i]) / denominator;
                for (int j = 0; j < dv.length; j++) {
                    jacobian[i][j] += factor * dv[j];
                }
            }
        }

        /**
         * While the mismatch is still large, shots far coarser than {@link #LOOSE} steer Newton just as
         * well and cost fewer steps.
         */
        private double looseTolerance() {
            return residual > COARSE_RESIDUAL ? COARSE : LOOSE;
        }

        /** Shoots v: loosely while far off, else at full tolerance with dense output kept for the answer. */
        private void evaluate(double[] v) {
            double[] end;
            if (tolerance == LOOSE) {
                path = null;
                end = ExponentialMap.endPoint(metric, x, v, looseTolerance());
            } else {
                path = ExponentialMap.shoot(metric, x, v);
                end = path.end();
            }
            mismatch = shootingMismatch(end);
            residual = norm(metric, target, linearised(mismatch));
            if (Boolean.getBoolean("dbg")) System.out.println("   eval tol=" + tolerance + " it=" + iterations + " v=" + Arrays.toString(v) + " r=" + residual);
        }

        /**
         * End point minus target in the shooting coordinates: ln x_i for positive coordinates (see
         * {@link RiemannianMetric#isPositiveCoordinate}), x_i otherwise.
         */
        private double[] shootingMismatch(double[] end) {
            double[] m = new double[end.length];
            for (int i = 0; i < end.length; i++) {
                if (positive[i]) {
                    if (!(end[i] > 0)) {
                        throw new GeodesicFailure("the geodesic leaves the parameter domain");
                    }
                    m[i] = Math.log(end[i] / target[i]);
                } else {
                    m[i] = end[i] - target[i];
                }
            }
            return m;
        }

        /** A shooting-coordinate mismatch as a chart vector at the target (x·δln x = δx to first order). */
        private double[] linearised(double[] m) {
            double[] d = m.clone();
            for (int i = 0; i < d.length; i++) {
                if (positive[i]) {
                    d[i] *= target[i];
                }
            }
            return d;
        }

        /** Forward differences of loose shots around v (n shots; Broyden refines the rest). */
        private double[][] jacobian(double[] v) {
            int n = x.length;
            double[][] jacobian = new double[n][n];
            double[] base = shootingMismatch(ExponentialMap.endPoint(metric, x, v, looseTolerance()));
            double size = Math.max(Math.sqrt(dot(v, v)), 1e-8);
            for (int j = 0; j < n; j++) {
                double h = JACOBIAN_STEP * size;
                double[] plus = v.clone();
                plus[j] += h;
                double[] end = shootingMismatch(ExponentialMap.endPoint(metric, x, plus, looseTolerance()));
                for (int i = 0; i < n; i++) {
                    jacobian[i][j] = (end[i] - base[i]) / h;
                }
            }
            return jacobian;
        }
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
