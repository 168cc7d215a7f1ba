package org.fisherscope.ising;

/**
 * The four Gaussian-Grassmann (Pfaffian) sectors of the homogeneous periodic L × L Ising model
 * (docs: ../shared/ising-free-fermion.md §2–3). The high-temperature weight is
 * W = Σ_s c_s P_s with c = (−½, ½, ½, ½) for the sectors s = (ε_c, ε_r) = ++, +−, −+, −−, and
 * ln Z = n ln 2 + 2n ln cosh K + ln W.
 *
 * <p>Each P_s = Pf A_s is a product over twisted momenta: |P_s| = exp(½ Σ_k ln det â_s(k)), with
 * det â(k) = (1+t²)² − 2t(1−t²)(cos k_r + cos k_c). Only the ++ sector's k = 0 factor,
 * Pf â₊₊(0) = 2 − (1+t)², can be negative (above K_c) or zero (at K_c); it carries the sign of P₊₊.
 * Everything is kept as logarithms so that nothing overflows at large L.
 */
public final class FreeFermionSectors {

    /** Sector indices: s = (ε_c, ε_r), column twist first. */
    public static final int PP = 0;
    public static final int PM = 1;
    public static final int MP = 2;
    public static final int MM = 3;
    public static final int SECTORS = 4;

    /** Coefficients c_s of W = Σ c_s P_s; the same for every L. */
    private static final double[] COEFFICIENT = {-0.5, 0.5, 0.5, 0.5};

    private final int side;
    private final double coupling;
    private final double t;
    private final double[] logAbsPfaffian = new double[SECTORS];
    private final double[] signPfaffian = new double[SECTORS];
    private final double logAbsReduced;
    private final double signReduced;
    private final double logW;
    private final double[] weight = new double[SECTORS];

    public FreeFermionSectors(int side, double coupling) {
        new IsingLattice(side);
        IsingLattice.checkCoupling(coupling);
        this.side = side;
        this.coupling = coupling;
        this.t = Math.tanh(coupling);
        for (int s = 0; s < SECTORS; s++) {
            double half = 0;
            for (int jr = 0; jr < side; jr++) {
                double cr = Math.cos(momentum(jr, twistRow(s)));
                for (int jc = 0; jc < side; jc++) {
                    if (s == PP && jr == 0 && jc == 0) {
                        continue; // the signed k = 0 factor is taken below
                    }
                    half += Math.log(determinant(cr, Math.cos(momentum(jc, twistColumn(s)))));
                }
            }
            logAbsPfaffian[s] = 0.5 * half;
            signPfaffian[s] = 1;
        }
        double[][] shifted = new double[4][4];
        double[][] im = new double[4][4];
        FreeFermionPropagator.symbol(t, 0, 0, shifted, im);
        double[][] plane = kernelPlane();
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                shifted[a][b] += plane[a][b];
            }
        }
        double reducedFactor = pfaffian4(shifted);
        logAbsReduced = logAbsPfaffian[PP] + Math.log(Math.abs(reducedFactor));
        signReduced = Math.signum(reducedFactor);
        double zeroFactor = zeroModePfaffian();
        logAbsPfaffian[PP] += Math.log(Math.abs(zeroFactor));
        signPfaffian[PP] = Math.signum(zeroFactor);
        double largest = Double.NEGATIVE_INFINITY;
        for (int s = 0; s < SECTORS; s++) {
            largest = Math.max(largest, logAbsPfaffian[s]);
        }
        double scaled = 0;
        double[] terms = new double[SECTORS];
        for (int s = 0; s < SECTORS; s++) {
            // exp(−∞) = 0 handles P₊₊ = 0 exactly at t_c
            terms[s] = COEFFICIENT[s] * signPfaffian[s] * Math.exp(logAbsPfaffian[s] - largest);
            scaled += terms[s];
        }
        this.logW = largest + Math.log(scaled);
        for (int s = 0; s < SECTORS; s++) {
            weight[s] = terms[s] / scaled;
        }
    }

    /** k = (2πj + φ)/L with φ = π in a twisted (ε = −1) direction. */
    double momentum(int j, int twist) {
        return (2 * Math.PI * j + (twist < 0 ? Math.PI : 0)) / side;
    }

    /** det â(k) for a momentum with cos k_r = cr and cos k_c = cc; ≥ (t² + 2t − 1)². */
    double determinant(double cr, double cc) {
        double u = 1 + t * t;
        return u * u - 2 * t * (1 - t * t) * (cr + cc);
    }

    /** Pf â₊₊(0) = 2 − (1 + t)² = −(t² + 2t − 1): the only factor whose sign changes (at t_c = √2 − 1). */
    public double zeroModePfaffian() {
        return 2 - (1 + t) * (1 + t);
    }

    /**
     * Y = ûv̂ᵀ − v̂ûᵀ for the orthonormal kernel pair of â₊₊(0) at t_c = √2 − 1, legs (E, N, W, S):
     * û = ½(1, 0, −1, √2), v̂ = ½(−1, √2, −1, 0).
     */
    static double[][] kernelPlane() {
        double r2 = Math.sqrt(2);
        double[] u = {0.5, 0, -0.5, 0.5 * r2};
        double[] v = {-0.5, 0.5 * r2, -0.5, 0};
        double[][] y = new double[4][4];
        for (int a = 0; a < 4; a++) {
            for (int b = 0; b < 4; b++) {
                y[a][b] = u[a] * v[b] - v[a] * u[b];
            }
        }
        return y;
    }

    /** Pfaffian of a real antisymmetric 4×4 matrix. */
    static double pfaffian4(double[][] a) {
        return a[0][1] * a[2][3] - a[0][2] * a[1][3] + a[0][3] * a[1][2];
    }

    /**
     * ln |P′₊₊|: the ++ Pfaffian with its k = 0 block shifted by the kernel plane, Pf(â₊₊(0) + Y) times the
     * k ≠ 0 factors. At K_c it is the Pfaffian of A₊₊ on the complement of its kernel (§5).
     */
    public double logAbsReducedPfaffian() {
        return logAbsReduced;
    }

    /** The sign of P′₊₊ (for the orientation (û, v̂) of {@link #kernelPlane}). */
    public double signReducedPfaffian() {
        return signReduced;
    }

    /** r = c₊₊ P′₊₊ / W, the weight of the zero-mode pseudo-sector at K_c. */
    public double zeroModeWeight() {
        return COEFFICIENT[PP] * signReduced * Math.exp(logAbsReduced - logW);
    }

    /** ε_c of a sector. */
    public static int twistColumn(int sector) {
        return sector == PP || sector == PM ? 1 : -1;
    }

    /** ε_r of a sector. */
    public static int twistRow(int sector) {
        return sector == PP || sector == MP ? 1 : -1;
    }

    public int side() {
        return side;
    }

    public double coupling() {
        return coupling;
    }

    /** t = tanh K. */
    public double bondActivity() {
        return t;
    }

    /** ln |P_s|. */
    public double logAbsPfaffian(int sector) {
        return logAbsPfaffian[sector];
    }

    /** The sign of P_s: +1, except P₊₊, which is negative above K_c and zero at K_c. */
    public double signPfaffian(int sector) {
        return signPfaffian[sector];
    }

    /** ln W, W = Σ c_s P_s. */
    public double logW() {
        return logW;
    }

    /** ρ_s = c_s P_s / W; the four sum to one. ρ₊₊ = −½P₊₊/W is negative below K_c, zero at K_c, positive above. */
    public double weight(int sector) {
        return weight[sector];
    }

    /** ln Z = n ln 2 + 2n ln cosh K + ln W. */
    public double logZ() {
        int n = side * side;
        return n * Math.log(2) + 2 * n * logCosh(coupling) + logW;
    }

    /** ln cosh K without overflow for large K. */
    private static double logCosh(double k) {
        return k + Math.log1p(Math.exp(-2 * k)) - Math.log(2);
    }
}
