package org.fisherscope.ising;

import org.fisherscope.fourier.CyclicFft;
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
        InverseBondMetric h = new InverseBondMetric(side, cumulants.metricRows());
        // κ and its 4-D transform for the 8 type triples, index (r₁, r₂) → r₁·n + r₂.
        double[][] kRe = new double[8][];
        double[][] kIm = new double[8][];
        double[] tau = new double[2];
        for (int t = 0; t < 2; t++) {
            for (int u = 0; u < 2; u++) {
                for (int w = 0; w < 2; w++) {
                    double[] re = new double[n * n];
                    for (int r1 = 0; r1 < n; r1++) {
                        double hr = h.real[t][u][r1];
                        for (int r2 = 0; r2 < n; r2++) {
                            double k = cumulants.thirdRow(t, 2 * r1 + u, 2 * r2 + w);
                            re[r1 * n + r2] = k;
                            tau[w] += hr * k;
                        }
                    }
                    double[] im = new double[n * n];
                    transform(re, im, side, 4);
                    kRe[(t * 2 + u) * 2 + w] = re;
                    kIm[(t * 2 + u) * 2 + w] = im;
                }
            }
        }
        double a = 0;
        for (int w = 0; w < 2; w++) {
            for (int v = 0; v < 2; v++) {
                a += tau[w] * h.re[w][v][0] * tau[v];
            }
        }
        a *= n;
        double b = 0;
        double[] pointRe = new double[8];
        double[] pointIm = new double[8];
        double[][] scratch = new double[4][8];
        for (int k1 = 0; k1 < n; k1++) {
            for (int k2 = 0; k2 < n; k2++) {
                int q = k1 * n + k2;
                for (int idx = 0; idx < 8; idx++) {
                    pointRe[idx] = kRe[idx][q];
                    pointIm[idx] = kIm[idx][q];
                }
                b += h.summand(pointRe, pointIm, k1, k2, scratch);
            }
        }
        b /= n;
        return new CumulantCurvature.Result(a, b);
    }

    /**
     * In-place forward DFT X(k) = Σ_r x(r)e^{−2πi k·r/L} over {@code axes} axes of length L each (the index is
     * row-major in the axes), one batch of length-L FFTs per axis ({@link CyclicFft}, any L).
     */
    static void transform(double[] re, double[] im, int side, int axes) {
        CyclicFft fft = CyclicFft.of(side);
        int total = re.length;
        int stride = 1;
        for (int axis = 0; axis < axes; axis++) {
            int block = stride * side;
            // Within a block the sequences of this axis start at the first `stride` positions, `stride` apart.
            CyclicFft.Scratch scratch = fft.newScratch(stride);
            for (int outer = 0; outer < total; outer += block) {
                fft.forwardMany(re, im, outer, stride, stride, 1, scratch);
            }
            stride = block;
        }
    }
}
