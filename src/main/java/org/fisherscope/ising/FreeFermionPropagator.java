package org.fisherscope.ising;

import org.fisherscope.fourier.CyclicFft;
import org.fisherscope.fourier.GridFft;

/**
 * The Wick propagator of one regular Pfaffian sector (docs: ../shared/ising-free-fermion.md §3):
 * γ_αβ(d) = G[(x,α),(x+d,β)] = −(1/n) Σ_k e^{ik·d} [â_s(k)⁻¹]_αβ for the 16 leg pairs and every
 * displacement d on the torus, with γ(d + Lê) = ε γ(d) across a twisted seam. Legs are ordered
 * E, N, W, S; the symbol is â(k) = C + t(e^{−ik_c}E_EW − e^{ik_c}E_WE + e^{−ik_r}E_NS − e^{ik_r}E_SN)
 * with C_αβ = +1 for α &lt; β.
 *
 * <p>The sum over k is one inverse 2-D FFT per leg pair ({@link GridFft}, any L) and a phase for the twist:
 * O(16 n log n) per sector.
 */
public final class FreeFermionPropagator {

    public static final int EAST = 0;
    public static final int NORTH = 1;
    public static final int WEST = 2;
    public static final int SOUTH = 3;
    static final int LEGS = 4;

    private final int side;
    private final int twistColumn;
    private final int twistRow;
    /** γ[4α + β][dr·L + dc] for 0 ≤ dr, dc &lt; L. */
    private final double[][] gamma;

    /**
     * Propagator of a sector. Refuses the ++ sector where its k = 0 block is (nearly) singular: that needs
     * the zero-mode treatment.
     */
    FreeFermionPropagator(FreeFermionSectors sectors, int sector, double minZeroModePfaffian) {
        this(sectors, sector, false);
        if (sector == FreeFermionSectors.PP && Math.abs(sectors.zeroModePfaffian()) < minZeroModePfaffian) {
            throw new IllegalStateException("the periodic sector is singular this close to K_c (Pf â₊₊(0) = "
                    + sectors.zeroModePfaffian() + "); it needs the zero-mode treatment");
        }
    }

    /**
     * X(d) of the ++ sector at K_c (§5): the same sum with â₊₊(0)⁻¹ replaced by the pseudo-inverse
     * â₊₊(0)⁺ = (â₊₊(0) + Y)⁻¹ + Y, Y = ûv̂ᵀ − v̂ûᵀ on the kernel (on that plane Y⁻¹ = −Y).
     */
    static FreeFermionPropagator zeroModeRemainder(FreeFermionSectors sectors) {
        return new FreeFermionPropagator(sectors, FreeFermionSectors.PP, true);
    }

    private FreeFermionPropagator(FreeFermionSectors sectors, int sector, boolean pseudoInverseAtZero) {
        this.side = sectors.side();
        this.twistColumn = FreeFermionSectors.twistColumn(sector);
        this.twistRow = FreeFermionSectors.twistRow(sector);
        double t = sectors.bondActivity();
        int l = side;
        int n = l * l;
        double[][] invRe = new double[LEGS * LEGS][n];
        double[][] invIm = new double[LEGS * LEGS][n];
        double[][] re = new double[LEGS][LEGS];
        double[][] im = new double[LEGS][LEGS];
        for (int jr = 0; jr < l; jr++) {
            double kr = sectors.momentum(jr, twistRow);
            for (int jc = 0; jc < l; jc++) {
                double kc = sectors.momentum(jc, twistColumn);
                symbol(t, kr, kc, re, im);
                boolean zero = pseudoInverseAtZero && jr == 0 && jc == 0;
                double[][] kernelPlane = FreeFermionSectors.kernelPlane();
                if (zero) {
                    addTo(re, kernelPlane);
                }
                ComplexMatrix4.invert(re, im);
                if (zero) {
                    addTo(re, kernelPlane);
                }
                for (int a = 0; a < LEGS; a++) {
                    for (int b = 0; b < LEGS; b++) {
                        invRe[LEGS * a + b][jr * l + jc] = re[a][b];
                        invIm[LEGS * a + b][jr * l + jc] = im[a][b];
                    }
                }
            }
        }
        // γ(d) = −(1/n) Σ_j e^{i(2πj + φ)·d/L} â⁻¹(j) = −(1/n) Re[e^{iφ·d/L} · inverse FFT of â⁻¹ at d]: the twist
        // φ = π in a twisted direction only adds a phase per displacement. The imaginary part vanishes (A is real).
        GridFft fft = GridFft.of(l);
        CyclicFft.Scratch scratch = fft.newScratch();
        double[] cos = new double[n];
        double[] sin = new double[n];
        for (int dr = 0; dr < l; dr++) {
            for (int dc = 0; dc < l; dc++) {
                double angle = (twistRow < 0 ? Math.PI * dr / l : 0) + (twistColumn < 0 ? Math.PI * dc / l : 0);
                cos[dr * l + dc] = Math.cos(angle);
                sin[dr * l + dc] = Math.sin(angle);
            }
        }
        gamma = new double[LEGS * LEGS][n];
        for (int p = 0; p < LEGS * LEGS; p++) {
            double[] sumRe = invRe[p];
            double[] sumIm = invIm[p];
            fft.inverse(sumRe, sumIm, 0, scratch);
            for (int d = 0; d < n; d++) {
                gamma[p][d] = -(cos[d] * sumRe[d] - sin[d] * sumIm[d]) / n;
            }
        }
    }

    private static void addTo(double[][] target, double[][] term) {
        for (int a = 0; a < LEGS; a++) {
            for (int b = 0; b < LEGS; b++) {
                target[a][b] += term[a][b];
            }
        }
    }

    /** The 4×4 symbol â(k) into (re, im). */
    static void symbol(double t, double kr, double kc, double[][] re, double[][] im) {
        for (int a = 0; a < LEGS; a++) {
            for (int b = 0; b < LEGS; b++) {
                re[a][b] = a < b ? 1 : a > b ? -1 : 0;
                im[a][b] = 0;
            }
        }
        re[EAST][WEST] += t * Math.cos(kc);
        im[EAST][WEST] -= t * Math.sin(kc);
        re[WEST][EAST] -= t * Math.cos(kc);
        im[WEST][EAST] -= t * Math.sin(kc);
        re[NORTH][SOUTH] += t * Math.cos(kr);
        im[NORTH][SOUTH] -= t * Math.sin(kr);
        re[SOUTH][NORTH] -= t * Math.cos(kr);
        im[SOUTH][NORTH] -= t * Math.sin(kr);
    }

    /** γ_αβ(dr, dc) for any displacement on the covering lattice (twist signs applied). */
    public double gamma(int alpha, int beta, int dr, int dc) {
        int wrapsR = Math.floorDiv(dr, side);
        int wrapsC = Math.floorDiv(dc, side);
        double sign = 1;
        if (twistRow < 0 && (wrapsR & 1) != 0) {
            sign = -sign;
        }
        if (twistColumn < 0 && (wrapsC & 1) != 0) {
            sign = -sign;
        }
        return sign * gamma[LEGS * alpha + beta][Math.floorMod(dr, side) * side + Math.floorMod(dc, side)];
    }

    /** G between leg α at (r1, c1) and leg β at (r2, c2), positions on the covering lattice. */
    public double between(int r1, int c1, int alpha, int r2, int c2, int beta) {
        return gamma(alpha, beta, r2 - r1, c2 - c1);
    }
}
