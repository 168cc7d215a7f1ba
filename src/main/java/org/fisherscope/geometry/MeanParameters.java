package org.fisherscope.geometry;

/**
 * Inverts the mean map η = ∇ψ(θ) of an exponential family by damped Newton iteration: ψ is strictly
 * convex, so the Hessian g(θ) is positive definite and each step θ ← θ − g⁻¹(∇ψ − η) decreases
 * ψ(θ) − θ·η; steps are halved whenever they leave the domain or fail to decrease it.
 */
public final class MeanParameters {

    /**
     * Relative gradient mismatch still accepted if the iteration budget runs out; otherwise Newton runs
     * to its rounding floor, since the map can be ill-conditioned (Gamma at large shape).
     */
    static final double TOLERANCE = 1e-13;
    /**
     * A full Newton step smaller than this (relative) is the last one needed: convergence is
     * quadratic, so the error after it is of order its square, below rounding.
     */
    private static final double QUADRATIC_FINISH = 1e-8;
    private static final int MAX_ITERATIONS = 200;
    private static final int MAX_HALVINGS = 60;

    private MeanParameters() {
    }

    /**
     * Chart coordinates whose mean parameters are η, starting from the chart point {@code start}.
     *
     * @param family the family (its chart domain decides which θ are allowed)
     */
    public static <F extends StatisticalFamily & ExponentialFamily> double[] invert(F family, double[] eta,
                                                                                    double[] start) {
        double[] theta = family.naturalParameters(start);
        double objective = family.logPartition(theta) - dot(theta, eta);
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double[] gradient = subtract(family.meanParameters(theta), eta);
            if (norm(gradient) == 0) {
                return family.chartFromNatural(theta);
            }
            double[] step = Matrices.solve(family.secondCumulants(theta), gradient);
            boolean lastStep = norm(step) <= QUADRATIC_FINISH * (1 + norm(theta));
            double lambda = 1;
            boolean moved = false;
            for (int h = 0; h < MAX_HALVINGS && !moved; h++, lambda /= 2) {
                double[] candidate = new double[theta.length];
                for (int i = 0; i < theta.length; i++) {
                    candidate[i] = theta[i] - lambda * step[i];
                }
                if (!family.contains(family.chartFromNatural(candidate))) {
                    continue;
                }
                double value = family.logPartition(candidate) - dot(candidate, eta);
                // Near the solution the objective's decrease drowns in its rounding; the gradient's
                // norm still measures progress there.
                if (value < objective || lastStep
                        || norm(subtract(family.meanParameters(candidate), eta)) < norm(gradient)) {
                    theta = candidate;
                    objective = value;
                    moved = true;
                }
            }
            if (!moved || lastStep) {
                return family.chartFromNatural(theta);
            }
        }
        if (norm(subtract(family.meanParameters(theta), eta)) <= TOLERANCE * Math.max(1, norm(eta))) {
            return family.chartFromNatural(theta);
        }
        throw new InvalidInputException("could not find the distribution with mean parameters "
                + java.util.Arrays.toString(eta) + " in the " + family.name() + " family");
    }

    private static double dot(double[] a, double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }

    private static double norm(double[] a) {
        return Math.sqrt(dot(a, a));
    }

    private static double[] subtract(double[] a, double[] b) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] - b[i];
        }
        return r;
    }
}
