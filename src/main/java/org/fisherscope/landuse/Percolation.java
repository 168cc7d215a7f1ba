package org.fisherscope.landuse;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Site percolation of the occupied (Built) cells of a grid: 4-connected clusters labelled with
 * union–find (Hoshen–Kopelman, no recursion), then sized. p is occupied cells over all cells of the
 * grid (clouds and water included, as in DESIGN.md); the site percolation threshold of the square
 * lattice is 0.5927.
 *
 * <p>Memory: the grid is a bit mask (1 bit a cell) and labels are streamed two rows at a time, so no
 * per-cell label array is ever held; union–find holds one int and one size per provisional label
 * (a cell whose upper and left neighbours are empty), a small fraction of the cells on real maps.
 */
public final class Percolation {

    private Percolation() {
    }

    /** The clusters of one grid: occupied share p, cluster count, largest cluster and the size distribution. */
    public record Result(int rows, int columns, double p, int clusters, int largestSize, double largestShare,
                         SortedMap<Integer, Integer> sizeDistribution) {
    }

    /** Clusters of {@code occupied} (row-major, rows × columns); {@code cancelled} is polled per row. */
    public static Result of(boolean[] occupied, int rows, int columns, BooleanSupplier cancelled) {
        checkShape(rows, columns, occupied.length);
        BitSet mask = new BitSet(occupied.length);
        for (int i = 0; i < occupied.length; i++) {
            if (occupied[i]) {
                mask.set(i);
            }
        }
        return label(mask, rows, columns, cancelled).result();
    }

    /** Clusters of a bit mask (bit r·columns + c); {@code cancelled} is polled per row. */
    public static Result of(BitSet occupied, int rows, int columns, BooleanSupplier cancelled) {
        return label(occupied, rows, columns, cancelled).result();
    }

    /**
     * Labels the clusters of a bit mask once; the result is ready at once and the cells of the largest
     * cluster can then be had with one more streamed pass ({@link Clusters#largest}).
     */
    public static Clusters label(BitSet occupied, int rows, int columns, BooleanSupplier cancelled) {
        checkShape(rows, columns, -1);
        UnionFind sets = new UnionFind(false);
        streamLabels(occupied, rows, columns, cancelled, sets, (r, labels) -> {
            for (int c = 0; c < columns; c++) {
                if (labels[c] != 0) {
                    sets.size[labels[c]]++;
                }
            }
        });
        int next = sets.next;
        // Each provisional label counted its own cells: move the counts to the roots.
        long occupiedCount = 0;
        for (int l = 1; l < next; l++) {
            occupiedCount += sets.size[l];
            int root = sets.find(l);
            if (root != l) {
                sets.size[root] += sets.size[l];
                sets.size[l] = 0;
            }
        }
        SortedMap<Integer, Integer> distribution = new TreeMap<>();
        int clusters = 0;
        int largestRoot = 0;
        for (int l = 1; l < next; l++) {
            if (sets.parent[l] == l) {
                clusters++;
                distribution.merge(sets.size[l], 1, Integer::sum);
                if (largestRoot == 0 || sets.size[l] > sets.size[largestRoot]) {
                    largestRoot = l;
                }
            }
        }
        int largestSize = largestRoot == 0 ? 0 : sets.size[largestRoot];
        double share = occupiedCount == 0 ? 0 : (double) largestSize / occupiedCount;
        Result result = new Result(rows, columns, (double) occupiedCount / ((long) rows * columns), clusters,
                largestSize, share, Collections.unmodifiableSortedMap(distribution));
        return new Clusters(result, occupied, sets, largestRoot);
    }

    /** A labelled grid: its statistics and, on demand, the cells of its largest cluster. */
    public static final class Clusters {
        private final Result result;
        private final BitSet occupied;
        private final UnionFind sets;
        private final int largestRoot;

        private Clusters(Result result, BitSet occupied, UnionFind sets, int largestRoot) {
            this.result = result;
            this.occupied = occupied;
            this.sets = sets;
            this.largestRoot = largestRoot;
        }

        public Result result() {
            return result;
        }

        /**
         * The cells of the largest cluster as a bit mask (empty with no occupied cell). The provisional
         * labels depend only on the mask, so a second streamed pass gives every cell the label it had in
         * the first, whose root then tells its cluster.
         */
        public BitSet largest(BooleanSupplier cancelled) {
            int rows = result.rows();
            int columns = result.columns();
            BitSet cells = new BitSet();
            if (largestRoot == 0) {
                return cells;
            }
            streamLabels(occupied, rows, columns, cancelled, new UnionFind(true), (r, labels) -> {
                long base = (long) r * columns;
                for (int c = 0; c < columns; c++) {
                    if (labels[c] != 0 && sets.find(labels[c]) == largestRoot) {
                        cells.set((int) (base + c));
                    }
                }
            });
            return cells;
        }
    }

    /** Receives each row's provisional labels (0 for an empty cell) in increasing row order. */
    @FunctionalInterface
    private interface RowLabels {
        void accept(int row, int[] labels);
    }

    /**
     * One raster pass: a cell takes its upper neighbour's provisional label, else its left one's, else a
     * new one; when both neighbours are occupied their labels are joined. Labels are never rewritten to
     * roots during the pass, so the sequence of labels is a function of the mask alone.
     */
    private static void streamLabels(BitSet occupied, int rows, int columns, BooleanSupplier cancelled,
                                     UnionFind sets, RowLabels consumer) {
        int[] above = new int[columns];
        int[] here = new int[columns];
        for (int r = 0; r < rows; r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("percolation cancelled");
            }
            Arrays.fill(here, 0);
            int start = r * columns;
            int end = start + columns;
            for (int i = occupied.nextSetBit(start); i >= 0 && i < end; i = occupied.nextSetBit(i + 1)) {
                int c = i - start;
                int up = above[c];
                int left = c > 0 ? here[c - 1] : 0;
                if (up != 0) {
                    here[c] = up;
                    if (left != 0 && left != up) {
                        sets.union(up, left);
                    }
                } else if (left != 0) {
                    here[c] = left;
                } else {
                    here[c] = sets.add();
                }
            }
            consumer.accept(r, here);
            int[] swap = above;
            above = here;
            here = swap;
        }
    }

    /**
     * Union–find over provisional labels 1…next−1, with a per-label cell count. A numbering-only instance
     * hands out the same labels without storing or joining anything (the second pass needs no more).
     */
    private static final class UnionFind {
        final boolean numberingOnly;
        int[] parent;
        int[] size;
        int next = 1;

        UnionFind(boolean numberingOnly) {
            this.numberingOnly = numberingOnly;
            parent = new int[numberingOnly ? 0 : 64];
            size = new int[parent.length];
        }

        int add() {
            if (numberingOnly) {
                return next++;
            }
            if (next == parent.length) {
                int grown = (int) Math.min(Integer.MAX_VALUE - 8L, parent.length * 2L);
                parent = Arrays.copyOf(parent, grown);
                size = Arrays.copyOf(size, grown);
            }
            parent[next] = next;
            return next++;
        }

        /** Root of a label, halving the path on the way (keeps the trees flat without recursion). */
        int find(int label) {
            int x = label;
            while (parent[x] != x) {
                parent[x] = parent[parent[x]];
                x = parent[x];
            }
            return x;
        }

        void union(int a, int b) {
            if (numberingOnly) {
                return;
            }
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                parent[Math.max(ra, rb)] = Math.min(ra, rb);
            }
        }
    }

    /** Rows and columns must be positive and, where given, match the cell count. */
    static void checkShape(int rows, int columns, long cells) {
        if (rows < 0 || columns < 0) {
            throw new InvalidInputException("a grid cannot have negative size; got " + rows + " rows × " + columns
                    + " columns");
        }
        if (rows == 0 || columns == 0) {
            throw new InvalidInputException("the grid has no cells (" + rows + " × " + columns
                    + "); percolation needs at least one");
        }
        if ((long) rows * columns > Integer.MAX_VALUE) {
            throw new InvalidInputException("a grid of " + rows + " × " + columns + " cells is too large (at most "
                    + Integer.MAX_VALUE + " cells)");
        }
        if (cells >= 0 && (long) rows * columns != cells) {
            throw new InvalidInputException("grid of " + rows + " × " + columns + " but " + cells + " cells");
        }
    }
}
