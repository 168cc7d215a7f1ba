package org.fisherscope.ising;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Exact bond moments by the row transfer matrix with bond insertions.
 *
 * <p><b>Layers.</b> The torus is a loop of 2L points: H_r (the horizontal bonds of row r) and V_r (the
 * vertical bonds from row r to r + 1). H is diagonal in the spin basis of a row; V = ⊗_c v, v = e^K + e^{−K}X,
 * is diagonal in the Walsh–Hadamard basis, with eigenvalue Π_c (2 cosh K or 2 sinh K). Between two points
 * stands one Walsh–Hadamard transform W. So Z = Tr[Λ_0 W Λ_1 W … Λ_{2L−1} W] with every Λ diagonal.
 *
 * <p><b>Insertions are diagonal too.</b> A horizontal bond (r, c) multiplies Λ at H_r by s_c s_{c+1}; a
 * vertical bond (r, c) replaces V by S_c V S_c, which in the Hadamard basis flips bit c of the eigenvalue
 * pattern: a factor tanh K on bit 0 and coth K on bit 1 (for distinct columns these factors multiply; the
 * same bond twice is e² = 1).
 *
 * <p><b>Spin flip.</b> Everything commutes with the global flip, so the problem splits into two sectors of
 * dimension 2^{L−1} (even and odd functions of the row; even and odd Walsh patterns), on each of which W is
 * again a Walsh–Hadamard transform of half the size. Each sector is worked separately and the traces add.
 *
 * <p><b>Three insertions.</b> With the origin bond at point 0 and the others at points 0 &lt; a &lt; b,
 * ⟨e_0 e_a e_b⟩Z = Σ_{τ,υ} f_a(τ) P(a→b)(τ,υ) f_b(υ) R(b,a)(υ,τ), P the propagator between points and
 * R(b,a) = P(b→2L) Λ_0 q_0 P(0→a) the way round through the origin. For one pair of points all L × L column
 * pairs come from one elementwise product and L dot products per row. P depends only on the start type
 * (H or V) and the length; P(x→y)ᵀ is the propagator from y's type of the same length, so everything needed
 * is the 2(2L − 1) propagators, kept, and Rᵀ, which grows by one layer on the right as b decreases. Cost:
 * about 2 sectors × 2 origins × 2L² × (2^{L−1})² × (3L) operations, memory 4(2L − 1) matrices of
 * (2^{L−1})² doubles (160 MB at L = 10).
 */
public final class TransferMatrix {

    /** Largest side accepted: L = 11 takes about 0.7 GB and 17 s on two cores; L = 12 would take 3 GB. */
    public static final int MAX_SIDE = 11;

    private static final int H = 0;
    private static final int V = 1;

    private final int side;
    private final double coupling;
    private final int dim;
    private final IsingLattice lattice;

    private TransferMatrix(int side, double coupling) {
        this.side = side;
        this.coupling = coupling;
        this.dim = 1 << (side - 1);
        this.lattice = new IsingLattice(side);
    }

    public static BondMoments moments(int side, double coupling, ProgressListener progress, BooleanSupplier cancelled) {
        new IsingLattice(side);
        IsingLattice.checkCoupling(coupling);
        if (side > MAX_SIDE) {
            throw new InvalidInputException("the transfer-matrix method handles L ≤ " + MAX_SIDE + "; got L = " + side);
        }
        long need = bytesNeeded(side);
        Runtime runtime = Runtime.getRuntime();
        long available = runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
        if (need > available) {
            throw new InvalidInputException(String.format(java.util.Locale.ROOT,
                    "the transfer matrix at L = %d needs about %d MB of memory and Java has %d MB free; "
                            + "start Java with a larger heap (e.g. -Xmx%dm)", side, need >> 20, available >> 20,
                    2 * (need >> 20) + 256));
        }
        return new TransferMatrix(side, coupling).run(progress, cancelled);
    }

    /** The kept propagators, 2 sectors × 2 start types × (2L − 1) matrices of (2^{L−1})² doubles, and a margin. */
    static long bytesNeeded(int side) {
        long dim = 1L << (side - 1);
        return 2 * 2 * (2L * side - 1) * dim * dim * Double.BYTES * 5 / 4;
    }

    /** One sector's share of every trace (to be added over sectors, then divided by Z). */
    private record Traces(double z, double[] first, double[][] second, double[][][] third) {
    }

    private BondMoments run(ProgressListener progress, BooleanSupplier cancelled) {
        int units = 2 * 2 * (2 * side);
        AtomicInteger done = new AtomicInteger();
        Runnable step = () -> progress.progress((double) done.incrementAndGet() / units);
        Traces[] sectors = IntStream.range(0, 2).parallel()
                .mapToObj(s -> new Sector(s).traces(step, cancelled)).toArray(Traces[]::new);
        int m = lattice.bonds();
        double z = sectors[0].z + sectors[1].z;
        double[] mean = new double[2];
        double[][] second = new double[2][m];
        double[][][] third = new double[2][m][m];
        for (int t = 0; t < 2; t++) {
            mean[t] = (sectors[0].first[t] + sectors[1].first[t]) / z;
            for (int a = 0; a < m; a++) {
                second[t][a] = (sectors[0].second[t][a] + sectors[1].second[t][a]) / z;
                for (int b = 0; b < m; b++) {
                    third[t][a][b] = (sectors[0].third[t][a][b] + sectors[1].third[t][a][b]) / z;
                }
            }
        }
        // Λ_H was divided by e^{KL} per row and Λ_V by (2 cosh K)^L per layer.
        int n = lattice.sites();
        double logZ = Math.log(z) + n * coupling + n * Math.log(2 * Math.cosh(coupling));
        return new BondMoments(side, coupling, logZ, mean, second, third);
    }

    /** One spin-flip sector: its diagonal layers, insertion factors and propagators. */
    private final class Sector {
        /** Λ of the H and V points, [type][state]; Λ_V carries the 1/D of the unnormalised transforms. */
        private final double[][] lambda = new double[2][dim];
        /** Insertion factor of the bond in column c, [type][c][state]. */
        private final double[][][] insertion = new double[2][side][dim];
        /** Λ times insertion, [type][c][state]. */
        private final double[][][] weighted = new double[2][side][dim];
        /** Propagators P^X_d, d = 1 … 2L − 1, as flat D × D arrays, [X][d]. */
        private final double[][][] propagator = new double[2][2 * side][];
        /** Diagonal of the full loop P^X_{2L}. */
        private final double[][] loopDiagonal = new double[2][dim];

        Sector(int parity) {
            double tanh = Math.tanh(coupling);
            for (int x = 0; x < dim; x++) {
                // H: bit c of x is spin c (1 = down); spin L−1 is up (the flip partner has it down).
                int unsatisfied = 0;
                for (int c = 0; c < side; c++) {
                    int sc = spinBit(x, c);
                    int sn = spinBit(x, (c + 1) % side);
                    double product = sc == sn ? 1 : -1;
                    insertion[H][c][x] = product;
                    unsatisfied += sc ^ sn;
                }
                lambda[H][x] = Math.exp(-2 * coupling * unsatisfied);
                // V: the Walsh pattern's top bit makes its parity that of the sector.
                int top = (Integer.bitCount(x) + parity) & 1;
                int pattern = x | (top << (side - 1));
                double value = 1.0 / dim;
                for (int c = 0; c < side; c++) {
                    boolean odd = ((pattern >> c) & 1) == 1;
                    value *= odd ? tanh : 1;
                    insertion[V][c][x] = odd ? 1 / tanh : tanh;
                }
                lambda[V][x] = value;
            }
            for (int type = 0; type < 2; type++) {
                for (int c = 0; c < side; c++) {
                    for (int x = 0; x < dim; x++) {
                        weighted[type][c][x] = lambda[type][x] * insertion[type][c][x];
                    }
                }
            }
            buildPropagators();
        }

        private int spinBit(int x, int c) {
            return c == side - 1 ? 0 : (x >> c) & 1;
        }

        /** Type of the point d steps after a point of type X. */
        private int typeAfter(int x, int d) {
            return (x + d) & 1;
        }

        private void buildPropagators() {
            for (int x = 0; x < 2; x++) {
                double[] p = new double[dim * dim];
                for (int i = 0; i < dim; i++) {
                    p[i * dim + i] = 1;
                }
                Walsh.transformRows(p, dim);
                propagator[x][1] = p;
                for (int d = 1; d < 2 * side - 1; d++) {
                    double[] next = p.clone();
                    Walsh.scaleColumnsThenTransformRows(next, dim, lambda[typeAfter(x, d)]);
                    propagator[x][d + 1] = next;
                    p = next;
                }
                // diag(P_{2L−1} Λ W): W(k, i) = (−1)^{|k∧i|}.
                double[] last = lambda[typeAfter(x, 2 * side - 1)];
                for (int i = 0; i < dim; i++) {
                    double s = 0;
                    for (int k = 0; k < dim; k++) {
                        double v = p[i * dim + k] * last[k];
                        s += (Integer.bitCount(k & i) & 1) == 0 ? v : -v;
                    }
                    loopDiagonal[x][i] = s;
                }
            }
        }

        /** The product of the insertion factors of a set of columns (bit mask) at a point of a type. */
        private double insertionOfSet(int type, int columns, int state) {
            double f = 1;
            for (int c = 0; c < side; c++) {
                if (((columns >> c) & 1) == 1) {
                    f *= insertion[type][c][state];
                }
            }
            return f;
        }

        /** The bond in column c at the point p steps after the origin of type t. */
        private int bondAt(int t, int p, int c) {
            int j = (p + t) % (2 * side);
            return (j & 1) == 0 ? lattice.bond(j / 2, c, IsingLattice.RIGHT) : lattice.bond(j / 2, c, IsingLattice.DOWN);
        }

        Traces traces(Runnable step, BooleanSupplier cancelled) {
            int m = lattice.bonds();
            double[] first = new double[2];
            double[][] second = new double[2][m];
            double[][][] third = new double[2][m][m];
            double z = 0;
            for (int x = 0; x < dim; x++) {
                z += lambda[H][x] * loopDiagonal[H][x];
            }
            for (int t = 0; t < 2; t++) {
                origin(t, first, second[t], third[t], step, cancelled);
            }
            return new Traces(z, first, second, third);
        }

        /** All traces with the origin bond of type t (0: right bond at H_0, 1: down bond at V_0). */
        private void origin(int t, double[] first, double[] second, double[][] third, Runnable step,
                            BooleanSupplier cancelled) {
            int x0 = t;
            int loop = 2 * side;
            double[] lambda0 = lambda[x0];
            double[] diag = loopDiagonal[x0];
            // Everything at the origin's own point.
            for (int x = 0; x < dim; x++) {
                first[t] += lambda0[x] * insertion[x0][0][x] * diag[x];
            }
            for (int ca = 0; ca < side; ca++) {
                int a = bondAt(t, 0, ca);
                double s2 = 0;
                for (int x = 0; x < dim; x++) {
                    s2 += lambda0[x] * insertionOfSet(x0, 1 ^ (1 << ca), x) * diag[x];
                }
                second[a] += s2;
                for (int cb = 0; cb < side; cb++) {
                    double s3 = 0;
                    for (int x = 0; x < dim; x++) {
                        s3 += lambda0[x] * insertionOfSet(x0, 1 ^ (1 << ca) ^ (1 << cb), x) * diag[x];
                    }
                    third[a][bondAt(t, 0, cb)] += s3;
                }
            }
            // One bond at the origin's point, one at p > 0: Tr[Λ_0 q_0 q_a P(0→p) Λ_p q_b P(p→2L)].
            double[][] atOrigin = new double[side + 1][dim];
            for (int ca = 0; ca < side; ca++) {
                for (int x = 0; x < dim; x++) {
                    atOrigin[ca][x] = insertionOfSet(x0, 1 ^ (1 << ca), x);
                }
            }
            for (int x = 0; x < dim; x++) {
                atOrigin[side][x] = insertion[x0][0][x];
            }
            double[] product = new double[dim * dim];
            for (int p = 1; p < loop; p++) {
                double[] forward = propagator[x0][p];
                double[] back = propagator[x0][loop - p];
                for (int i = 0; i < dim; i++) {
                    double l = lambda0[i];
                    int row = i * dim;
                    for (int j = 0; j < dim; j++) {
                        product[row + j] = forward[row + j] * l * back[row + j];
                    }
                }
                double[][] n = contract(product, atOrigin, weighted[typeAfter(x0, p)]);
                for (int cb = 0; cb < side; cb++) {
                    int b = bondAt(t, p, cb);
                    second[b] += n[side][cb];
                    for (int ca = 0; ca < side; ca++) {
                        int a = bondAt(t, 0, ca);
                        third[a][b] += n[ca][cb];
                        third[b][a] += n[ca][cb];
                    }
                }
            }
            step.run();
            // Two bonds away from the origin, at 0 < pa ≤ pb.
            double[] rt = new double[dim * dim];
            for (int pa = 1; pa < loop; pa++) {
                if (cancelled.getAsBoolean()) {
                    throw new CancellationException("transfer matrix cancelled");
                }
                int typeA = typeAfter(x0, pa);
                // Rᵀ(2L, a) = P(0→a)ᵀ Λ_0 q_0 = P^{type(a)}_a · diag(Λ_0 q_0), then · W.
                double[] start = propagator[typeA][pa];
                double[] w0 = weighted[x0][0];
                for (int i = 0; i < dim; i++) {
                    int row = i * dim;
                    for (int j = 0; j < dim; j++) {
                        rt[row + j] = start[row + j] * w0[j];
                    }
                }
                Walsh.transformRows(rt, dim);
                for (int pb = loop - 1; pb > pa; pb--) {
                    double[] between = propagator[typeA][pb - pa];
                    for (int k = 0; k < product.length; k++) {
                        product[k] = between[k] * rt[k];
                    }
                    double[][] n = contract(product, weighted[typeA], weighted[typeAfter(x0, pb)]);
                    for (int ca = 0; ca < side; ca++) {
                        int a = bondAt(t, pa, ca);
                        for (int cb = 0; cb < side; cb++) {
                            int b = bondAt(t, pb, cb);
                            third[a][b] += n[ca][cb];
                            third[b][a] += n[ca][cb];
                        }
                    }
                    Walsh.scaleColumnsThenTransformRows(rt, dim, lambda[typeAfter(x0, pb)]);
                }
                // Both at pa: Σ_τ Λ_a q_{ca}q_{cb} Rᵀ(a,a)(τ,τ).
                double[] la = lambda[typeA];
                for (int ca = 0; ca < side; ca++) {
                    int a = bondAt(t, pa, ca);
                    for (int cb = 0; cb < side; cb++) {
                        double s3 = 0;
                        for (int x = 0; x < dim; x++) {
                            s3 += la[x] * insertionOfSet(typeA, (1 << ca) ^ (1 << cb), x) * rt[x * dim + x];
                        }
                        third[a][bondAt(t, pa, cb)] += s3;
                    }
                }
                step.run();
            }
        }

        /** N[i][j] = Σ_{τ,υ} left[i](τ) M(τ,υ) right[j](υ) for the rows of {@code left} and {@code right}. */
        private double[][] contract(double[] matrix, double[][] left, double[][] right) {
            int nl = left.length;
            int nr = right.length;
            double[][] out = new double[nl][nr];
            double[] rowTimesRight = new double[nr];
            for (int i = 0; i < dim; i++) {
                int row = i * dim;
                for (int j = 0; j < nr; j++) {
                    rowTimesRight[j] = dot(matrix, row, right[j], dim);
                }
                for (int a = 0; a < nl; a++) {
                    double w = left[a][i];
                    double[] o = out[a];
                    for (int j = 0; j < nr; j++) {
                        o[j] += w * rowTimesRight[j];
                    }
                }
            }
            return out;
        }
    }

    /** Σ_k a[offset + k]·b[k] with four partial sums (the JIT does not reorder floating-point sums). */
    private static double dot(double[] a, int offset, double[] b, int length) {
        double s0 = 0;
        double s1 = 0;
        double s2 = 0;
        double s3 = 0;
        int k = 0;
        for (; k + 3 < length; k += 4) {
            s0 += a[offset + k] * b[k];
            s1 += a[offset + k + 1] * b[k + 1];
            s2 += a[offset + k + 2] * b[k + 2];
            s3 += a[offset + k + 3] * b[k + 3];
        }
        for (; k < length; k++) {
            s0 += a[offset + k] * b[k];
        }
        return (s0 + s1) + (s2 + s3);
    }
}
