package org.fisherscope.ising;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.CumulantCurvature;

/**
 * A = t·g⁻¹·t and B = T_abc T^{abc} of translation-invariant bond cumulants, contracted in the Brillouin
 * zone instead of over m = 2L² bonds. g is block-circulant (2 × 2 blocks), so g⁻¹ is the inverse symbol
 * H(q) = Ĝ(q)⁻¹, Ĝ(q) = Σ_r g(r) e^{iq·r}; with K̂(q₁, q₂) = Σ_{r₁,r₂} κ(r₁, r₂) e^{−i(q₁·r₁ + q₂·r₂)}:
 * <pre>
 *   τ_f = (1/n) Σ_q Σ_de H_de(q) K̂_def(q, 0),     A = n τᵀ H(0) τ,
 *   B   = (1/n) Σ_{q₁,q₂} K̂_def(q₁,q₂) conj K̂_d′e′f′(q₁,q₂) H_dd′(q₁+q₂) H_ee′(−q₁) H_ff′(−q₂).
 * </pre>
 * Cost O(n²·L) for the four one-axis DFTs of each of the 8 type triples, then O(64 n²) for B: against
 * O(m⁴) for the dense contraction. Curvature convention as everywhere: R = (B − A)/4, unit sphere +2.
 */
public final class FourierCurvature {

    private FourierCurvature() {
    }

    public static CumulantCurvature.Result compute(BondCumulants c, BooleanSupplier cancelled) {
        int size = c.size();
        int n = size * size;
        double[] cos = new double[size];
        double[] sin = new double[size];
        for (int k = 0; k < size; k++) {
            cos[k] = Math.cos(2 * Math.PI * k / size);
            sin[k] = Math.sin(2 * Math.PI * k / size);
        }
        // H(q) = Ĝ(q)⁻¹, stored as [q][entry 0..3][re, im].
        double[][] hRe = new double[n][4];
        double[][] hIm = new double[n][4];
        for (int q = 0; q < n; q++) {
            int qy = q / size;
            int qx = q % size;
            double[] gRe = new double[4];
            double[] gIm = new double[4];
            for (int r = 0; r < n; r++) {
                int phase = (qy * (r / size) + qx * (r % size)) % size;
                for (int k = 0; k < 4; k++) {
                    gRe[k] += c.g()[k][r] * cos[phase];
                    gIm[k] += c.g()[k][r] * sin[phase];
                }
            }
            invert2x2(gRe, gIm, hRe[q], hIm[q]);
        }
        double[][] kRe = new double[8][];
        double[][] kIm = new double[8][];
        for (int type = 0; type < 8; type++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            kRe[type] = c.t()[type].clone();
            kIm[type] = new double[n * n];
            int stride = 1;
            for (int axis = 0; axis < 4; axis++) {
                transformAxis(kRe[type], kIm[type], size, stride, cos, sin);
                stride *= size;
            }
        }
        // τ_f and A.
        double[] tauRe = new double[2];
        double[] tauIm = new double[2];
        for (int q = 0; q < n; q++) {
            for (int d = 0; d < 2; d++) {
                for (int e = 0; e < 2; e++) {
                    double hr = hRe[q][2 * d + e];
                    double hi = hIm[q][2 * d + e];
                    for (int f = 0; f < 2; f++) {
                        int index = q * n;
                        double kr = kRe[4 * d + 2 * e + f][index];
                        double ki = kIm[4 * d + 2 * e + f][index];
                        tauRe[f] += (hr * kr - hi * ki) / n;
                        tauIm[f] += (hr * ki + hi * kr) / n;
                    }
                }
            }
        }
        double a = 0;
        for (int d = 0; d < 2; d++) {
            for (int e = 0; e < 2; e++) {
                // τ is real up to rounding; H(0) is real symmetric.
                a += n * tauRe[d] * hRe[0][2 * d + e] * tauRe[e];
            }
        }
        double b = 0;
        for (int q1 = 0; q1 < n; q1++) {
            if ((q1 & 15) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            int minusQ1 = negate(q1, size);
            for (int q2 = 0; q2 < n; q2++) {
                int sum = add(q1, q2, size);
                int minusQ2 = negate(q2, size);
                int index = q1 * n + q2;
                for (int u = 0; u < 8; u++) {
                    double ur = kRe[u][index];
                    double ui = kIm[u][index];
                    int d = u >> 2;
                    int e = (u >> 1) & 1;
                    int f = u & 1;
                    for (int v = 0; v < 8; v++) {
                        int d2 = v >> 2;
                        int e2 = (v >> 1) & 1;
                        int f2 = v & 1;
                        // K̂_u · conj K̂_v
                        double pr = ur * kRe[v][index] + ui * kIm[v][index];
                        double pi = ui * kRe[v][index] - ur * kIm[v][index];
                        double[] h = product(hRe[sum][2 * d + d2], hIm[sum][2 * d + d2],
                                hRe[minusQ1][2 * e + e2], hIm[minusQ1][2 * e + e2],
                                hRe[minusQ2][2 * f + f2], hIm[minusQ2][2 * f + f2]);
                        b += pr * h[0] - pi * h[1];
                    }
                }
            }
        }
        return new CumulantCurvature.Result(a, b / n);
    }

    private static double[] product(double ar, double ai, double br, double bi, double cr, double ci) {
        double xr = ar * br - ai * bi;
        double xi = ar * bi + ai * br;
        return new double[] {xr * cr - xi * ci, xr * ci + xi * cr};
    }

    private static int negate(int q, int size) {
        int qy = q / size;
        int qx = q % size;
        return ((size - qy) % size) * size + (size - qx) % size;
    }

    private static int add(int q1, int q2, int size) {
        return ((q1 / size + q2 / size) % size) * size + (q1 % size + q2 % size) % size;
    }

    /** In-place DFT with kernel e^{−2πi jk/L} along one axis of stride {@code stride} of an L⁴ array. */
    private static void transformAxis(double[] re, double[] im, int size, int stride, double[] cos, double[] sin) {
        int total = re.length;
        double[] lineRe = new double[size];
        double[] lineIm = new double[size];
        for (int start = 0; start < total; start++) {
            if ((start / stride) % size != 0) {
                continue;
            }
            for (int k = 0; k < size; k++) {
                double sr = 0;
                double si = 0;
                for (int j = 0; j < size; j++) {
                    int phase = (j * k) % size;
                    double xr = re[start + j * stride];
                    double xi = im[start + j * stride];
                    // (xr + i xi)(cos − i sin)
                    sr += xr * cos[phase] + xi * sin[phase];
                    si += xi * cos[phase] - xr * sin[phase];
                }
                lineRe[k] = sr;
                lineIm[k] = si;
            }
            for (int k = 0; k < size; k++) {
                re[start + k * stride] = lineRe[k];
                im[start + k * stride] = lineIm[k];
            }
        }
    }

    private static void invert2x2(double[] re, double[] im, double[] outRe, double[] outIm) {
        // det = g00 g11 − g01 g10 (complex)
        double dr = re[0] * re[3] - im[0] * im[3] - (re[1] * re[2] - im[1] * im[2]);
        double di = re[0] * im[3] + im[0] * re[3] - (re[1] * im[2] + im[1] * re[2]);
        double norm = dr * dr + di * di;
        double ir = dr / norm;
        double ii = -di / norm;
        double[][] adj = {{re[3], im[3]}, {-re[1], -im[1]}, {-re[2], -im[2]}, {re[0], im[0]}};
        for (int k = 0; k < 4; k++) {
            outRe[k] = adj[k][0] * ir - adj[k][1] * ii;
            outIm[k] = adj[k][0] * ii + adj[k][1] * ir;
        }
    }
}
