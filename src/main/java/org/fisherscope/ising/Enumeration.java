package org.fisherscope.ising;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Exact bond moments by summing over every spin configuration (L ≤ 5: 2²⁴ states at L = 5).
 *
 * <p>Every moment needed is a spin correlation ⟨Π_{i∈S} s_i⟩ for a set S of at most six spins: the
 * product of bonds is the product of their end spins, with repeated spins cancelling. All of them at
 * once are the Walsh–Hadamard transform F(S) = Σ_x w(x) (−1)^{|x ∧ S|} of the Boltzmann weights w.
 * The transform is split: the states are cut into blocks by their high bits; each block's weights are
 * transformed over the low bits in a cache-sized array, and only the needed coefficients are
 * accumulated with the sign of the high bits. Memory stays at one block per thread and the work is
 * about (n − 1)·2^{n−1} additions.
 *
 * <p>Spin n − 1 is fixed up (spin-flip symmetry: every needed S has an even number of spins, so the
 * flipped half of the states adds the same). Weights are taken relative to the ground state,
 * exp(−2K·[unsatisfied bonds]) ≤ 1, so nothing overflows. Bit value 1 means spin −1.
 */
public final class Enumeration {

    /** Largest side: 2^{L²−1} states must stay a sum one can wait for (L = 6 would be 2³⁵). */
    public static final int MAX_SIDE = 5;

    /** Low bits transformed per block: 2¹³ doubles (64 KiB) stay in the core's cache. */
    private static final int BLOCK_BITS = 13;

    private Enumeration() {
    }

    public static BondMoments moments(int side, double coupling, ProgressListener progress, BooleanSupplier cancelled) {
        IsingLattice lattice = new IsingLattice(side);
        IsingLattice.checkCoupling(coupling);
        if (side > MAX_SIDE) {
            throw new InvalidInputException("enumeration handles L ≤ " + MAX_SIDE + " (2^(L²−1) states); got L = "
                    + side + "; use the transfer-matrix method");
        }
        int n = lattice.sites();
        int m = lattice.bonds();
        long[] bondSpins = new long[m];
        for (int a = 0; a < m; a++) {
            int[] ends = lattice.ends(a);
            bondSpins[a] = (1L << ends[0]) | (1L << ends[1]);
        }
        // Every spin set needed, deduplicated; spin n − 1 is dropped (it is fixed up).
        long keep = (1L << (n - 1)) - 1;
        Map<Long, Integer> index = new HashMap<>();
        int[] meanIdx = new int[2];
        int[][] secondIdx = new int[2][m];
        int[][][] thirdIdx = new int[2][m][m];
        int one = indexOf(index, 0L);
        for (int t = 0; t < 2; t++) {
            meanIdx[t] = indexOf(index, bondSpins[t] & keep);
            for (int a = 0; a < m; a++) {
                secondIdx[t][a] = indexOf(index, (bondSpins[t] ^ bondSpins[a]) & keep);
                for (int b = a; b < m; b++) {
                    int k = indexOf(index, (bondSpins[t] ^ bondSpins[a] ^ bondSpins[b]) & keep);
                    thirdIdx[t][a][b] = k;
                    thirdIdx[t][b][a] = k;
                }
            }
        }
        long[] sets = new long[index.size()];
        index.forEach((set, k) -> sets[k] = set);
        double[] f = transformAt(side, coupling, sets, progress, cancelled);

        double z = f[one];
        double[] mean = new double[2];
        double[][] second = new double[2][m];
        double[][][] third = new double[2][m][m];
        for (int t = 0; t < 2; t++) {
            mean[t] = f[meanIdx[t]] / z;
            for (int a = 0; a < m; a++) {
                second[t][a] = f[secondIdx[t][a]] / z;
                for (int b = 0; b < m; b++) {
                    third[t][a][b] = f[thirdIdx[t][a][b]] / z;
                }
            }
        }
        // Z = 2 · e^{K m} · Σ_x w(x): the flipped half, and the ground-state weight taken out.
        double logZ = Math.log(z) + Math.log(2) + coupling * m;
        return new BondMoments(side, coupling, logZ, mean, second, third);
    }

    private static long lastColumnMask(int side) {
        long mask = 0;
        for (int r = 0; r < side; r++) {
            mask |= 1L << (r * side + side - 1);
        }
        return mask;
    }

    private static int indexOf(Map<Long, Integer> index, long set) {
        return index.computeIfAbsent(set, s -> index.size());
    }

    /** F(S) = Σ_x w(x)(−1)^{|x∧S|} over the 2^{n−1} states with spin n − 1 up, for the given sets S. */
    static double[] transformAt(int side, double coupling, long[] sets, ProgressListener progress,
                                BooleanSupplier cancelled) {
        int n = side * side;
        int bits = n - 1;
        int lowBits = Math.min(bits, BLOCK_BITS);
        int highBits = bits - lowBits;
        int blockSize = 1 << lowBits;
        int blocks = 1 << highBits;
        long full = (1L << n) - 1;
        long lastColumn = lastColumnMask(side);
        long notLastColumn = full & ~lastColumn;
        double[] weightOfUnsatisfied = new double[2 * n + 1];
        for (int k = 0; k <= 2 * n; k++) {
            weightOfUnsatisfied[k] = Math.exp(-2 * coupling * k);
        }
        int[] low = new int[sets.length];
        long[] high = new long[sets.length];
        for (int j = 0; j < sets.length; j++) {
            low[j] = (int) (sets[j] & (blockSize - 1));
            high[j] = sets[j] >>> lowBits;
        }
        int chunks = Math.min(blocks, 2 * Runtime.getRuntime().availableProcessors());
        AtomicInteger done = new AtomicInteger();
        double[][] partial = IntStream.range(0, chunks).parallel().mapToObj(chunk -> {
            double[] acc = new double[sets.length];
            double[] block = new double[blockSize];
            for (int h = chunk; h < blocks; h += chunks) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("enumeration cancelled");
                }
                long base = (long) h << lowBits;
                for (int lo = 0; lo < blockSize; lo++) {
                    long x = base | lo;
                    long right = ((x >>> 1) & notLastColumn) | ((x << (side - 1)) & lastColumn);
                    long down = (x >>> side) | ((x << (n - side)) & full);
                    block[lo] = weightOfUnsatisfied[Long.bitCount(x ^ right) + Long.bitCount(x ^ down)];
                }
                Walsh.transform(block, 0, blockSize);
                for (int j = 0; j < sets.length; j++) {
                    double v = block[low[j]];
                    acc[j] += (Long.bitCount(h & high[j]) & 1) == 0 ? v : -v;
                }
                progress.progress((double) done.incrementAndGet() / blocks);
            }
            return acc;
        }).toArray(double[][]::new);
        double[] f = new double[sets.length];
        for (double[] acc : partial) {
            for (int j = 0; j < f.length; j++) {
                f[j] += acc[j];
            }
        }
        return f;
    }
}
