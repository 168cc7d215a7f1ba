package org.fisherscope.geometry.family;

import java.util.ArrayList;
import java.util.List;
import org.fisherscope.geometry.ClosedFormDivergence;
import org.fisherscope.geometry.ClosedFormGeodesics;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.StatisticalFamily;

/**
 * The multivariate normal family N(μ, Σ) in d dimensions, named {@code mvnormal:d=D}, with its full
 * Fisher metric ds² = dμᵀΣ⁻¹dμ + ½ tr(Σ⁻¹dΣ Σ⁻¹dΣ). The metric is not a product: the Σ block does
 * not depend on μ, but the μ block depends on Σ.
 *
 * <p>Parameters and chart are the same: mu1..muD, then the upper triangle of Σ row by row, s11, s12,
 * …, s1D, s22, …, sDD (variances and covariances, so {@code mvnormal:d=1} takes a variance where
 * {@code normal} takes σ). A chart coordinate s_ij with i &lt; j moves both Σ_ij and Σ_ji. Σ must be
 * positive definite; there is no boundary to allow.
 *
 * <p>Closed forms cover d = 1 (the normal family with σ = √v) and pairs with equal means, whose
 * submanifold is totally geodesic: d = √(½ Σ_k ln² λ_k(Σ₀⁻¹Σ₁)) and
 * Σ(t) = Σ₀^{½}(Σ₀^{−½}Σ₁Σ₀^{−½})^t Σ₀^{½}. Other pairs need the numerical solver.
 */
public final class MultivariateNormalFamily implements StatisticalFamily, ClosedFormGeodesics, ClosedFormDivergence {

    /** Largest d accepted: the chart already has d + d(d+1)/2 = 44 coordinates at d = 8. */
    public static final int MAX_DIMENSION = 8;
    /**
     * Each Cholesky pivot (the variance of x_j given x_1..x_{j−1}) must exceed this fraction of s_jj.
     * Below it, rounding in the entries (~1e-16 relative) moves Σ⁻¹ by 1e-4 relative or more, and the
     * matrix cannot be told from a singular one.
     */
    static final double POSITIVE_DEFINITE_MARGIN = 1e-12;
    /**
     * Means whose difference has Mahalanobis length (under either covariance) at most this count as
     * equal for the closed form; the distance it ignores is of that order, far below 1e-9.
     */
    static final double EQUAL_MEANS_TOLERANCE = 1e-12;

    private final int d;
    /** Row and column (0-based, row ≤ column) of each covariance coordinate, in chart order. */
    private final int[] rows;
    private final int[] cols;
    private final NormalFamily normal = new NormalFamily();

    public MultivariateNormalFamily(int d) {
        if (d < 1 || d > MAX_DIMENSION) {
            throw new InvalidInputException("mvnormal: d must be a whole number from 1 to " + MAX_DIMENSION
                    + " (the chart has d + d(d+1)/2 coordinates), got d = " + d);
        }
        this.d = d;
        int m = d * (d + 1) / 2;
        rows = new int[m];
        cols = new int[m];
        int k = 0;
        for (int i = 0; i < d; i++) {
            for (int j = i; j < d; j++) {
                rows[k] = i;
                cols[k] = j;
                k++;
            }
        }
    }

    /** Dimension d of the data (not of the chart). */
    public int dataDimension() {
        return d;
    }

    /** {@code mvnormal:d=D} with the number, e.g. {@code mvnormal:d=2}. */
    @Override
    public String name() {
        return "mvnormal:d=" + d;
    }

    @Override
    public List<String> parameterNames() {
        List<String> names = new ArrayList<>(dimension());
        for (int i = 1; i <= d; i++) {
            names.add("mu" + i);
        }
        for (int k = 0; k < rows.length; k++) {
            names.add("s" + (rows[k] + 1) + (cols[k] + 1));
        }
        return names;
    }

    @Override
    public int dimension() {
        return d + rows.length;
    }

    @Override
    public String metricDescription() {
        return "ds² = dμᵀΣ⁻¹dμ + ½ tr(Σ⁻¹dΣΣ⁻¹dΣ) (the Fisher metric, not a product metric); parameters are"
                + " means, then variances and covariances s_ij (i ≤ j); closed form for d = 1 and for equal"
                + " means, d = √(½ Σ ln² λ_k(Σ₀⁻¹Σ₁)); d = 1 has R = −1 like the normal family (unit sphere: R = +2)";
    }

    // --- domain -----------------------------------------------------------------------------------

    @Override
    public double[] checkParameters(double[] p, boolean allowBoundary) {
        List<String> names = parameterNames();
        if (p.length != dimension()) {
            throw new InvalidInputException(name() + " takes " + dimension() + " parameters (" + String.join(", ", names)
                    + "), got " + p.length);
        }
        for (int i = 0; i < p.length; i++) {
            if (!Double.isFinite(p[i])) {
                throw new InvalidInputException("mvnormal: " + names.get(i) + " must be a finite number, got " + p[i]);
            }
        }
        for (int i = 0; i < d; i++) {
            double variance = p[d + index(i, i)];
            if (variance <= 0) {
                throw new InvalidInputException("mvnormal: " + names.get(d + index(i, i))
                        + " is a variance and must be > 0, got " + variance);
            }
        }
        double[][] sigma = covariance(p);
        if (SymmetricMatrices.cholesky(sigma, POSITIVE_DEFINITE_MARGIN) == null) {
            throw new InvalidInputException(notPositiveDefinite(sigma));
        }
        // Positive definiteness is an open condition: no boundary point is ever accepted.
        return p.clone();
    }

    private String notPositiveDefinite(double[][] sigma) {
        String prefix = "mvnormal: the covariance must be positive definite; ";
        if (d == 2) {
            double det = sigma[0][0] * sigma[1][1] - sigma[0][1] * sigma[0][1];
            return prefix + "s11·s22 − s12² = " + det + (det <= 0 ? " ≤ 0"
                    : " is zero within rounding (|s12| too close to √(s11·s22))");
        }
        double smallest = Double.POSITIVE_INFINITY;
        double largest = Double.NEGATIVE_INFINITY;
        for (double lambda : SymmetricMatrices.eigenvalues(sigma)) {
            smallest = Math.min(smallest, lambda);
            largest = Math.max(largest, lambda);
        }
        return prefix + "it has eigenvalue " + smallest + (smallest <= 0 ? " ≤ 0"
                : ", zero within rounding next to the largest eigenvalue " + largest);
    }

    /** The variances s_ii are positive in the whole domain (Σ positive definite); means and covariances are not. */
    @Override
    public boolean isPositiveCoordinate(int i) {
        if (i < d) {
            return false;
        }
        return rows[i - d] == cols[i - d];
    }

    @Override
    public boolean contains(double[] x) {
        for (double v : x) {
            if (!Double.isFinite(v)) {
                return false;
            }
        }
        return SymmetricMatrices.cholesky(covariance(x), POSITIVE_DEFINITE_MARGIN) != null;
    }

    // --- metric -----------------------------------------------------------------------------------

    @Override
    public double[][] metric(double[] x) {
        double[][] precision = SymmetricMatrices.inverseSpd(covariance(x));
        int n = dimension();
        double[][] g = new double[n][n];
        for (int a = 0; a < d; a++) {
            System.arraycopy(precision[a], 0, g[a], 0, d);
        }
        // The μ–Σ cross terms vanish: the score in μ is odd in x − μ, the score in Σ even.
        for (int k = 0; k < rows.length; k++) {
            for (int l = k; l < rows.length; l++) {
                double value = 0.5 * trace(precision, k, precision, l);
                g[d + k][d + l] = value;
                g[d + l][d + k] = value;
            }
        }
        return g;
    }

    /**
     * Analytic ∂g from ∂Σ⁻¹ = −Σ⁻¹ ∂Σ Σ⁻¹: with D = Σ⁻¹ E_m Σ⁻¹ for the coordinate m,
     * ∂_m g_μμ = −D and ∂_m ½tr(Σ⁻¹E_kΣ⁻¹E_l) = −½[tr(D E_k Σ⁻¹ E_l) + tr(Σ⁻¹ E_k D E_l)].
     * Nothing depends on μ.
     */
    @Override
    public double[][][] metricDerivative(double[] x) {
        double[][] precision = SymmetricMatrices.inverseSpd(covariance(x));
        int n = dimension();
        double[][][] dg = new double[n][n][n];
        for (int m = 0; m < rows.length; m++) {
            double[][] dm = new double[d][d];
            for (int r = 0; r < d; r++) {
                for (int c = 0; c < d; c++) {
                    dm[r][c] = precision[r][rows[m]] * precision[cols[m]][c]
                            + (rows[m] == cols[m] ? 0 : precision[r][cols[m]] * precision[rows[m]][c]);
                }
            }
            double[][] slice = dg[d + m];
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    slice[a][b] = -dm[a][b];
                }
            }
            for (int k = 0; k < rows.length; k++) {
                for (int l = k; l < rows.length; l++) {
                    double value = -0.5 * (trace(dm, k, precision, l) + trace(precision, k, dm, l));
                    slice[d + k][d + l] = value;
                    slice[d + l][d + k] = value;
                }
            }
        }
        return dg;
    }

    /**
     * Analytic Christoffel symbols, read off the geodesic equations μ̈ = Σ̇Σ⁻¹μ̇ and
     * Σ̈ = Σ̇Σ⁻¹Σ̇ − μ̇μ̇ᵀ (Skovgaard 1984) by polarisation: for chart directions u = (a, A) and
     * w = (b, B), Γ(u, w) has mean part −½(AΣ⁻¹b + BΣ⁻¹a) and covariance part
     * ½(abᵀ + baᵀ) − ½(AΣ⁻¹B + BΣ⁻¹A), whose upper triangle is its chart components.
     *
     * <p>Besides being exact, this never inverts g. The generic route does, and g's entries span
     * 1/v (means) to 1/v² (variances), so a diagonal covariance such as diag(1e-4, 1) already
     * defeats a product-of-pivots singularity test on g while Σ itself is perfectly conditioned.
     */
    @Override
    public double[][][] christoffel(double[] x) {
        double[][] precision = SymmetricMatrices.inverseSpd(covariance(x));
        int n = dimension();
        double[][][] gamma = new double[n][n][n];
        for (int i = 0; i < n; i++) {
            for (int j = i; j < n; j++) {
                double[] value = gammaOf(precision, i, j);
                for (int k = 0; k < n; k++) {
                    gamma[k][i][j] = value[k];
                    gamma[k][j][i] = value[k];
                }
            }
        }
        return gamma;
    }

    /** Γ(e_i, e_j) in chart components, for chart basis directions i ≤ j. */
    private double[] gammaOf(double[][] precision, int i, int j) {
        double[] value = new double[dimension()];
        if (j < d) {
            // Two mean directions: covariance part ½(e_i e_jᵀ + e_j e_iᵀ).
            int k = index(Math.min(i, j), Math.max(i, j));
            value[d + k] = i == j ? 1 : 0.5;
        } else if (i < d) {
            // Mean direction e_i, covariance direction E_m: mean part −½ E_m Σ⁻¹ e_i.
            double[][] e = elementaryMatrix(j - d);
            for (int r = 0; r < d; r++) {
                double sum = 0;
                for (int c = 0; c < d; c++) {
                    sum += e[r][c] * precision[c][i];
                }
                value[r] = -0.5 * sum;
            }
        } else {
            // Two covariance directions: −½(E_k Σ⁻¹ E_l + E_l Σ⁻¹ E_k), symmetric.
            double[][] ek = elementaryMatrix(i - d);
            double[][] el = elementaryMatrix(j - d);
            double[][] product = multiply(multiply(ek, precision), el);
            for (int k = 0; k < rows.length; k++) {
                value[d + k] = -0.5 * (product[rows[k]][cols[k]] + product[cols[k]][rows[k]]);
            }
        }
        return value;
    }

    private double[][] elementaryMatrix(int k) {
        double[][] e = new double[d][d];
        e[rows[k]][cols[k]] = 1;
        e[cols[k]][rows[k]] = 1;
        return e;
    }

    private static double[][] multiply(double[][] a, double[][] b) {
        int n = a.length;
        double[][] r = new double[n][n];
        for (int i = 0; i < n; i++) {
            for (int k = 0; k < n; k++) {
                if (a[i][k] != 0) {
                    for (int j = 0; j < n; j++) {
                        r[i][j] += a[i][k] * b[k][j];
                    }
                }
            }
        }
        return r;
    }

    /**
     * tr(X E_k Y E_l) where E_k is the change of Σ per unit of covariance coordinate k:
     * e_i e_jᵀ + e_j e_iᵀ for s_ij with i &lt; j, e_i e_iᵀ for s_ii. Each term tr(X e_a e_bᵀ Y e_c e_eᵀ)
     * is X_ea Y_bc.
     */
    private double trace(double[][] x, int k, double[][] y, int l) {
        int[][] ek = elementary(k);
        int[][] el = elementary(l);
        double sum = 0;
        for (int[] ab : ek) {
            for (int[] ce : el) {
                sum += x[ce[1]][ab[0]] * y[ab[1]][ce[0]];
            }
        }
        return sum;
    }

    private int[][] elementary(int k) {
        int i = rows[k];
        int j = cols[k];
        return i == j ? new int[][] {{i, i}} : new int[][] {{i, j}, {j, i}};
    }

    // --- closed forms -------------------------------------------------------------------------------

    @Override
    public boolean closedFormApplies(double[] p, double[] q) {
        return d == 1 || meansEqual(p, q);
    }

    @Override
    public double distance(double[] p, double[] q) {
        if (d == 1) {
            return normal.distance(toNormal(p), toNormal(q));
        }
        requireEqualMeans(p, q);
        double sum = 0;
        for (double lambda : SymmetricMatrices.eigenvalues(whitened(covariance(p), covariance(q)))) {
            double log = Math.log(lambda);
            sum += log * log;
        }
        return Math.sqrt(0.5 * sum);
    }

    @Override
    public double[] pointAt(double[] p, double[] q, double t) {
        if (t == 0) {
            return p.clone();
        }
        if (d == 1) {
            double[] point = normal.pointAt(toNormal(p), toNormal(q), t);
            return new double[] {point[0], point[1] * point[1]};
        }
        requireEqualMeans(p, q);
        double[][] sigma0 = covariance(p);
        double[][] root = SymmetricMatrices.function(sigma0, Math::sqrt);
        double[][] w = whitened(sigma0, covariance(q));
        double[][] sigma = SymmetricMatrices.sandwich(root, SymmetricMatrices.function(w, l -> Math.pow(l, t)));
        double[] point = new double[dimension()];
        for (int i = 0; i < d; i++) {
            // Equal within EQUAL_MEANS_TOLERANCE; interpolating keeps both end points exact.
            point[i] = (1 - t) * p[i] + t * q[i];
        }
        for (int k = 0; k < rows.length; k++) {
            point[d + k] = sigma[rows[k]][cols[k]];
        }
        return point;
    }

    /** Σ₀^{−½} Σ₁ Σ₀^{−½}: symmetric, with the eigenvalues of Σ₀⁻¹Σ₁. */
    private static double[][] whitened(double[][] sigma0, double[][] sigma1) {
        double[][] inverseRoot = SymmetricMatrices.function(sigma0, l -> 1 / Math.sqrt(l));
        return SymmetricMatrices.sandwich(inverseRoot, sigma1);
    }

    private boolean meansEqual(double[] p, double[] q) {
        double[] delta = new double[d];
        boolean exact = true;
        for (int i = 0; i < d; i++) {
            delta[i] = q[i] - p[i];
            exact &= delta[i] == 0;
        }
        if (exact) {
            return true;
        }
        double limit = EQUAL_MEANS_TOLERANCE * EQUAL_MEANS_TOLERANCE;
        return mahalanobisSquared(delta, covariance(p)) <= limit && mahalanobisSquared(delta, covariance(q)) <= limit;
    }

    private void requireEqualMeans(double[] p, double[] q) {
        if (!meansEqual(p, q)) {
            throw new InvalidInputException(name() + " has a closed-form geodesic only between equal means"
                    + " (or for d = 1); use the numerical method");
        }
    }

    /**
     * KL(p‖q) = ½[tr(Σ_q⁻¹Σ_p) + (μ_q − μ_p)ᵀΣ_q⁻¹(μ_q − μ_p) − d + ln det Σ_q − ln det Σ_p], the log
     * determinants from Cholesky factors.
     */
    @Override
    public double kullbackLeibler(double[] p, double[] q) {
        double[][] sigmaP = covariance(p);
        double[][] sigmaQ = covariance(q);
        double[][] precisionQ = SymmetricMatrices.inverseSpd(sigmaQ);
        double trace = 0;
        for (int i = 0; i < d; i++) {
            for (int j = 0; j < d; j++) {
                trace += precisionQ[i][j] * sigmaP[j][i];
            }
        }
        double[] delta = new double[d];
        for (int i = 0; i < d; i++) {
            delta[i] = q[i] - p[i];
        }
        return 0.5 * (trace + mahalanobisSquared(delta, sigmaQ) - d + logDeterminant(sigmaQ) - logDeterminant(sigmaP));
    }

    private static double logDeterminant(double[][] sigma) {
        double[][] l = SymmetricMatrices.cholesky(sigma, 0);
        if (l == null) {
            throw new InvalidInputException("the covariance matrix is not positive definite");
        }
        double sum = 0;
        for (int i = 0; i < l.length; i++) {
            sum += Math.log(l[i][i]);
        }
        return 2 * sum;
    }

    private static double mahalanobisSquared(double[] delta, double[][] sigma) {
        double[][] precision = SymmetricMatrices.inverseSpd(sigma);
        double sum = 0;
        for (int i = 0; i < delta.length; i++) {
            for (int j = 0; j < delta.length; j++) {
                sum += delta[i] * precision[i][j] * delta[j];
            }
        }
        return sum;
    }

    /** (μ, v) ↦ (μ, σ = √v) for d = 1. */
    private static double[] toNormal(double[] p) {
        return new double[] {p[0], Math.sqrt(p[1])};
    }

    // --- layout -------------------------------------------------------------------------------------

    /** The covariance matrix of a parameter (or chart) vector, exactly symmetric. */
    double[][] covariance(double[] x) {
        double[][] sigma = new double[d][d];
        for (int k = 0; k < rows.length; k++) {
            sigma[rows[k]][cols[k]] = x[d + k];
            sigma[cols[k]][rows[k]] = x[d + k];
        }
        return sigma;
    }

    /** Position among the covariance coordinates of s_ij, i ≤ j (0-based). */
    private int index(int i, int j) {
        return i * d - i * (i - 1) / 2 + (j - i);
    }
}
