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
    /** Ĥ(k) packed per momentum for the contraction: [8k + 2(2u + w)] real, [… + 1] imaginary. */
    private final double[] packed;

    /** From the metric rows of the two origin bonds: rows[u][2r + w] = g between (0, u) and (r, w). */
    InverseBondMetric(int side, double[][] rows) {
        this.side = side;
        int n = side * side;
        double[][][] gRe = new double[2][2][];
        double[][][] gIm = new double[2][2][];
        for (int u = 0; u < 2; u++) {
            for (int w = 0; w < 2; w++) {
                double[] r = new double[n];
                double[] i = new double[n];
                for (int site = 0; site < n; site++) {
                    r[site] = rows[u][2 * site + w];
                }
                FourierCurvature.transform(r, i, side, 2);
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
        packed = new double[8 * n];
        for (int k = 0; k < n; k++) {
            for (int uw = 0; uw < 4; uw++) {
                packed[8 * k + 2 * uw] = re[uw >> 1][uw & 1][k];
                packed[8 * k + 2 * uw + 1] = im[uw >> 1][uw & 1][k];
            }
        }
        for (int u = 0; u < 2; u++) {
            for (int w = 0; w < 2; w++) {
                // The inverse transform of Ĥ, by conjugating, transforming forward and conjugating back (H is real).
                double[] r = re[u][w].clone();
                double[] i = im[u][w].clone();
                for (int k = 0; k < n; k++) {
                    i[k] = -i[k];
                }
                FourierCurvature.transform(r, i, side, 2);
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
        return summand(kRe, kIm, negativeSum(k1, k2), k1, k2, scratch);
    }

    /** The same with k₀ = −(k₁ + k₂) given (the hot loop steps it without divisions). */
    double summand(double[] kRe, double[] kIm, int k0, int k1, int k2, double[][] scratch) {
        double[] aRe = scratch[0];
        double[] aIm = scratch[1];
        double[] bRe = scratch[2];
        double[] bIm = scratch[3];
        contractAxis(kRe, kIm, aRe, aIm, 8 * k0, 4);
        contractAxis(aRe, aIm, bRe, bIm, 8 * k1, 2);
        contractAxis(bRe, bIm, aRe, aIm, 8 * k2, 1);
        double sum = 0;
        for (int idx = 0; idx < 8; idx++) {
            sum += aRe[idx] * kRe[idx] + aIm[idx] * kIm[idx];
        }
        return sum;
    }

    /**
     * out[.. s' ..] = Σ_s in[.. s ..] Ĥ_{s s'}(k) along the type axis with this stride (4, 2, 1 for t, u, w); Ĥ(k)
     * is read from the packed copy at {@code at}.
     */
    private void contractAxis(double[] inRe, double[] inIm, double[] outRe, double[] outIm, int at, int stride) {
        double[] h = packed;
        double h00r = h[at];
        double h00i = h[at + 1];
        double h01r = h[at + 2];
        double h01i = h[at + 3];
        double h10r = h[at + 4];
        double h10i = h[at + 5];
        double h11r = h[at + 6];
        double h11i = h[at + 7];
        for (int idx = 0; idx < 8; idx++) {
            if ((idx & stride) != 0) {
                continue;
            }
            int i1 = idx | stride;
            double xr = inRe[idx];
            double xi = inIm[idx];
            double yr = inRe[i1];
            double yi = inIm[i1];
            outRe[idx] = xr * h00r - xi * h00i + yr * h10r - yi * h10i;
            outIm[idx] = xr * h00i + xi * h00r + yr * h10i + yi * h10r;
            outRe[i1] = xr * h01r - xi * h01i + yr * h11r - yi * h11i;
            outIm[i1] = xr * h01i + xi * h01r + yr * h11i + yi * h11r;
        }
    }
}
