package org.fisherscope.ising;

import java.util.SplittableRandom;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Spins ±1 on a periodic L × L lattice at a homogeneous coupling K (energy −K Σ_bonds s_i s_j), updated by
 * Wolff single-cluster moves (the default: no critical slowing down to speak of at K_c) or, for teaching,
 * Metropolis sweeps. Site i = y·L + x; bond 2i is (i, right neighbour), bond 2i + 1 is (i, neighbour below).
 * Everything random comes from one seeded {@link SplittableRandom}, so a seed reproduces the run.
 */
public final class TorusSpins {

    private final int size;
    private final int n;
    private final double coupling;
    private final double addProbability;
    private final byte[] spin;
    private final SplittableRandom random;
    private final int[] stack;
    private final boolean[] inCluster;
    private final int[] lastCluster;
    private int lastClusterSize;

    public TorusSpins(int size, double coupling, long seed) {
        if (size < 2) {
            throw new InvalidInputException("L must be at least 2, got " + size);
        }
        if (!(coupling > 0) || Double.isInfinite(coupling)) {
            throw new InvalidInputException("K must be a finite number > 0, got " + coupling);
        }
        this.size = size;
        this.n = size * size;
        this.coupling = coupling;
        // A neighbour with the same spin joins the cluster with probability 1 − e^{−2K}.
        this.addProbability = -Math.expm1(-2 * coupling);
        this.spin = new byte[n];
        this.random = new SplittableRandom(seed);
        this.stack = new int[n];
        this.inCluster = new boolean[n];
        this.lastCluster = new int[n];
        for (int i = 0; i < n; i++) {
            spin[i] = (byte) (random.nextBoolean() ? 1 : -1);
        }
    }

    public int size() {
        return size;
    }

    public double coupling() {
        return coupling;
    }

    public int spin(int site) {
        return spin[site];
    }

    public int right(int site) {
        int x = site % size;
        return x == size - 1 ? site - x : site + 1;
    }

    public int below(int site) {
        return site + size >= n ? site + size - n : site + size;
    }

    private int left(int site) {
        int x = site % size;
        return x == 0 ? site + size - 1 : site - 1;
    }

    private int above(int site) {
        return site < size ? site + n - size : site - size;
    }

    /** One Wolff cluster flip from a random seed site; returns the cluster size. */
    public int wolffUpdate() {
        int seed = random.nextInt(n);
        byte s = spin[seed];
        int top = 0;
        int count = 0;
        stack[top++] = seed;
        inCluster[seed] = true;
        while (top > 0) {
            int site = stack[--top];
            lastCluster[count++] = site;
            top = grow(right(site), s, top);
            top = grow(below(site), s, top);
            top = grow(left(site), s, top);
            top = grow(above(site), s, top);
        }
        for (int k = 0; k < count; k++) {
            int site = lastCluster[k];
            spin[site] = (byte) -s;
            inCluster[site] = false;
        }
        lastClusterSize = count;
        return count;
    }

    private int grow(int j, byte s, int top) {
        if (!inCluster[j] && spin[j] == s && random.nextDouble() < addProbability) {
            inCluster[j] = true;
            stack[top++] = j;
        }
        return top;
    }

    /** One Metropolis sweep: n single-spin proposals at random sites; returns the number accepted. */
    public int metropolisSweep() {
        int accepted = 0;
        for (int k = 0; k < n; k++) {
            int i = random.nextInt(n);
            int field = spin[right(i)] + spin[below(i)] + spin[left(i)] + spin[above(i)];
            double delta = 2 * coupling * spin[i] * field;
            if (delta <= 0 || random.nextDouble() < Math.exp(-delta)) {
                spin[i] = (byte) -spin[i];
                accepted++;
            }
        }
        return accepted;
    }

    /** The sites of the last Wolff cluster (for drawing). */
    public int[] lastCluster() {
        return java.util.Arrays.copyOf(lastCluster, lastClusterSize);
    }

    /** Σ over bonds of s_i s_j (the bond variables' sum; energy = −K times it). */
    public int bondSum() {
        int sum = 0;
        for (int i = 0; i < n; i++) {
            sum += spin[i] * (spin[right(i)] + spin[below(i)]);
        }
        return sum;
    }

    /** Σ_i s_i. */
    public int magnetisation() {
        int sum = 0;
        for (byte s : spin) {
            sum += s;
        }
        return sum;
    }

    /** Copy of the spins, row-major. */
    public byte[] spins() {
        return spin.clone();
    }
}
