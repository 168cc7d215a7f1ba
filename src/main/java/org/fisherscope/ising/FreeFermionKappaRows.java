package org.fisherscope.ising;

import java.util.ArrayList;
import java.util.List;

/**
 * The third cumulants of the horizontal origin bond a₀ = (0, h) as rows, one r₁ at a time:
 * κ_uw(r₁, r₂) = T[a₀, (r₁, u), (r₂, w)] for the four type pairs (u, w), index 2u + w (docs:
 * ../shared/ising-free-fermion.md §6–7). Rows of the vertical origin bond follow by the diagonal reflection and
 * are not needed.
 *
 * <p>Why it is fast: within one sector every entry of the 6 × 6 Wick block is a function of r₁ (a₀–b), of r₂
 * (a₀–c) or of r₂ − r₁ (b–c, with the seam signs of the sector). Each of the 8 triangle matchings of c₃ is a
 * product of one of each, so per b–c edge the two triangles sharing it are a rank-2 outer product times a
 * circulant. The whole formula of §6 becomes a short list of terms
 * <pre>
 *   κ(r₁, r₂) = Σ_terms  h_term(r₂ − r₁) · [a₁(r₁) v₁(r₂) + a₂(r₁) v₂(r₂) + c(r₁)]  +  Σ_k a_k(r₁) w_k(r₂)
 *               + f(r₂) + s(r₁)
 * </pre>
 * built once in O(n); a row then costs about 5 flops per entry and term. The circulants are stored unwrapped on
 * a 2L × 2L window of displacements (−L … L − 1 per axis) with the sector's seam signs already applied, so a row
 * reads them contiguously. Coincident entries (b or c = a₀, b = c) are overwritten with the e² = 1 identities.
 */
final class FreeFermionKappaRows {

    /** Type pairs (u, w) of the row bond b and column bond c, index 2u + w. */
    static final int TYPES = 4;

    private final int side;
    private final int sites;
    private final List<List<Circulant>> circulants = new ArrayList<>();
    private final List<List<OuterProduct>> products = new ArrayList<>();
    /** [type][r₂]: the r₁-independent part. */
    private final double[][] fixed = new double[TYPES][];
    /** [type][r₁]: added to every entry of row r₁. */
    private final double[][] scalar = new double[TYPES][];
    private final double[] mean;
    private final double[][] metricRows;
    private final double toTheta;

    /** One circulant times an affine combination of two r₂-functions with r₁-dependent coefficients. */
    private record Circulant(double[] window, double[] v1, double scale1, double[] a1, double[] v2, double scale2,
                             double[] a2, double[] constant) {
        /** Coefficient scale·a(r₁), a = null meaning 1. */
        double coefficient1(int r1) {
            return a1 == null ? scale1 : scale1 * a1[r1];
        }

        double coefficient2(int r1) {
            return a2 == null ? scale2 : scale2 * a2[r1];
        }
    }

    /** scale · a(r₁) · v(r₂). */
    private record OuterProduct(double scale, double[] a, double[] v) {
    }

    FreeFermionKappaRows(FreeFermionIsing.Mixture mixture, FreeFermionIsing.SecondOrder second) {
        this.side = mixture.side();
        this.sites = side * side;
        this.mean = second.mean();
        this.metricRows = second.metricRows();
        double t = mixture.sectors().bondActivity();
        double oneMinusT2 = 1 - t * t;
        this.toTheta = oneMinusT2 * oneMinusT2 * oneMinusT2;
        double[][] delta = new double[FreeFermionSectors.SECTORS][2];
        double[] zeroDelta = new double[2];
        double[] zeroSlope = new double[2];
        deltas(mixture, delta, zeroDelta, zeroSlope);
        for (int type = 0; type < TYPES; type++) {
            int u = type >> 1;
            int w = type & 1;
            circulants.add(new ArrayList<>());
            products.add(new ArrayList<>());
            fixed[type] = new double[sites];
            scalar[type] = new double[sites];
            // Σ_s ρ_s δ_s(a₀) c₂ˢ(bc) and the pseudo-sector's share: all untwisted, so one circulant per type.
            double[] pairWindow = new double[4 * sites];
            for (int s = 0; s < FreeFermionSectors.SECTORS; s++) {
                FreeFermionPropagator p = mixture.g()[s];
                if (p != null) {
                    addRegularSector(type, u, w, p, mixture.rho()[s], delta[s], pairWindow);
                }
            }
            if (mixture.critical()) {
                addZeroModeSector(type, u, w, mixture.x(), mixture.y(), mixture.r(), zeroDelta, zeroSlope, pairWindow);
            }
            circulants.get(type).add(new Circulant(pairWindow, null, 0, null, null, 0, null, null));
        }
    }

    /** δ_s(dir) = m₁ˢ(dir) − M(dir); at K_c also the pseudo-sector's δ at σ = 0 and its slope Y_ij. */
    private static void deltas(FreeFermionIsing.Mixture mixture, double[][] delta, double[] zeroDelta,
                               double[] zeroSlope) {
        double[] mixed = new double[2];
        double[][] m1 = new double[FreeFermionSectors.SECTORS][2];
        for (int dir = 0; dir < 2; dir++) {
            Leg i = Leg.of(dir, 0);
            Leg j = Leg.of(dir, 1);
            for (int s = 0; s < FreeFermionSectors.SECTORS; s++) {
                FreeFermionPropagator p = mixture.g()[s];
                if (p != null) {
                    m1[s][dir] = p.between(i.row, i.column, i.leg, j.row, j.column, j.leg);
                    mixed[dir] += mixture.rho()[s] * m1[s][dir];
                }
            }
            if (mixture.critical()) {
                zeroSlope[dir] = mixture.y()[i.leg][j.leg];
                mixed[dir] += mixture.r() * zeroSlope[dir];
            }
        }
        for (int dir = 0; dir < 2; dir++) {
            for (int s = 0; s < FreeFermionSectors.SECTORS; s++) {
                delta[s][dir] = m1[s][dir] - mixed[dir];
            }
            if (mixture.critical()) {
                Leg i = Leg.of(dir, 0);
                Leg j = Leg.of(dir, 1);
                zeroDelta[dir] = mixture.x().between(i.row, i.column, i.leg, j.row, j.column, j.leg) - mixed[dir];
            }
        }
    }

    /** One regular sector: ρ [c₃ + δ_a c₂(bc) + δ_b c₂(ac) + δ_c c₂(ab) + δ_a δ_b δ_c]. */
    private void addRegularSector(int type, int u, int w, FreeFermionPropagator p, double rho, double[] delta,
                                  double[] pairWindow) {
        double[][][] ob = originRows(p, u);
        double[][][] oc = originRows(p, w);
        double[][][] bc = windows(p, u, w);
        for (int xb = 0; xb < 2; xb++) {
            for (int yc = 0; yc < 2; yc++) {
                // b–c edge (xb, yc); the triangles close through the other endpoints x, y of b and c.
                int x = 1 - xb;
                int y = 1 - yc;
                circulants.get(type).add(new Circulant(bc[xb][yc],
                        oc[1][y], rho * TRIANGLE_SIGN[0][x][y], ob[0][x],
                        oc[0][y], rho * TRIANGLE_SIGN[1][x][y], ob[1][x], null));
            }
        }
        double[] pairs = pairFunction(bc, null);
        for (int k = 0; k < pairWindow.length; k++) {
            pairWindow[k] += rho * delta[0] * pairs[k];
        }
        double[] c2ac = pairFunction(oc, null);
        double[] c2ab = pairFunction(ob, null);
        double triple = delta[0] * delta[u] * delta[w];
        for (int r = 0; r < sites; r++) {
            fixed[type][r] += rho * delta[u] * c2ac[r];
            scalar[type][r] += rho * (delta[w] * c2ab[r] + triple);
        }
    }

    /**
     * The zero-mode pseudo-sector at K_c: r · d/dσ at σ = 0 of the same expression with G → X + σY and
     * δ → δ⁰ + σδ′; Y is the same for every displacement, so it only couples legs.
     */
    private void addZeroModeSector(int type, int u, int w, FreeFermionPropagator x, double[][] y, double r,
                                   double[] delta0, double[] slope, double[] pairWindow) {
        double[][][] ob = originRows(x, u);
        double[][][] oc = originRows(x, w);
        double[][][] bc = windows(x, u, w);
        double[][] yob = legCoupling(y, 0, u);
        double[][] yoc = legCoupling(y, 0, w);
        double[][] ybc = legCoupling(y, u, w);
        for (int xb = 0; xb < 2; xb++) {
            for (int yc = 0; yc < 2; yc++) {
                int xx = 1 - xb;
                int yy = 1 - yc;
                double s1 = TRIANGLE_SIGN[0][xx][yy];
                double s2 = TRIANGLE_SIGN[1][xx][yy];
                // Y on the a₀–b or a₀–c edge: X(b–c) × [const·X(a₀–c) + X(a₀–b)·const]
                double[] constant = new double[sites];
                for (int k = 0; k < sites; k++) {
                    constant[k] = r * (s1 * ob[0][xx][k] * yoc[1][yy] + s2 * ob[1][xx][k] * yoc[0][yy]);
                }
                circulants.get(type).add(new Circulant(bc[xb][yc],
                        oc[1][yy], r * s1 * yob[0][xx], null,
                        oc[0][yy], r * s2 * yob[1][xx], null, constant));
                // Y on the b–c edge: a constant times the rank-2 outer product
                products.get(type).add(new OuterProduct(r * ybc[xb][yc] * s1, ob[0][xx], oc[1][yy]));
                products.get(type).add(new OuterProduct(r * ybc[xb][yc] * s2, ob[1][xx], oc[0][yy]));
            }
        }
        double[] pairs = pairFunction(bc, null);
        double[] pairSlope = pairFunction(bc, ybc);
        for (int k = 0; k < pairWindow.length; k++) {
            pairWindow[k] += r * (slope[0] * pairs[k] + delta0[0] * pairSlope[k]);
        }
        double[] c2ac = pairFunction(oc, null);
        double[] c2acSlope = pairFunction(oc, yoc);
        double[] c2ab = pairFunction(ob, null);
        double[] c2abSlope = pairFunction(ob, yob);
        double triple = slope[0] * delta0[u] * delta0[w] + delta0[0] * slope[u] * delta0[w]
                + delta0[0] * delta0[u] * slope[w];
        for (int k = 0; k < sites; k++) {
            fixed[type][k] += r * (slope[u] * c2ac[k] + delta0[u] * c2acSlope[k]);
            scalar[type][k] += r * (slope[w] * c2ab[k] + delta0[w] * c2abSlope[k] + triple);
        }
    }

    /**
     * c₂ of two bonds from their 2 × 2 cross entries e[x][y]: −e₀₀e₁₁ + e₀₁e₁₀; with {@code slope} ≠ null its
     * derivative when e → e + σ·slope (slope constant).
     */
    private static double[] pairFunction(double[][][] e, double[][] slope) {
        int size = e[0][0].length;
        double[] out = new double[size];
        for (int k = 0; k < size; k++) {
            out[k] = slope == null
                    ? -e[0][0][k] * e[1][1][k] + e[0][1][k] * e[1][0][k]
                    : -(slope[0][0] * e[1][1][k] + e[0][0][k] * slope[1][1])
                    + (slope[0][1] * e[1][0][k] + e[0][1][k] * slope[1][0]);
        }
        return out;
    }

    /** G(endpoint x of a₀, endpoint y of the bond (r, dir)) for every site r: [x][y][r]. */
    private double[][][] originRows(FreeFermionPropagator p, int dir) {
        double[][][] out = new double[2][2][sites];
        for (int x = 0; x < 2; x++) {
            Leg a = Leg.of(IsingLattice.RIGHT, x);
            for (int y = 0; y < 2; y++) {
                Leg b = Leg.of(dir, y);
                for (int r = 0; r < sites; r++) {
                    out[x][y][r] = p.between(a.row, a.column, a.leg, r / side + b.row, r % side + b.column, b.leg);
                }
            }
        }
        return out;
    }

    /**
     * G(endpoint x of b at 0, endpoint y of c at Δ) for Δ in (−L … L−1)², stored at (Δr + L)·2L + Δc + L: the
     * b–c entry of the rows r₁, r₂ = r₁ + Δ, seam signs included.
     */
    private double[][][] windows(FreeFermionPropagator p, int u, int w) {
        int width = 2 * side;
        double[][][] out = new double[2][2][width * width];
        for (int x = 0; x < 2; x++) {
            Leg b = Leg.of(u, x);
            for (int y = 0; y < 2; y++) {
                Leg c = Leg.of(w, y);
                for (int dr = -side; dr < side; dr++) {
                    for (int dc = -side; dc < side; dc++) {
                        out[x][y][(dr + side) * width + dc + side] =
                                p.between(b.row, b.column, b.leg, dr + c.row, dc + c.column, c.leg);
                    }
                }
            }
        }
        return out;
    }

    /** Y between endpoint x of a bond of direction p and endpoint y of one of direction q: [x][y]. */
    private static double[][] legCoupling(double[][] y, int p, int q) {
        double[][] out = new double[2][2];
        for (int x = 0; x < 2; x++) {
            for (int z = 0; z < 2; z++) {
                out[x][z] = y[Leg.of(p, x).leg][Leg.of(q, z).leg];
            }
        }
        return out;
    }

    /**
     * Row r₁ of κ_type into {@code out} (length n). Thread-safe: reads only the tables built in the constructor.
     */
    void row(int r1, int type, double[] out) {
        int l = side;
        int width = 2 * l;
        int rowOfR1 = r1 / l;
        int columnOfR1 = r1 % l;
        double[] f = fixed[type];
        double s = scalar[type][r1];
        for (int k = 0; k < sites; k++) {
            out[k] = f[k] + s;
        }
        for (OuterProduct product : products.get(type)) {
            double a = product.scale * product.a[r1];
            double[] v = product.v;
            for (int k = 0; k < sites; k++) {
                out[k] += a * v[k];
            }
        }
        for (Circulant c : circulants.get(type)) {
            double[] h = c.window;
            double constant = c.constant == null ? 0 : c.constant[r1];
            if (c.v1 == null) {
                for (int a = 0; a < l; a++) {
                    int base = (a - rowOfR1 + l) * width + l - columnOfR1;
                    int at = a * l;
                    for (int b = 0; b < l; b++) {
                        out[at + b] += h[base + b];
                    }
                }
                continue;
            }
            double a1 = c.coefficient1(r1);
            double a2 = c.coefficient2(r1);
            double[] v1 = c.v1;
            double[] v2 = c.v2;
            for (int a = 0; a < l; a++) {
                int base = (a - rowOfR1 + l) * width + l - columnOfR1;
                int at = a * l;
                for (int b = 0; b < l; b++) {
                    out[at + b] += h[base + b] * (a1 * v1[at + b] + a2 * v2[at + b] + constant);
                }
            }
        }
        for (int k = 0; k < sites; k++) {
            out[k] *= toTheta;
        }
        coincident(r1, type, out);
    }

    /** T with a repeated bond from e² = 1: T_aaa = −2μ(1 − μ²), T_aab = −2μ_a g_ab (a₀ = bond 0). */
    private void coincident(int r1, int type, double[] out) {
        int u = type >> 1;
        int w = type & 1;
        int rowBond = 2 * r1 + u;
        if (rowBond == 0) {
            for (int r2 = 0; r2 < sites; r2++) {
                out[r2] = FreeFermionCumulants.coincident(0, 0, 2 * r2 + w, mean, metricRows);
            }
            return;
        }
        if (w == IsingLattice.RIGHT) {
            out[0] = FreeFermionCumulants.coincident(0, rowBond, 0, mean, metricRows);
        }
        if (u == w) {
            out[r1] = FreeFermionCumulants.coincident(0, rowBond, rowBond, mean, metricRows);
        }
    }

    /**
     * Sign of the triangle matchings in the 6 × 6 Pfaffian (slots a₀: 0, 1; b: 2, 3; c: 4, 5):
     * [which a₀ endpoint meets b][x][y] for (a₀ₐ, b_x)(a₀₁₋ₐ, c_y)(b₁₋ₓ, c₁₋ᵧ), read off the Pfaffian expansion
     * itself so that no sign is derived by hand.
     */
    private static final double[][][] TRIANGLE_SIGN = triangleSigns();

    private static double[][][] triangleSigns() {
        double[][][] sign = new double[2][2][2];
        for (int a = 0; a < 2; a++) {
            for (int x = 0; x < 2; x++) {
                for (int y = 0; y < 2; y++) {
                    double[][] block = new double[6][6];
                    block[a][2 + x] = 1;
                    block[1 - a][4 + y] = 1;
                    block[2 + (1 - x)][4 + (1 - y)] = 1;
                    sign[a][x][y] = FreeFermionCumulants.pf6(block);
                }
            }
        }
        return sign;
    }

    /**
     * The Grassmann leg of endpoint 0 (i) or 1 (j) of a bond at the origin and its offset: right bond from
     * (0, 0, E) to (0, 1, W), down bond from (0, 0, N) to (1, 0, S).
     */
    private record Leg(int row, int column, int leg) {
        static Leg of(int direction, int end) {
            if (direction == IsingLattice.RIGHT) {
                return end == 0 ? new Leg(0, 0, FreeFermionPropagator.EAST) : new Leg(0, 1, FreeFermionPropagator.WEST);
            }
            return end == 0 ? new Leg(0, 0, FreeFermionPropagator.NORTH) : new Leg(1, 0, FreeFermionPropagator.SOUTH);
        }
    }
}
