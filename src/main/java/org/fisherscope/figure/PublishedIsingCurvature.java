package org.fisherscope.figure;

import java.util.ArrayList;
import java.util.List;
import org.fisherscope.ising.CurvaturePoint;

/**
 * The published |R| of the 2D Ising per-bond Fisher manifold at K_c (arXiv 2603.07651, as in REFERENCE.md):
 * exact transfer-matrix values for L = 3…9 and Monte Carlo values with their errors for L = 10…20. Drawn as the
 * optional reference layer of the scaling figure, and compared with exact points computed here.
 */
public final class PublishedIsingCurvature {

    public static final int[] EXACT_L = {3, 4, 5, 6, 7, 8, 9};
    public static final double[] EXACT_ABS_R = {105.64, 265.31, 446.24, 671.25, 945.53, 1272.14, 1653.34};
    public static final int[] MONTE_CARLO_L = {10, 12, 14, 16, 18, 20};
    public static final double[] MONTE_CARLO_ABS_R = {2091.94, 3145.46, 4441.23, 5999.40, 7782.04, 9785.26};
    public static final double[] MONTE_CARLO_ERROR = {3, 2, 3, 10, 30, 50};
    /** The published exact values are rounded to two decimals: half a unit in the last place. */
    public static final double EXACT_ROUNDING = 0.005;

    /** Published values hold at K_c only; a computed point counts as critical within this (K is a full double). */
    private static final double CRITICAL_MATCH = 1e-12;

    /**
     * One published value beside the exact value computed here at the same L.
     *
     * @param size L
     * @param published the paper's |R|
     * @param error the paper's ± error for Monte Carlo, {@link #EXACT_ROUNDING} for its exact values
     * @param monteCarlo whether the published value was sampled
     * @param exact |R| computed here exactly
     */
    public record Comparison(int size, double published, double error, boolean monteCarlo, double exact) {

        /** published − exact, in units of the published error: how many error bars sampling is off. */
        public double deviation() {
            return (published - exact) / error;
        }

        /** (published − exact)/exact. */
        public double relative() {
            return (published - exact) / exact;
        }
    }

    private PublishedIsingCurvature() {
    }

    /**
     * Every published value whose L has an exact point at K_c among {@code points}; Monte Carlo and inexact points
     * are skipped (only exact numbers can judge the sampled ones). In order of L.
     */
    public static List<Comparison> compare(List<CurvaturePoint> points) {
        List<Comparison> out = new ArrayList<>();
        for (int i = 0; i < EXACT_L.length; i++) {
            int l = EXACT_L[i];
            double published = EXACT_ABS_R[i];
            exactAt(points, l).ifPresent(r -> out.add(new Comparison(l, published, EXACT_ROUNDING, false, r)));
        }
        for (int i = 0; i < MONTE_CARLO_L.length; i++) {
            int l = MONTE_CARLO_L[i];
            double published = MONTE_CARLO_ABS_R[i];
            double error = MONTE_CARLO_ERROR[i];
            exactAt(points, l).ifPresent(r -> out.add(new Comparison(l, published, error, true, r)));
        }
        return out;
    }

    private static java.util.Optional<Double> exactAt(List<CurvaturePoint> points, int size) {
        return points.stream().filter(p -> p.size() == size && p.exact()
                        && Math.abs(p.coupling() - IsingLatticePanel.CRITICAL) < CRITICAL_MATCH)
                .map(p -> Math.abs(p.r())).findFirst();
    }
}
