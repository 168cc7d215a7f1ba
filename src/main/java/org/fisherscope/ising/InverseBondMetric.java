package org.fisherscope.ising;

/**
 * The inverse of the per-bond metric of a translation-invariant lattice. The metric is block-circulant with
 * 2 × 2 blocks, g_{(x,u),(y,w)} = G_uw(y − x); the transform Ĝ(k) = Σ_r G(r)e^{−ik·r} diagonalises it, so the
 * inverse is Ĥ(k) = Ĝ(k)⁻¹ per momentum and H(r) = (1/n) Σ_k Ĥ(k)e^{ik·r} in real space.
 */
final class InverseBondMetric {

    private final int side;
    /** Ĥ(k) as [u][w][k], real and imaginary parts. */
    final double[][][] re = new double[2][2][];
    final double[][][] im = new double[2][2][];
    /** H(r) between the origin bond u and the bond (r, w): [u][w][r] (real). */
    final double[][][] real = new double[2][2][];

    /** From the metric rows of the two origin bonds: rows[u][2r + w] = g between (0, u) and (r, w). */
    InverseBondMetric(int side, double[][] rows) {
        this.side = side;
        int n = side * side;
        double[] cos = new double[side];
        double[] sin = new double[side];
        for (int j = 0; j < side; j++) {
            cos[j] = Math.cos(2 * Math.PI * j / side);
            sin[j] = Math.sin(2 * Math.PI * j / side);
        }
        double[][][] gRe = new double[2][2][];
        double[][][] gIm = new double[2][2][];
        for (int u = 0; u < 2; u++) {
            for (int w = 0; w < 2; w++) {
                double[] r = new double[n];
                double[] i = new double[n];
                for (int site = 0; site < n; site++) {
                    r[site] = rows[u][2 * site + w];
                }
                FourierCurvature.transform(r, i, side, 2, cos, sin);
                gRe[u][w] = r;
                gIm[u][w] = i;
                re[u][w] = new double[n];
                im[u][w] = new double[n];
            }
        }
        for (int k = 0; k < n; k++) {
            // 2 × 2 complex inverse by the adjugate.
            double aR = gRe[0][0][k], aI = gIm[0][0][k], bR = gRe[0][1][k], bI = gIm[0][1][k];
            double cR = gRe[1][0][k], cI = gIm[1][0][k], dR = gRe[1][1][k], dI = gIm[1][1][k];
            double detR = aR * dR - aI * dI - (bR * cR - bI * cI);
            double detI = aR * dI + aI * dR - (bR * cI + bI * cR);
            double norm = detR * detR + detI * detI;
            double iR = detR / norm;
            double iI = -detI / norm;
            set(0, 0, k, dR * iR - dI * iI, dR * iI + dI * iR);
            set(1, 1, k, aR * iR - aI * iI, aR * iI + aI * iR);
            set(0, 1, k, -(bR * iR - bI * iI), -(bR * iI + bI * iR));
            set(1, 0, k, -(cR * iR - cI * iI), -(cR * iI + cI * iR));
        }
        for (int u = 0; u < 2; u++) {
            for (int w = 0; w < 2; w++) {
                // The inverse transform of Ĥ, by conjugating, transforming forward and conjugating back (H is real).
                double[] r = re[u][w].clone();
                double[] i = im[u][w].clone();
                for (int k = 0; k < n; k++) {
                    i[k] = -i[k];
                }
                FourierCurvature.transform(r, i, side, 2, cos, sin);
                for (int site = 0; site < n; site++) {
                    r[site] /= n;
                }
                real[u][w] = r;
            }
        }
    }

    private void set(int u, int w, int k, double vr, double vi) {
        re[u][w][k] = vr;
        im[u][w][k] = vi;
    }

    int side() {
        return side;
    }

    /** The momentum index of −(k₁ + k₂) on the L × L grid (index row·L + column). */
    int negativeSum(int k1, int k2) {
        int row = Math.floorMod(-(k1 / side) - (k2 / side), side);
        int col = Math.floorMod(-(k1 % side) - (k2 % side), side);
        return row * side + col;
    }

    /**
     * The summand of B at one momentum pair: Re Σ K̂_tuw conj(K̂_t'u'w') Ĥ_tt'(k₀) Ĥ_uu'(k₁) Ĥ_ww'(k₂) with
     * k₀ = −(k₁ + k₂), type index (t·2 + u)·2 + w. Ĥ is Hermitian, so this is a positive quadratic form.
     * {@code scratch} holds four arrays of 8 (one set per thread).
     */
    double summand(double[] kRe, double[] kIm, int k1, int k2, double[][] scratch) {
        int k0 = negativeSum(k1, k2);
        double[] yRe = scratch[0];
        double[] yIm = scratch[1];
        double[] zRe = scratch[2];
        double[] zIm = scratch[3];
        System.arraycopy(kRe, 0, yRe, 0, 8);
        System.arraycopy(kIm, 0, yIm, 0, 8);
        contractAxis(yRe, yIm, zRe, zIm, k0, 4);
        contractAxis(zRe, zIm, yRe, yIm, k1, 2);
        contractAxis(yRe, yIm, zRe, zIm, k2, 1);
        double sum = 0;
        for (int idx = 0; idx < 8; idx++) {
            sum += zRe[idx] * kRe[idx] + zIm[idx] * kIm[idx];
        }
        return sum;
    }

    /** out[.. s' ..] = Σ_s in[.. s ..] Ĥ_{s s'}(k) along the type axis with this stride (4, 2, 1 for t, u, w). */
    private void contractAxis(double[] inRe, double[] inIm, double[] outRe, double[] outIm, int k, int stride) {
        for (int idx = 0; idx < 8; idx++) {
            if ((idx & stride) != 0) {
                continue;
            }
            int i1 = idx | stride;
            for (int sp = 0; sp < 2; sp++) {
                double hr0 = re[0][sp][k];
                double hi0 = im[0][sp][k];
                double hr1 = re[1][sp][k];
                double hi1 = im[1][sp][k];
                double r = inRe[idx] * hr0 - inIm[idx] * hi0 + inRe[i1] * hr1 - inIm[i1] * hi1;
                double i = inRe[idx] * hi0 + inIm[idx] * hr0 + inRe[i1] * hi1 + inIm[i1] * hr1;
                int to = sp == 0 ? idx : i1;
                outRe[to] = r;
                outIm[to] = i;
            }
        }
    }
}
