package org.fisherscope.ising;

/**
 * Mean, second and third cumulants of the bond variables at homogeneous K: μ = ⟨e_a⟩,
 * g_ab = ⟨e_a e_b⟩_c and T_abc = ⟨e_a e_b e_c⟩_c, i.e. the Fisher metric and the third derivatives of
 * ln Z in the per-bond couplings. Kept as the rows of the two bonds at the origin (t = 0 right, 1 down);
 * {@link #metric} and {@link #third} give any entry by translation.
 */
public final class BondCumulants {

    private final IsingLattice lattice;
    private final double coupling;
    private final double logZ;
    private final double[] mean;
    private final double[][] metricRows;
    private final double[][][] thirdRows;

    private BondCumulants(IsingLattice lattice, double coupling, double logZ, double[] mean, double[][] metricRows,
                          double[][][] thirdRows) {
        this.lattice = lattice;
        this.coupling = coupling;
        this.logZ = logZ;
        this.mean = mean;
        this.metricRows = metricRows;
        this.thirdRows = thirdRows;
    }

    /** Centres raw moments: g = m₂ − μμ, T = m₃ − μ_a m₂(bc) − μ_b m₂(ac) − μ_c m₂(ab) + 2μ_aμ_bμ_c. */
    public static BondCumulants of(BondMoments raw) {
        IsingLattice lattice = new IsingLattice(raw.side());
        int m = lattice.bonds();
        double[] mu = raw.mean();
        double[][] m2 = raw.second();
        double[][] g = new double[2][m];
        double[][][] t3 = new double[2][m][m];
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < m; a++) {
                g[t][a] = m2[t][a] - mu[t] * mu[IsingLattice.direction(a)];
            }
        }
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < m; a++) {
                double muA = mu[IsingLattice.direction(a)];
                double[] rowA = m2[IsingLattice.direction(a)];
                for (int b = 0; b < m; b++) {
                    double muB = mu[IsingLattice.direction(b)];
                    double ab = rowA[lattice.relative(b, a)];
                    t3[t][a][b] = raw.third()[t][a][b] - mu[t] * ab - muA * m2[t][b] - muB * m2[t][a]
                            + 2 * mu[t] * muA * muB;
                }
            }
        }
        return new BondCumulants(lattice, raw.coupling(), raw.logZ(), mu.clone(), g, t3);
    }

    /**
     * Cumulants an exact method delivers already centred (free fermions): the rows of the two origin bonds, laid
     * out as {@link #metricRow} and {@link #thirdRow}. The arrays are kept, not copied.
     */
    static BondCumulants ofRows(int side, double coupling, double logZ, double[] mean, double[][] metricRows,
                                double[][][] thirdRows) {
        return new BondCumulants(new IsingLattice(side), coupling, logZ, mean, metricRows, thirdRows);
    }

    public IsingLattice lattice() {
        return lattice;
    }

    public int side() {
        return lattice.side();
    }

    public double coupling() {
        return coupling;
    }

    public double logZ() {
        return logZ;
    }

    /** ⟨e⟩ of a right (t = 0) or down (t = 1) bond. */
    public double mean(int direction) {
        return mean[direction];
    }

    /** g between the origin bond t and bond a. */
    public double metricRow(int t, int a) {
        return metricRows[t][a];
    }

    /** The metric rows themselves, [t][a] (not copied: read only). */
    double[][] metricRows() {
        return metricRows;
    }

    /** T between the origin bond t and bonds a, b. */
    public double thirdRow(int t, int a, int b) {
        return thirdRows[t][a][b];
    }

    /** g_ab for any two bonds. */
    public double metric(int a, int b) {
        return metricRows[IsingLattice.direction(a)][lattice.relative(b, a)];
    }

    /** T_abc for any three bonds. */
    public double third(int a, int b, int c) {
        return thirdRows[IsingLattice.direction(a)][lattice.relative(b, a)][lattice.relative(c, a)];
    }

    /** The full m × m metric. */
    public double[][] metricMatrix() {
        int m = lattice.bonds();
        double[][] g = new double[m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                g[a][b] = metric(a, b);
            }
        }
        return g;
    }

    /** The full m × m × m third-cumulant tensor. */
    public double[][][] thirdTensor() {
        int m = lattice.bonds();
        double[][][] t = new double[m][m][m];
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                for (int c = 0; c < m; c++) {
                    t[a][b][c] = third(a, b, c);
                }
            }
        }
        return t;
    }
}
