package org.fisherscope.ising;

/**
 * Exact bond means and the per-bond Fisher metric of the periodic L × L Ising model at any L by free
 * fermions (docs: ../shared/ising-free-fermion.md §4 and §6), on the regular path K ≠ K_c where all four
 * Pfaffian sectors are invertible.
 *
 * <p>Per sector, m₁(a) = G_{i_a j_a} and c₂(a,b) = −G_{i_a i_b}G_{j_a j_b} + G_{i_a j_b}G_{j_a i_b}. Mixed over
 * the sectors with the weights ρ_s (law of total cumulance, exact because Σρ_s = 1):
 * M(a) = Σ ρ_s m₁ˢ(a), δ_s(a) = m₁ˢ(a) − M(a), ∂_a∂_b ln W = Σ ρ_s [c₂ˢ(ab) + δ_s(a)δ_s(b)] for a ≠ b.
 * From t to θ: μ = t + (1−t²)M(a), g_ab = (1−t²)² ∂_a∂_b ln W for a ≠ b and g_aa = 1 − μ².
 */
public final class FreeFermionIsing {

    /**
     * The regular path needs |Pf â₊₊(0)| = |2 − (1+t)²| above this: the k = 0 block of the ++ sector is inverted,
     * and its 1/Pf is cancelled by ρ₊₊ ∝ Pf, so the rounding error grows as 1e-16/|Pf|; 1e-6 keeps it near 1e-10.
     * Closer to K_c the zero-mode formula (§5) is needed.
     */
    public static final double MIN_ZERO_MODE_PFAFFIAN = 1e-6;

    /**
     * Mean and metric rows of the two bonds at the origin (t = 0 right, 1 down), laid out as
     * {@link BondCumulants#metricRow}: metricRows[t][a] = g between origin bond t and bond a.
     */
    public record SecondOrder(int side, double coupling, double logZ, double[] mean, double[][] metricRows) {

        /** Σ_ab g_ab over all bonds = d² ln Z / dK² (each origin row stands for n translated rows). */
        public double metricSum() {
            double sum = 0;
            for (double[] row : metricRows) {
                for (double g : row) {
                    sum += g;
                }
            }
            return sum * side * side;
        }
    }

    private FreeFermionIsing() {
    }

    /** ln Z by the four sectors (any K > 0, K_c included). */
    public static double logZ(int side, double coupling) {
        return new FreeFermionSectors(side, coupling).logZ();
    }

    /** μ and the metric rows on the regular path; refuses couplings too close to K_c for it. */
    public static SecondOrder secondOrder(int side, double coupling) {
        FreeFermionSectors sectors = new FreeFermionSectors(side, coupling);
        IsingLattice lattice = new IsingLattice(side);
        double t = sectors.bondActivity();
        int sectorCount = FreeFermionSectors.SECTORS;
        FreeFermionPropagator[] g = new FreeFermionPropagator[sectorCount];
        double[] rho = new double[sectorCount];
        for (int s = 0; s < sectorCount; s++) {
            g[s] = new FreeFermionPropagator(sectors, s, MIN_ZERO_MODE_PFAFFIAN);
            rho[s] = sectors.weight(s);
        }
        // m₁ˢ per direction (translation invariant), M and δ_s
        double[][] m1 = new double[sectorCount][2];
        double[] mixed = new double[2];
        for (int s = 0; s < sectorCount; s++) {
            for (int u = 0; u < 2; u++) {
                Endpoints e = Endpoints.of(0, 0, u);
                m1[s][u] = g[s].between(e.ir, e.ic, e.il, e.jr, e.jc, e.jl);
                mixed[u] += rho[s] * m1[s][u];
            }
        }
        double oneMinusT2 = 1 - t * t;
        double[] mean = new double[2];
        for (int u = 0; u < 2; u++) {
            mean[u] = t + oneMinusT2 * mixed[u];
        }
        int m = lattice.bonds();
        double[][] rows = new double[2][m];
        for (int dir = 0; dir < 2; dir++) {
            Endpoints a = Endpoints.of(0, 0, dir);
            for (int bond = 0; bond < m; bond++) {
                if (bond == dir) {
                    rows[dir][bond] = 1 - mean[dir] * mean[dir];
                    continue;
                }
                int u = IsingLattice.direction(bond);
                Endpoints b = Endpoints.of(lattice.row(bond), lattice.column(bond), u);
                double sum = 0;
                for (int s = 0; s < sectorCount; s++) {
                    FreeFermionPropagator p = g[s];
                    double c2 = -p.between(a.ir, a.ic, a.il, b.ir, b.ic, b.il) * p.between(a.jr, a.jc, a.jl, b.jr, b.jc, b.jl)
                            + p.between(a.ir, a.ic, a.il, b.jr, b.jc, b.jl) * p.between(a.jr, a.jc, a.jl, b.ir, b.ic, b.il);
                    double deltaA = m1[s][dir] - mixed[dir];
                    double deltaB = m1[s][u] - mixed[u];
                    sum += rho[s] * (c2 + deltaA * deltaB);
                }
                rows[dir][bond] = oneMinusT2 * oneMinusT2 * sum;
            }
        }
        return new SecondOrder(side, coupling, sectors.logZ(), mean, rows);
    }

    /**
     * The two Grassmann legs a bond uses, on the covering lattice: right bond at (r, c) from (r, c, E) to
     * (r, c+1, W), down bond from (r, c, N) to (r+1, c, S). Leaving j unreduced absorbs the seam signs.
     */
    private record Endpoints(int ir, int ic, int il, int jr, int jc, int jl) {
        static Endpoints of(int row, int column, int direction) {
            return direction == IsingLattice.RIGHT
                    ? new Endpoints(row, column, FreeFermionPropagator.EAST, row, column + 1, FreeFermionPropagator.WEST)
                    : new Endpoints(row, column, FreeFermionPropagator.NORTH, row + 1, column, FreeFermionPropagator.SOUTH);
        }
    }
}
