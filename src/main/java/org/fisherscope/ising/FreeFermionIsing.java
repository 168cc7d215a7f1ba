package org.fisherscope.ising;

/**
 * Exact bond means and the per-bond Fisher metric of the periodic L × L Ising model at any L by free
 * fermions (docs: ../shared/ising-free-fermion.md §4–6): on the regular path K ≠ K_c all four Pfaffian
 * sectors are invertible; at K_c the ++ sector (P₊₊ = 0) is replaced by its zero-mode pseudo-sector,
 * weight r = c₊₊P′₊₊/W, propagator X + σY, contributing d/dσ at σ = 0.
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

    /**
     * Below this |Pf â₊₊(0)| the coupling is K_c up to the rounding of t = tanh K (|Pf| ≈ 2√2 |t − t_c| ~ 1e-16),
     * and the zero-mode formula, which takes t = t_c exactly, is used; its error is then of order |Pf|.
     */
    public static final double CRITICAL_ZERO_MODE_PFAFFIAN = 1e-12;

    /**
     * μ and the metric rows: the regular path for |Pf â₊₊(0)| ≥ {@link #MIN_ZERO_MODE_PFAFFIAN}, the zero-mode
     * path (§5) at K_c; refuses the narrow band between, where neither is accurate.
     */
    public static SecondOrder secondOrder(int side, double coupling) {
        return secondOrder(Mixture.of(side, coupling));
    }

    /**
     * What both the second and third cumulants need: the sectors, their propagators and weights, and at K_c the
     * zero-mode pseudo-sector (r, X, Y) that replaces the ++ sector (ρ₊₊ = 0 there).
     */
    record Mixture(int side, double coupling, FreeFermionSectors sectors, boolean critical,
                   FreeFermionPropagator[] g, double[] rho, FreeFermionPropagator x, double r, double[][] y) {

        static Mixture of(int side, double coupling) {
            FreeFermionSectors sectors = new FreeFermionSectors(side, coupling);
            double pf0 = Math.abs(sectors.zeroModePfaffian());
            boolean critical = pf0 < CRITICAL_ZERO_MODE_PFAFFIAN;
            if (!critical && pf0 < MIN_ZERO_MODE_PFAFFIAN) {
                throw new IllegalStateException("K = " + coupling + " is within about " + MIN_ZERO_MODE_PFAFFIAN
                        + " of K_c but not at it (Pf â₊₊(0) = " + sectors.zeroModePfaffian()
                        + "): neither the regular path nor the zero-mode formula is accurate there");
            }
            int sectorCount = FreeFermionSectors.SECTORS;
            FreeFermionPropagator[] g = new FreeFermionPropagator[sectorCount];
            double[] rho = new double[sectorCount];
            for (int s = 0; s < sectorCount; s++) {
                if (critical && s == FreeFermionSectors.PP) {
                    continue;
                }
                g[s] = new FreeFermionPropagator(sectors, s, MIN_ZERO_MODE_PFAFFIAN);
                rho[s] = sectors.weight(s);
            }
            FreeFermionPropagator x = critical ? FreeFermionPropagator.zeroModeRemainder(sectors) : null;
            double r = critical ? sectors.zeroModeWeight() : 0;
            double[][] y = FreeFermionSectors.kernelPlane();
            double perSite = 1.0 / (side * side);
            for (double[] row : y) {
                for (int b = 0; b < row.length; b++) {
                    row[b] *= perSite; // Y(d) = (ûv̂ᵀ − v̂ûᵀ)/n for every displacement d
                }
            }
            return new Mixture(side, coupling, sectors, critical, g, rho, x, r, y);
        }
    }

    static SecondOrder secondOrder(Mixture mixture) {
        int side = mixture.side();
        double coupling = mixture.coupling();
        FreeFermionSectors sectors = mixture.sectors();
        boolean critical = mixture.critical();
        IsingLattice lattice = new IsingLattice(side);
        double t = sectors.bondActivity();
        int sectorCount = FreeFermionSectors.SECTORS;
        FreeFermionPropagator[] g = mixture.g();
        double[] rho = mixture.rho();
        FreeFermionPropagator x = mixture.x();
        double r = mixture.r();
        double[][] y = mixture.y();
        // m₁ˢ per direction (translation invariant), M and δ_s
        double[][] m1 = new double[sectorCount][2];
        double[] xm1 = new double[2];
        double[] ym1 = new double[2];
        double[] mixed = new double[2];
        for (int u = 0; u < 2; u++) {
            Endpoints e = Endpoints.of(0, 0, u);
            for (int s = 0; s < sectorCount; s++) {
                if (g[s] != null) {
                    m1[s][u] = g[s].between(e.ir, e.ic, e.il, e.jr, e.jc, e.jl);
                    mixed[u] += rho[s] * m1[s][u];
                }
            }
            if (critical) {
                xm1[u] = x.between(e.ir, e.ic, e.il, e.jr, e.jc, e.jl);
                ym1[u] = y[e.il][e.jl];
                mixed[u] += r * ym1[u];
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
                    if (p == null) {
                        continue;
                    }
                    double c2 = -a.ii(p, b) * a.jj(p, b) + a.ij(p, b) * a.ji(p, b);
                    sum += rho[s] * (c2 + (m1[s][dir] - mixed[dir]) * (m1[s][u] - mixed[u]));
                }
                if (critical) {
                    // 𝒟[c₂ + δδ]: d/dσ at σ = 0 of G → X + σY, δ → X_ij + σY_ij − M
                    double dc2 = -(y[a.il][b.il] * a.jj(x, b) + a.ii(x, b) * y[a.jl][b.jl])
                            + (y[a.il][b.jl] * a.ji(x, b) + a.ij(x, b) * y[a.jl][b.il]);
                    double dDelta = ym1[dir] * (xm1[u] - mixed[u]) + (xm1[dir] - mixed[dir]) * ym1[u];
                    sum += r * (dc2 + dDelta);
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

        /** G(i_this, i_other). */
        double ii(FreeFermionPropagator p, Endpoints o) {
            return p.between(ir, ic, il, o.ir, o.ic, o.il);
        }

        /** G(j_this, j_other). */
        double jj(FreeFermionPropagator p, Endpoints o) {
            return p.between(jr, jc, jl, o.jr, o.jc, o.jl);
        }

        /** G(i_this, j_other). */
        double ij(FreeFermionPropagator p, Endpoints o) {
            return p.between(ir, ic, il, o.jr, o.jc, o.jl);
        }

        /** G(j_this, i_other). */
        double ji(FreeFermionPropagator p, Endpoints o) {
            return p.between(jr, jc, jl, o.ir, o.ic, o.il);
        }
    }
}
