package org.fisherscope.ising;

import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.fisherscope.geometry.CumulantCurvature;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The exact curvature R = (B − A)/4 of the periodic L × L Ising model by free fermions, streamed so that no
 * n² table is ever held whole (docs: ../shared/ising-free-fermion.md §7–8).
 *
 * <p>With κ_uw(r₁, r₂) the third cumulants of the horizontal origin bond ({@link FreeFermionKappaRows}) and
 * K̂ their 4-D transforms:
 * <pre>
 *   τ = Σ_{u,w} Σ_{r₁} H_hu(r₁) Σ_{r₂} κ_uw(r₁, r₂)   (the same for both bond types, by the diagonal reflection)
 *   A = n τᵀ Ĥ(0) τ
 *   B = (1/n) Σ_{q₁,q₂} K̂_tuw conj(K̂_t'u'w') Ĥ_tt'(−q₁−q₂) Ĥ_uu'(q₁) Ĥ_ww'(q₂)
 * </pre>
 * The vertical origin bond's K̂ are read from the horizontal ones at (Dq₁, Dq₂), and only about half of the q₂
 * are visited ({@link MomentumColumns}). The q₂ columns are processed in slabs that fit the memory budget: per
 * slab, every row κ(r₁, ·) is rebuilt (cheap, O(n) per row) and transformed over r₂, the slab's columns are kept,
 * transformed over r₁, and contracted. One slab suffices up to L ≈ 100 in a 6 GB heap; beyond, rows are rebuilt
 * once per slab. Rows, columns and momenta are split over all cores; sums are reduced in a fixed order, so the
 * result does not depend on scheduling.
 */
public final class FreeFermionCurvature {

    /** Bytes held per kept q₂ column: four type pairs × n complex values. */
    private static final int BYTES_PER_COLUMN_AND_SITE = 4 * 2 * Double.BYTES;

    /** Rows per block of stage 1 (per thread: BLOCK·4·n doubles, 17 MB at L = 128). */
    private static final int BLOCK = 16;

    /** Share of the free heap the slab buffers may take; the rest covers the O(n) tables and the JVM. */
    private static final double HEAP_SHARE = 0.7;

    /**
     * Relative cost of the steps for progress, from a profile at L = 64: a row of stage 1 (four κ rows and two
     * transforms), a column transform, a column of the contraction (n momentum pairs).
     */
    private static final double ROW_COST = 1.0;
    private static final double TRANSFORM_COST = 0.3;
    private static final double CONTRACTION_COST = 1.2;

    /** Everything one run gives besides the curvature itself. */
    public record Result(int side, double coupling, double logZ, double[] mean, CumulantCurvature.Result curvature,
                         int slabs, long bufferBytes) {
    }

    private FreeFermionCurvature() {
    }

    /** The curvature within the default budget (a share of the free heap). */
    public static Result of(int side, double coupling, ProgressListener progress, BooleanSupplier cancelled) {
        long n = (long) side * side;
        // About n/2 + 2L columns are kept; if they do not fit, the previous size's buffers may still be garbage on
        // the heap (a series runs L after L), and one collection can save a second pass over the rows.
        long whole = BYTES_PER_COLUMN_AND_SITE * n * (n / 2 + 2L * side);
        long budget = (long) (HEAP_SHARE * freeHeap());
        if (budget < whole) {
            System.gc();
            budget = (long) (HEAP_SHARE * freeHeap());
        }
        return of(side, coupling, progress, cancelled, budget);
    }

    private static long freeHeap() {
        Runtime runtime = Runtime.getRuntime();
        return runtime.maxMemory() - (runtime.totalMemory() - runtime.freeMemory());
    }

    /** The curvature with the slab buffers limited to {@code budgetBytes}. */
    static Result of(int side, double coupling, ProgressListener progress, BooleanSupplier cancelled,
                     long budgetBytes) {
        checkCancelled(cancelled);
        FreeFermionIsing.Mixture mixture = FreeFermionIsing.Mixture.of(side, coupling);
        FreeFermionIsing.SecondOrder second = FreeFermionIsing.secondOrder(mixture);
        checkCancelled(cancelled);
        FreeFermionKappaRows rows = new FreeFermionKappaRows(mixture, second);
        InverseBondMetric h = new InverseBondMetric(side, second.metricRows());
        MomentumColumns columns = new MomentumColumns(side);
        int n = side * side;
        long perColumn = (long) BYTES_PER_COLUMN_AND_SITE * n;
        // Flat buffers are single Java arrays: at most Integer.MAX_VALUE elements each.
        long fit = Math.min(budgetBytes / perColumn, Integer.MAX_VALUE / n);
        if (fit < 2) {
            throw new InvalidInputException(String.format(java.util.Locale.ROOT,
                    "not enough memory for L = %d: one slab needs %.0f MB, about %.0f MB are free; start Java with a"
                            + " larger -Xmx", side, 2.0 * perColumn / 1e6, budgetBytes / HEAP_SHARE / 1e6));
        }
        List<int[]> slabs = columns.slabs((int) Math.min(fit, columns.count()));
        int width = 0;
        for (int[] slab : slabs) {
            width = Math.max(width, slab[1] - slab[0]);
        }
        // One flat array per type and part: G1 places arrays this large straight in the old generation, where
        // millions of column-sized arrays would be copied by every young collection while the heap grows.
        double[][] bufRe = new double[FreeFermionKappaRows.TYPES][width * n];
        double[][] bufIm = new double[FreeFermionKappaRows.TYPES][width * n];
        Progress done = new Progress(progress,
                slabs.size() * n * ROW_COST + columns.count() * (4 * TRANSFORM_COST + CONTRACTION_COST));
        Workers workers = new Workers(side);
        double[] tauParts = new double[n];
        double[] columnSums = new double[columns.count()];
        boolean first = true;
        for (int[] slab : slabs) {
            int start = slab[0];
            int end = slab[1];
            boolean withTau = first;
            // Rows in blocks: a block's spectra are written column by column as runs of BLOCK values, not one
            // value per column and row (scattered single writes into ~n/2 columns cost 6× the arithmetic at L = 96).
            IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(block -> workers.run(w -> {
                checkCancelled(cancelled);
                int first1 = block * BLOCK;
                int count1 = Math.min(BLOCK, n - first1);
                for (int b = 0; b < count1; b++) {
                    int r1 = first1 + b;
                    double[][] kappa = w.rows[b];
                    for (int type = 0; type < FreeFermionKappaRows.TYPES; type++) {
                        rows.row(r1, type, kappa[type]);
                    }
                    if (withTau) {
                        double part = 0;
                        for (int type = 0; type < FreeFermionKappaRows.TYPES; type++) {
                            part += h.real[IsingLattice.RIGHT][type >> 1][r1] * sum(kappa[type]);
                        }
                        tauParts[r1] = part;
                    }
                    // Two real rows per complex transform, split again at the kept columns below.
                    w.fourier.forward(kappa[0], kappa[1]);
                    w.fourier.forward(kappa[2], kappa[3]);
                }
                for (int i = start; i < end; i++) {
                    int q = columns.column(i);
                    int minus = columns.negative(q);
                    int at = i - start;
                    for (int pair = 0; pair < 2; pair++) {
                        int x = 2 * pair;
                        for (int b = 0; b < count1; b++) {
                            split(w.rows[b][x], w.rows[b][x + 1], q, minus, bufRe[x], bufIm[x], bufRe[x + 1],
                                    bufIm[x + 1], at * n + first1 + b);
                        }
                    }
                }
                done.add(ROW_COST * count1);
            }));
            first = false;
            int count = end - start;
            IntStream.range(0, FreeFermionKappaRows.TYPES * count).parallel().forEach(job -> workers.run(w -> {
                checkCancelled(cancelled);
                int type = job / count;
                int i = job % count;
                w.fourier.forward(bufRe[type], bufIm[type], i * n);
                done.add(TRANSFORM_COST);
            }));
            IntStream.range(start, end).parallel().forEach(i -> workers.run(w -> {
                checkCancelled(cancelled);
                int q2 = columns.column(i);
                int self = (i - start) * n;
                int mirrored = (columns.partner(i) - start) * n;
                double sum = 0;
                int q2r = q2 / side;
                int q2c = q2 % side;
                for (int ar = 0; ar < side; ar++) {
                    // k₀ = −(q₁ + q₂) and Dq₁ stepped along the row, without divisions
                    int k0Row = Math.floorMod(-ar - q2r, side) * side;
                    int k0Column = Math.floorMod(-q2c, side);
                    for (int ac = 0, q1 = ar * side, dq1 = ar; ac < side; ac++, q1++, dq1 += side) {
                        for (int type = 0; type < FreeFermionKappaRows.TYPES; type++) {
                            w.pointRe[type] = bufRe[type][self + q1];
                            w.pointIm[type] = bufIm[type][self + q1];
                            // K̂_{v u w}(q₁, q₂) = K̂_{h ū w̄}(Dq₁, Dq₂); ū w̄ is type 3 − type.
                            w.pointRe[4 + type] = bufRe[3 - type][mirrored + dq1];
                            w.pointIm[4 + type] = bufIm[3 - type][mirrored + dq1];
                        }
                        sum += h.summand(w.pointRe, w.pointIm, k0Row + k0Column, q1, q2, w.scratch);
                        k0Column = k0Column == 0 ? side - 1 : k0Column - 1;
                    }
                }
                columnSums[i] = columns.weight(i) * sum;
                done.add(CONTRACTION_COST);
            }));
        }
        double tau = sum(tauParts);
        double a = 0;
        for (int u = 0; u < 2; u++) {
            for (int w = 0; w < 2; w++) {
                a += h.re[u][w][0];
            }
        }
        a *= n * tau * tau;
        double b = sum(columnSums) / n;
        progress.progress(1);
        return new Result(side, coupling, second.logZ(), second.mean().clone(), new CumulantCurvature.Result(a, b),
                slabs.size(), 2L * bufRe.length * width * n * Double.BYTES);
    }

    /**
     * From Z = FFT(x + iy) at q and −q: X(q) = (Z(q) + conj Z(−q))/2 and Y(q) = (Z(q) − conj Z(−q))/(2i), stored at
     * index {@code at} of the column buffers.
     */
    private static void split(double[] zRe, double[] zIm, int q, int minus, double[] xRe, double[] xIm, double[] yRe,
                              double[] yIm, int at) {
        double a = zRe[q];
        double b = zIm[q];
        double c = zRe[minus];
        double d = zIm[minus];
        xRe[at] = 0.5 * (a + c);
        xIm[at] = 0.5 * (b - d);
        yRe[at] = 0.5 * (b + d);
        yIm[at] = 0.5 * (c - a);
    }

    private static double sum(double[] values) {
        double s = 0;
        for (double v : values) {
            s += v;
        }
        return s;
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("cancelled");
        }
    }

    /**
     * Work buffers lent to one task at a time: as many exist as tasks ever ran at once (the cores), and all go
     * with the computation (thread-locals would stay attached to the shared pool's threads).
     */
    private static final class Workers {
        private final int side;
        private final ConcurrentLinkedQueue<Worker> idle = new ConcurrentLinkedQueue<>();

        Workers(int side) {
            this.side = side;
        }

        void run(Consumer<Worker> task) {
            Worker w = idle.poll();
            if (w == null) {
                w = new Worker(side);
            }
            try {
                task.accept(w);
            } finally {
                idle.offer(w);
            }
        }
    }

    /** Buffers of one task. */
    private static final class Worker {
        final double[][][] rows;
        final GridFourier fourier;
        final double[] pointRe = new double[8];
        final double[] pointIm = new double[8];
        final double[][] scratch = new double[4][8];

        Worker(int side) {
            rows = new double[BLOCK][FreeFermionKappaRows.TYPES][side * side];
            fourier = new GridFourier(side);
        }
    }

    /** Thread-safe progress, reported at most every 0.5 %. */
    private static final class Progress {
        private static final double STEP = 0.005;
        private final ProgressListener listener;
        private final double total;
        private final AtomicLong micros = new AtomicLong();
        private volatile double reported;

        Progress(ProgressListener listener, double total) {
            this.listener = listener;
            this.total = total;
        }

        void add(double units) {
            double fraction = micros.addAndGet(Math.round(units * 1e6)) / 1e6 / total;
            if (fraction - reported >= STEP) {
                report(fraction);
            }
        }

        /** Never backwards: threads may arrive here out of order. */
        private synchronized void report(double fraction) {
            if (fraction > reported) {
                reported = fraction;
                listener.progress(Math.min(fraction, 1));
            }
        }
    }
}
