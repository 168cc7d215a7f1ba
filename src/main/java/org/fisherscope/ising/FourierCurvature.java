package org.fisherscope.ising;

import org.fisherscope.geometry.CumulantCurvature;

/**
 * R = (B − A)/4 in the translation-invariant form. The metric is block-circulant with 2 × 2 blocks,
 * g_{(x,u),(y,w)} = G_uw(y − x); the 2-D transform Ĝ(k) = Σ_r G(r)e^{−ik·r} diagonalises it and the inverse
 * metric is Ĥ(k) = Ĝ(k)⁻¹ per momentum. With κ_tuw(r₁, r₂) = T_{(0,t),(r₁,u),(r₂,w)} and its 4-D transform
 * K̂_tuw(k₁, k₂) = Σ κ e^{−i(k₁·r₁ + k₂·r₂)}:
 * <pre>
 *   τ_w = Σ_{u,v} Σ_{r₁,r₂} H_uv(r₁) κ_uvw(r₁, r₂)        (t_c = τ_{type(c)})
 *   A   = n τᵀ Ĥ(0) τ
 *   B   = (1/n) Σ_{k₁,k₂} K̂_tuw conj(K̂_t'u'w') Ĥ_tt'(−k₁−k₂) Ĥ_uu'(k₁) Ĥ_ww'(k₂)
 * </pre>
 * Cost O(L⁵) for the transforms and O(n²) for the sum, against O(m⁴) dense.
 */
public final class FourierCurvature {

    private FourierCurvature() {
    }

    public static CumulantCurvature.Result of(BondCumulants cumulants) {
        IsingLattice lattice = cumulants.lattice();
        int side = lattice.side();
        int n = lattice.sites();
        double[] cos = new double[side];
        double[] sin = new double[side];
        for (int j = 0; j < side; j++) {
            cos[j] = Math.cos(2 * Math.PI * j / side);
            sin[j] = Math.sin(2 * Math.PI * j / side);
        }
        // Ĝ(k) and Ĥ(k) = Ĝ(k)⁻¹, [u][w][k] real and imaginary parts.
        double[][][] hRe = new double[2][2][n];
        double[][][] hIm = new double[2][2][n];
        double[][][] gRe = new double[2][2][n];
        double[][][] gIm = new double[2][2][n];
        for (int u = 0; u < 2; u++) {
            for (int w = 0; w < 2; w++) {
                double[] re = new double[n];
                double[] im = new double[n];
                for (int r = 0; r < n; r++) {
                    re[r] = cumulants.metricRow(u, 2 * r + w);
                }
                transform(re, im, side, 2, cos, sin);
                gRe[u][w] = re;
                gIm[u][w] = im;
            }
        }
        for (int k = 0; k < n; k++) {
            // 2 × 2 complex inverse by the adjugate.
            double aR = gRe[0][0][k], aI = gIm[0][0][k], bR = gRe[0][1][k], bI = gIm[0][1][k];
            double cR = gRe[1][0][k], cI = gIm[1][0][k], dR = gRe[1][1][k], dI = gIm[1][1][k];
            double detR = aR * dR - aI * dI - (bR * cR - bI * cI);
            double detI = aR * dI + aI * dR - (bR * cI + bI * cR);
            double norm = detR * detR + detI * detI;
            double iR = detR / norm, iI = -detI / norm;
            set(hRe, hIm, 0, 0, k, dR * iR - dI * iI, dR * iI + dI * iR);
            set(hRe, hIm, 1, 1, k, aR * iR - aI * iI, aR * iI + aI * iR);
            set(hRe, hIm, 0, 1, k, -(bR * iR - bI * iI), -(bR * iI + bI * iR));
            set(hRe, hIm, 1, 0, k, -(cR * iR - cI * iI), -(cR * iI + cI * iR));
        }
        // H(r) in real space (real): H(r) = (1/n) Σ_k Ĥ(k) e^{ik·r}; the inverse transform of Ĥ, conjugated twice.
        double[][][] hReal = new double[2][2][];
        for (int u = 0; u < 2; u++) {
            for (int v = 0; v < 2; v++) {
                double[] re = hRe[u][v].clone();
                double[] im = hIm[u][v].clone();
                for (int k = 0; k < n; k++) {
                    im[k] = -im[k];
                }
                transform(re, im, side, 2, cos, sin);
                for (int r = 0; r < n; r++) {
                    re[r] /= n;
                }
                hReal[u][v] = re;
            }
        }
        // κ and its 4-D transform for the 8 type triples, index (r₁, r₂) → r₁·n + r₂.
        double[][] kRe = new double[8][];
        double[][] kIm = new double[8][];
        double[] tau = new double[2];
        for (int t = 0; t < 2; t++) {
            for (int u = 0; u < 2; u++) {
                for (int w = 0; w < 2; w++) {
                    double[] re = new double[n * n];
                    for (int r1 = 0; r1 < n; r1++) {
                        double h = hReal[t][u][r1];
                        for (int r2 = 0; r2 < n; r2++) {
                            double k = cumulants.thirdRow(t, 2 * r1 + u, 2 * r2 + w);
                            re[r1 * n + r2] = k;
                            tau[w] += h * k;
                        }
                    }
                    double[] im = new double[n * n];
                    transform(re, im, side, 4, cos, sin);
                    kRe[(t * 2 + u) * 2 + w] = re;
                    kIm[(t * 2 + u) * 2 + w] = im;
                }
            }
        }
        double a = 0;
        for (int w = 0; w < 2; w++) {
            for (int v = 0; v < 2; v++) {
                a += tau[w] * hRe[w][v][0] * tau[v];
            }
        }
        a *= n;
        double b = 0;
        double[] yRe = new double[8];
        double[] yIm = new double[8];
        double[] zRe = new double[8];
        double[] zIm = new double[8];
        for (int k1 = 0; k1 < n; k1++) {
            for (int k2 = 0; k2 < n; k2++) {
                int k0 = negativeSum(k1, k2, side);
                int q = k1 * n + k2;
                // Y_{t'uw} = Σ_t K̂_tuw Ĥ_tt'(k0); then the u and w indices with Ĥ(k1), Ĥ(k2).
                for (int idx = 0; idx < 8; idx++) {
                    yRe[idx] = kRe[idx][q];
                    yIm[idx] = kIm[idx][q];
                }
                contractAxis(yRe, yIm, zRe, zIm, hRe, hIm, k0, 4);
                contractAxis(zRe, zIm, yRe, yIm, hRe, hIm, k1, 2);
                contractAxis(yRe, yIm, zRe, zIm, hRe, hIm, k2, 1);
                for (int idx = 0; idx < 8; idx++) {
                    // Re(Z · conj(K̂)).
                    b += zRe[idx] * kRe[idx][q] + zIm[idx] * kIm[idx][q];
                }
            }
        }
        b /= n;
        return new CumulantCurvature.Result(a, b);
    }

    private static void set(double[][][] re, double[][][] im, int u, int w, int k, double vr, double vi) {
        re[u][w][k] = vr;
        im[u][w][k] = vi;
    }

    /** The site index of −(k₁ + k₂) on the L × L momentum grid. */
    private static int negativeSum(int k1, int k2, int side) {
        int row = Math.floorMod(-(k1 / side) - (k2 / side), side);
        int col = Math.floorMod(-(k1 % side) - (k2 % side), side);
        return row * side + col;
    }

    /**
     * out[.. s' ..] = Σ_s in[.. s ..] Ĥ_{s s'}(k) along the type axis with the given stride (4, 2, 1 for
     * t, u, w in the index (t·2 + u)·2 + w).
     */
    private static void contractAxis(double[] inRe, double[] inIm, double[] outRe, double[] outIm, double[][][] hRe,
                                     double[][][] hIm, int k, int stride) {
        for (int idx = 0; idx < 8; idx++) {
            if ((idx & stride) != 0) {
                continue;
            }
            int i0 = idx;
            int i1 = idx | stride;
            for (int sp = 0; sp < 2; sp++) {
                double r = 0;
                double im = 0;
                for (int s = 0; s < 2; s++) {
                    int from = s == 0 ? i0 : i1;
                    double hr = hRe[s][sp][k];
                    double hi = hIm[s][sp][k];
                    r += inRe[from] * hr - inIm[from] * hi;
                    im += inRe[from] * hi + inIm[from] * hr;
                }
                int to = sp == 0 ? i0 : i1;
                outRe[to] = r;
                outIm[to] = im;
            }
        }
    }

    /**
     * In-place forward DFT X(k) = Σ_r x(r)e^{−2πi k·r/L} over {@code axes} axes of length L each (the index
     * is row-major in the axes), by one direct length-L transform per axis.
     */
    static void transform(double[] re, double[] im, int side, int axes, double[] cos, double[] sin) {
        int total = re.length;
        double[] bufRe = new double[side];
        double[] bufIm = new double[side];
        int stride = 1;
        for (int axis = 0; axis < axes; axis++) {
            int block = stride * side;
            for (int outer = 0; outer < total; outer += block) {
                for (int inner = 0; inner < stride; inner++) {
                    int base = outer + inner;
                    for (int k = 0; k < side; k++) {
                        double sr = 0;
                        double si = 0;
                        for (int r = 0; r < side; r++) {
                            int phase = (k * r) % side;
                            double xr = re[base + r * stride];
                            double xi = im[base + r * stride];
                            // e^{−iθ} = cos θ − i sin θ.
                            sr += xr * cos[phase] + xi * sin[phase];
                            si += xi * cos[phase] - xr * sin[phase];
                        }
                        bufRe[k] = sr;
                        bufIm[k] = si;
                    }
                    for (int k = 0; k < side; k++) {
                        re[base + k * stride] = bufRe[k];
                        im[base + k * stride] = bufIm[k];
                    }
                }
            }
            stride = block;
        }
    }
}
