package org.fisherscope.ising;

/**
 * Exact μ, g and third cumulants T of the periodic L × L Ising model by free fermions (docs:
 * ../shared/ising-free-fermion.md §4–6), as {@link BondCumulants} so that {@link FourierCurvature} gives A, B, R.
 *
 * <p>For distinct bonds a, b, c, within one sector with propagator G: c₃ is the Pfaffian of the 6 × 6 block
 * G[i_a, j_a, i_b, j_b, i_c, j_c] with the three within-bond entries set to zero (the 8 triangle matchings), and
 * c₂(bc) the same for the 4 × 4 block of b, c. Mixed over the sectors (law of total cumulance, exact as Σρ_s = 1):
 * ∂_a∂_b∂_c ln W = Σ_s ρ_s [c₃ˢ + δ_s(a)c₂ˢ(bc) + δ_s(b)c₂ˢ(ac) + δ_s(c)c₂ˢ(ab) + δ_s(a)δ_s(b)δ_s(c)]
 * + r 𝒟[same], where 𝒟 is d/dσ at σ = 0 after G → X + σY, δ(a) → X_{i_a j_a} + σY_{i_a j_a} − M(a) (the zero-mode
 * pseudo-sector at K_c, §5). Then T_abc = (1 − t²)³ ∂_a∂_b∂_c ln W; coincident indices follow from e² = 1:
 * T_aab = −2μ g_ab and T_aaa = −2μ(1 − μ²). Direct evaluation, O(1) per entry, O(n²) entries held whole.
 *
 * <p>The engine streams instead ({@link FreeFermionCurvature} with {@link FreeFermionKappaRows}); this plain
 * evaluation stays as the reference those are checked against entry by entry, and it holds the Pfaffian helpers
 * they share.
 */
public final class FreeFermionCumulants {

    /** Endpoint slots in the 6 × 6 block: origin bond a (0, 1), bond b (2, 3), bond c (4, 5); even = i, odd = j. */
    private static final int SLOTS = 6;

    private FreeFermionCumulants() {
    }

    /** μ, the metric rows and the third-cumulant rows of the two origin bonds at coupling K (K_c included). */
    public static BondCumulants of(int side, double coupling) {
        // Sectors and propagators once, shared with the second-order part.
        FreeFermionIsing.Mixture mixture = FreeFermionIsing.Mixture.of(side, coupling);
        FreeFermionIsing.SecondOrder second = FreeFermionIsing.secondOrder(mixture);
        FreeFermionSectors sectors = mixture.sectors();
        boolean critical = mixture.critical();
        IsingLattice lattice = new IsingLattice(side);
        int m = lattice.bonds();
        double t = sectors.bondActivity();

        int sectorCount = FreeFermionSectors.SECTORS;
        FreeFermionPropagator[] g = mixture.g();
        double[] rho = mixture.rho();
        FreeFermionPropagator x = mixture.x();
        double r = mixture.r();
        double[][] y = mixture.y();

        // Bond endpoints on the covering lattice (j unreduced absorbs the seam signs): [bond][i/j] → row, col, leg
        int[][] er = new int[m][2];
        int[][] ec = new int[m][2];
        int[][] leg = new int[m][2];
        for (int bond = 0; bond < m; bond++) {
            int br = lattice.row(bond);
            int bc = lattice.column(bond);
            boolean right = IsingLattice.direction(bond) == IsingLattice.RIGHT;
            er[bond][0] = br;
            ec[bond][0] = bc;
            leg[bond][0] = right ? FreeFermionPropagator.EAST : FreeFermionPropagator.NORTH;
            er[bond][1] = right ? br : br + 1;
            ec[bond][1] = right ? bc + 1 : bc;
            leg[bond][1] = right ? FreeFermionPropagator.WEST : FreeFermionPropagator.SOUTH;
        }

        // m₁ per sector and direction, the mixture M and δ_s = m₁ˢ − M; for the pseudo-sector δ's value and slope
        double[][] delta = new double[sectorCount][2];
        double[] zeroDelta = new double[2];
        double[] zeroSlope = new double[2];
        double[] mixed = new double[2];
        double[][] m1 = new double[sectorCount][2];
        for (int u = 0; u < 2; u++) {
            for (int s = 0; s < sectorCount; s++) {
                if (g[s] != null) {
                    m1[s][u] = entry(g[s], er, ec, leg, u, 0, u, 1);
                    mixed[u] += rho[s] * m1[s][u];
                }
            }
            if (critical) {
                zeroSlope[u] = y[leg[u][0]][leg[u][1]];
                mixed[u] += r * zeroSlope[u];
            }
        }
        for (int u = 0; u < 2; u++) {
            for (int s = 0; s < sectorCount; s++) {
                delta[s][u] = m1[s][u] - mixed[u];
            }
            if (critical) {
                zeroDelta[u] = entry(x, er, ec, leg, u, 0, u, 1) - mixed[u];
            }
        }

        double[] mean = second.mean();
        double[][] metric = second.metricRows();
        double oneMinusT2 = 1 - t * t;
        double toTheta = oneMinusT2 * oneMinusT2 * oneMinusT2;
        double[][][] third = new double[2][m][m];
        double[][] block = new double[SLOTS][SLOTS];
        double[][] slope = new double[SLOTS][SLOTS];
        for (int a0 = 0; a0 < 2; a0++) {
            // origin–bond entries per sector: [sector][bond][x·2 + y] = G(endpoint x of a0, endpoint y of bond)
            double[][][] origin = new double[sectorCount + 1][][];
            for (int s = 0; s <= sectorCount; s++) {
                FreeFermionPropagator p = s < sectorCount ? g[s] : x;
                if (p != null) {
                    origin[s] = new double[m][4];
                    for (int bond = 0; bond < m; bond++) {
                        for (int e = 0; e < 4; e++) {
                            origin[s][bond][e] = entry(p, er, ec, leg, a0, e >> 1, bond, e & 1);
                        }
                    }
                }
            }
            for (int b = 0; b < m; b++) {
                int ub = IsingLattice.direction(b);
                for (int c = 0; c < m; c++) {
                    int uc = IsingLattice.direction(c);
                    if (b == a0 || c == a0 || b == c) {
                        third[a0][b][c] = coincident(a0, b, c, mean, metric);
                        continue;
                    }
                    double sum = 0;
                    for (int s = 0; s <= sectorCount; s++) {
                        FreeFermionPropagator p = s < sectorCount ? g[s] : x;
                        if (p == null) {
                            continue;
                        }
                        fill(block, origin[s][b], origin[s][c], p, er, ec, leg, b, c);
                        if (s < sectorCount) {
                            sum += rho[s] * sectorTerm(block, delta[s][a0], delta[s][ub], delta[s][uc]);
                        } else {
                            fillSlope(slope, y, leg, a0, b, c);
                            sum += r * sectorSlope(block, slope, zeroDelta[a0], zeroDelta[ub], zeroDelta[uc],
                                    zeroSlope[a0], zeroSlope[ub], zeroSlope[uc]);
                        }
                    }
                    third[a0][b][c] = toTheta * sum;
                }
            }
        }
        return BondCumulants.ofRows(side, coupling, second.logZ(), mean.clone(), metric, third);
    }

    /** T with a repeated index (e² = 1): T_aaa = −2μ(1 − μ²), T_aab = −2μ_a g_ab. */
    static double coincident(int a0, int b, int c, double[] mean, double[][] metric) {
        if (b == a0 && c == a0) {
            double mu = mean[a0];
            return -2 * mu * (1 - mu * mu);
        }
        if (b == a0) {
            return -2 * mean[a0] * metric[a0][c];
        }
        if (c == a0) {
            return -2 * mean[a0] * metric[a0][b];
        }
        return -2 * mean[IsingLattice.direction(b)] * metric[a0][b];
    }

    /** G(endpoint x of bond p, endpoint y of bond q). */
    private static double entry(FreeFermionPropagator g, int[][] er, int[][] ec, int[][] leg, int p, int xEnd,
                                int q, int yEnd) {
        return g.between(er[p][xEnd], ec[p][xEnd], leg[p][xEnd], er[q][yEnd], ec[q][yEnd], leg[q][yEnd]);
    }

    /** The upper triangle of the 6 × 6 block with the within-bond entries zero. */
    private static void fill(double[][] block, double[] ab, double[] ac, FreeFermionPropagator p, int[][] er,
                             int[][] ec, int[][] leg, int b, int c) {
        for (int xa = 0; xa < 2; xa++) {
            for (int yy = 0; yy < 2; yy++) {
                block[xa][2 + yy] = ab[2 * xa + yy];
                block[xa][4 + yy] = ac[2 * xa + yy];
                block[2 + xa][4 + yy] = entry(p, er, ec, leg, b, xa, c, yy);
            }
        }
    }

    /** Y in the same layout: Y between legs, the same for every displacement; within-bond entries zero. */
    private static void fillSlope(double[][] slope, double[][] y, int[][] leg, int a0, int b, int c) {
        int[] bonds = {a0, b, c};
        for (int p = 0; p < SLOTS; p++) {
            for (int q = p + 1; q < SLOTS; q++) {
                slope[p][q] = (p >> 1) == (q >> 1) ? 0 : y[leg[bonds[p >> 1]][p & 1]][leg[bonds[q >> 1]][q & 1]];
            }
        }
    }

    /** c₃ + δ_a c₂(bc) + δ_b c₂(ac) + δ_c c₂(ab) + δ_aδ_bδ_c for one Gaussian sector. */
    static double sectorTerm(double[][] g, double da, double db, double dc) {
        return pf6(g) + da * pf4(g, 2, 3, 4, 5) + db * pf4(g, 0, 1, 4, 5) + dc * pf4(g, 0, 1, 2, 3) + da * db * dc;
    }

    /** d/dσ at σ = 0 of {@link #sectorTerm} with G → X + σY and δ → δ + σ·slope. */
    static double sectorSlope(double[][] x, double[][] y, double da, double db, double dc, double sa, double sb,
                              double sc) {
        return dpf6(x, y)
                + sa * pf4(x, 2, 3, 4, 5) + da * dpf4(x, y, 2, 3, 4, 5)
                + sb * pf4(x, 0, 1, 4, 5) + db * dpf4(x, y, 0, 1, 4, 5)
                + sc * pf4(x, 0, 1, 2, 3) + dc * dpf4(x, y, 0, 1, 2, 3)
                + sa * db * dc + da * sb * dc + da * db * sc;
    }

    /** Pfaffian of the 4 × 4 sub-block p &lt; q &lt; r &lt; s (upper triangle read). */
    static double pf4(double[][] g, int p, int q, int r, int s) {
        return g[p][q] * g[r][s] - g[p][r] * g[q][s] + g[p][s] * g[q][r];
    }

    /** d/dσ of pf4(X + σY). */
    static double dpf4(double[][] x, double[][] y, int p, int q, int r, int s) {
        return y[p][q] * x[r][s] + x[p][q] * y[r][s] - y[p][r] * x[q][s] - x[p][r] * y[q][s]
                + y[p][s] * x[q][r] + x[p][s] * y[q][r];
    }

    /** Pfaffian of the 6 × 6 block, expanded along its first row. */
    static double pf6(double[][] g) {
        return g[0][1] * pf4(g, 2, 3, 4, 5) - g[0][2] * pf4(g, 1, 3, 4, 5) + g[0][3] * pf4(g, 1, 2, 4, 5)
                - g[0][4] * pf4(g, 1, 2, 3, 5) + g[0][5] * pf4(g, 1, 2, 3, 4);
    }

    /** d/dσ of pf6(X + σY). */
    static double dpf6(double[][] x, double[][] y) {
        return y[0][1] * pf4(x, 2, 3, 4, 5) + x[0][1] * dpf4(x, y, 2, 3, 4, 5)
                - y[0][2] * pf4(x, 1, 3, 4, 5) - x[0][2] * dpf4(x, y, 1, 3, 4, 5)
                + y[0][3] * pf4(x, 1, 2, 4, 5) + x[0][3] * dpf4(x, y, 1, 2, 4, 5)
                - y[0][4] * pf4(x, 1, 2, 3, 5) - x[0][4] * dpf4(x, y, 1, 2, 3, 5)
                + y[0][5] * pf4(x, 1, 2, 3, 4) + x[0][5] * dpf4(x, y, 1, 2, 3, 4);
    }
}
