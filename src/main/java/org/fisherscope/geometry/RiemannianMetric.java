package org.fisherscope.geometry;

/**
 * A Riemannian metric written in one chart: an open set of R^n with a symmetric positive-definite
 * matrix g(x) at every point. Everything else the engine needs (Christoffel symbols, geodesics,
 * curvature) follows from {@link #metric} and, when a family knows it in closed form,
 * {@link #metricDerivative}.
 */
public interface RiemannianMetric {

    /** Dimension n of the chart. */
    int dimension();

    /** Whether x lies in the open domain where the metric is defined and positive definite. */
    boolean contains(double[] x);

    /** The metric tensor g_ij(x), an n × n symmetric positive-definite matrix. */
    double[][] metric(double[] x);

    /**
     * Partial derivatives of the metric, {@code d[l][i][j] = ∂g_ij/∂x_l}. The default differences
     * the metric numerically ({@link MetricCalculus#differentiate}); families override it with the
     * analytic derivative when they have one.
     */
    default double[][][] metricDerivative(double[] x) {
        return MetricCalculus.differentiate(this::metric, this::contains, x);
    }

    /**
     * Christoffel symbols of the second kind of the Levi-Civita connection,
     * {@code gamma[k][i][j] = Γ^k_ij = ½ g^{kl}(∂_i g_lj + ∂_j g_li − ∂_l g_ij)}.
     */
    default double[][][] christoffel(double[] x) {
        return MetricCalculus.christoffel(metric(x), metricDerivative(x));
    }

    /**
     * Whether chart coordinate i is positive everywhere in the domain (a shape, scale or standard
     * deviation). The logarithm map measures its Newton mismatch in ln x_i for such coordinates: near
     * a zero boundary the geodesic's end point depends roughly exponentially on its initial velocity,
     * and Newton on the logarithm of an exponential takes full steps where Newton on the exponential
     * itself creeps by one e-fold per step.
     */
    default boolean isPositiveCoordinate(int i) {
        return false;
    }

    /**
     * The geodesic acceleration a^k = −Γ^k_ij v^i v^j at x, written into {@code out}: the right-hand
     * side of the geodesic equation, evaluated thousands of times per geodesic. The default contracts
     * {@link #christoffel}; families override it with allocation-free closed forms (each override is
     * tested against this contraction).
     */
    default void geodesicAcceleration(double[] x, double[] v, double[] out) {
        double[][][] gamma = christoffel(x);
        int n = v.length;
        for (int k = 0; k < n; k++) {
            double sum = 0;
            for (int i = 0; i < n; i++) {
                double row = 0;
                for (int j = 0; j < n; j++) {
                    row += gamma[k][i][j] * v[j];
                }
                sum += row * v[i];
            }
            out[k] = -sum;
        }
    }

    /** The squared length g_ij v^i v^j of a tangent vector v at x. */
    default double squaredNorm(double[] x, double[] v) {
        double[][] g = metric(x);
        double sum = 0;
        for (int i = 0; i < v.length; i++) {
            for (int j = 0; j < v.length; j++) {
                sum += g[i][j] * v[i] * v[j];
            }
        }
        return sum;
    }
}
