package org.fisherscope.figure;

/**
 * The published |R| of the 2D Ising per-bond Fisher manifold at K_c (arXiv 2603.07651, as in REFERENCE.md):
 * exact transfer-matrix values for L = 3…9 and Monte Carlo values with their errors for L = 10…20. Drawn as the
 * optional reference layer of the scaling figure.
 */
public final class PublishedIsingCurvature {

    public static final int[] EXACT_L = {3, 4, 5, 6, 7, 8, 9};
    public static final double[] EXACT_ABS_R = {105.64, 265.31, 446.24, 671.25, 945.53, 1272.14, 1653.34};
    public static final int[] MONTE_CARLO_L = {10, 12, 14, 16, 18, 20};
    public static final double[] MONTE_CARLO_ABS_R = {2091.94, 3145.46, 4441.23, 5999.40, 7782.04, 9785.26};
    public static final double[] MONTE_CARLO_ERROR = {3, 2, 3, 10, 30, 50};

    private PublishedIsingCurvature() {
    }
}
