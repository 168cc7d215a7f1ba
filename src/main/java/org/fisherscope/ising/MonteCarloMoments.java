package org.fisherscope.ising;

/**
 * Accumulates the translation-averaged moments of the bond variables over sampled configurations, exactly,
 * in integers. Bond fields are packed as bits (1 where s_i s_j = −1), so a sum of products over the lattice
 * is n − 2·popcount(A xor B): per sample the second moments cost O(n·n/64) and the third moments
 * O(8 n²·n/64) word operations, far below the m³ of building T bond by bond.
 *
 * <p>Layout: direction d ∈ {0 = right, 1 = down}; displacement r = ry·L + rx. The averages are
 * ⟨e_d(x)⟩, ⟨e_d(x) e_d′(x + r)⟩ and ⟨e_d(x) e_d′(x + r₁) e_d″(x + r₂)⟩, each over sites x and samples.
 */
public final class MonteCarloMoments {

    private final int size;
    private final int n;
    private final int words;
    private final long[][] bits;
    private final long[][][] shifted;
    private final long[] first = new long[2];
    private final long[][] second;
    private final long[][] third;
    private long samples;

    public MonteCarloMoments(int size) {
        this.size = size;
        this.n = size * size;
        this.words = (n + 63) / 64;
        this.bits = new long[2][words];
        this.shifted = new long[2][n][words];
        this.second = new long[4][n];
        this.third = new long[8][n * n];
    }

    /** Adds one configuration (row-major spins ±1). */
    public void add(byte[] spin) {
        for (int d = 0; d < 2; d++) {
            java.util.Arrays.fill(bits[d], 0);
        }
        for (int i = 0; i < n; i++) {
            int x = i % size;
            int right = x == size - 1 ? i - x : i + 1;
            int below = i + size >= n ? i + size - n : i + size;
            if (spin[i] != spin[right]) {
                bits[0][i >> 6] |= 1L << i;
            }
            if (spin[i] != spin[below]) {
                bits[1][i >> 6] |= 1L << i;
            }
        }
        // shifted[d][r] holds bit x = e_d(x + r) = −1.
        for (int d = 0; d < 2; d++) {
            for (int r = 0; r < n; r++) {
                long[] target = shifted[d][r];
                java.util.Arrays.fill(target, 0);
                int ry = r / size;
                int rx = r % size;
                for (int x = 0; x < n; x++) {
                    int y0 = x / size;
                    int x0 = x % size;
                    int source = ((y0 + ry) % size) * size + (x0 + rx) % size;
                    if ((bits[d][source >> 6] & (1L << source)) != 0) {
                        target[x >> 6] |= 1L << x;
                    }
                }
            }
        }
        long[] product = new long[words];
        for (int d = 0; d < 2; d++) {
            first[d] += popcount(bits[d]);
            for (int d1 = 0; d1 < 2; d1++) {
                long[] pairs = second[2 * d + d1];
                for (int r1 = 0; r1 < n; r1++) {
                    long[] b = shifted[d1][r1];
                    for (int w = 0; w < words; w++) {
                        product[w] = bits[d][w] ^ b[w];
                    }
                    pairs[r1] += popcount(product);
                    for (int d2 = 0; d2 < 2; d2++) {
                        long[] triples = third[4 * d + 2 * d1 + d2];
                        long[][] c = shifted[d2];
                        int base = r1 * n;
                        for (int r2 = 0; r2 < n; r2++) {
                            long[] cw = c[r2];
                            int count = 0;
                            for (int w = 0; w < words; w++) {
                                count += Long.bitCount(product[w] ^ cw[w]);
                            }
                            triples[base + r2] += count;
                        }
                    }
                }
            }
        }
        samples++;
    }

    /** Adds another accumulator's samples (same lattice): pooling chains. */
    public void merge(MonteCarloMoments other) {
        if (other.size != size) {
            throw new IllegalArgumentException("cannot pool L = " + other.size + " into L = " + size);
        }
        for (int d = 0; d < 2; d++) {
            first[d] += other.first[d];
        }
        for (int k = 0; k < second.length; k++) {
            for (int r = 0; r < n; r++) {
                second[k][r] += other.second[k][r];
            }
        }
        for (int k = 0; k < third.length; k++) {
            for (int i = 0; i < third[k].length; i++) {
                third[k][i] += other.third[k][i];
            }
        }
        samples += other.samples;
    }

    private static long popcount(long[] w) {
        long c = 0;
        for (long v : w) {
            c += Long.bitCount(v);
        }
        return c;
    }

    public long samples() {
        return samples;
    }

    public int size() {
        return size;
    }

    /** ⟨e_d⟩. */
    public double mean(int d) {
        return average(first[d]);
    }

    /** ⟨e_d(x) e_d1(x + r)⟩. */
    public double second(int d, int d1, int r) {
        return average(second[2 * d + d1][r]);
    }

    /** ⟨e_d(x) e_d1(x + r1) e_d2(x + r2)⟩. */
    public double third(int d, int d1, int d2, int r1, int r2) {
        return average(third[4 * d + 2 * d1 + d2][r1 * n + r2]);
    }

    /**
     * The sampled moments in the exact engine's layout (rows of the two origin bonds; bond 2·site + direction),
     * so Monte Carlo and exact results go through the same cumulants and curvature code. ln Z is unknown: NaN.
     */
    public BondMoments toBondMoments(double coupling) {
        int m = 2 * n;
        double[][] pairs = new double[2][m];
        double[][][] triples = new double[2][m][m];
        for (int t = 0; t < 2; t++) {
            for (int a = 0; a < m; a++) {
                pairs[t][a] = second(t, a & 1, a >> 1);
                for (int b = 0; b < m; b++) {
                    triples[t][a][b] = third(t, a & 1, b & 1, a >> 1, b >> 1);
                }
            }
        }
        return new BondMoments(size, coupling, Double.NaN, new double[] {mean(0), mean(1)}, pairs, triples);
    }

    /** From a count of −1 products summed over sites and samples to the average product. */
    private double average(long minusOnes) {
        double total = (double) n * samples;
        return (total - 2.0 * minusOnes) / total;
    }
}
