package org.fisherscope.ising;

/**
 * Translation-invariant second and third cumulants of the bond variables of a periodic L × L lattice at a
 * homogeneous coupling: g_{(x,d),(x+r,e)} = g[2d + e][r] and T_{(x,d),(x+r₁,e),(x+r₂,f)} = t[4d + 2e + f][r₁·n + r₂],
 * with directions d ∈ {0 = right, 1 = down} and displacements r = ry·L + rx taken modulo L in each axis.
 * Together with the symmetry of g and T these determine every entry of the m × m and m × m × m tensors.
 */
public record BondCumulants(int size, double[] mean, double[][] g, double[][] t) {

    public int sites() {
        return size * size;
    }

    public int bonds() {
        return 2 * size * size;
    }

    /** r₂ − r₁ on the torus. */
    public int difference(int r2, int r1) {
        int dy = Math.floorMod(r2 / size - r1 / size, size);
        int dx = Math.floorMod(r2 % size - r1 % size, size);
        return dy * size + dx;
    }

    /** Cumulants from Monte Carlo moments (raw moments centred by the law of total cumulance). */
    public static BondCumulants fromMoments(MonteCarloMoments m) {
        int size = m.size();
        int n = size * size;
        double[] mean = {m.mean(0), m.mean(1)};
        double[][] second = new double[4][n];
        double[][] g = new double[4][n];
        for (int d = 0; d < 2; d++) {
            for (int e = 0; e < 2; e++) {
                for (int r = 0; r < n; r++) {
                    second[2 * d + e][r] = m.second(d, e, r);
                    g[2 * d + e][r] = second[2 * d + e][r] - mean[d] * mean[e];
                }
            }
        }
        BondCumulants shape = new BondCumulants(size, mean, g, null);
        double[][] t = new double[8][n * n];
        for (int d = 0; d < 2; d++) {
            for (int e = 0; e < 2; e++) {
                for (int f = 0; f < 2; f++) {
                    double[] out = t[4 * d + 2 * e + f];
                    for (int r1 = 0; r1 < n; r1++) {
                        for (int r2 = 0; r2 < n; r2++) {
                            out[r1 * n + r2] = m.third(d, e, f, r1, r2)
                                    - second[2 * d + e][r1] * mean[f]
                                    - second[2 * d + f][r2] * mean[e]
                                    - second[2 * e + f][shape.difference(r2, r1)] * mean[d]
                                    + 2 * mean[d] * mean[e] * mean[f];
                        }
                    }
                }
            }
        }
        return new BondCumulants(size, mean, g, t);
    }

    /** The full m × m metric, bond index 2·site + direction. */
    public double[][] denseMetric() {
        int n = sites();
        double[][] dense = new double[2 * n][2 * n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                int r = difference(y, x);
                for (int d = 0; d < 2; d++) {
                    for (int e = 0; e < 2; e++) {
                        dense[2 * x + d][2 * y + e] = g[2 * d + e][r];
                    }
                }
            }
        }
        return dense;
    }

    /** The full m × m × m third-cumulant tensor (only for small lattices: m³ doubles). */
    public double[][][] denseThird() {
        int n = sites();
        double[][][] dense = new double[2 * n][2 * n][2 * n];
        for (int x = 0; x < n; x++) {
            for (int y = 0; y < n; y++) {
                int r1 = difference(y, x);
                for (int z = 0; z < n; z++) {
                    int r2 = difference(z, x);
                    for (int d = 0; d < 2; d++) {
                        for (int e = 0; e < 2; e++) {
                            for (int f = 0; f < 2; f++) {
                                dense[2 * x + d][2 * y + e][2 * z + f] = t[4 * d + 2 * e + f][r1 * n + r2];
                            }
                        }
                    }
                }
            }
        }
        return dense;
    }
}
