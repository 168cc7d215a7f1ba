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
 * per-cell label array is ever held; union–find holds one int per provisional label (a cell whose
 * upper and left neighbours are empty), a small fraction of the cells on real maps.
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
        // Cells are added to their cluster's root once per run of equal labels along a row.
        streamLabels(occupied, rows, columns, cancelled, sets, (r, labels) -> {
            int c = 0;
            while (c < columns) {
                int label = labels[c];
                int end = c + 1;
                while (end < columns && labels[end] == label) {
                    end++;
                }
                if (label != 0) {
                    sets.grow(sets.find(label), end - c);
                }
                c = end;
            }
        });
        int next = sets.next;
        long occupiedCount = 0;
        SortedMap<Integer, Integer> distribution = new TreeMap<>();
        int clusters = 0;
        int largestRoot = 0;
        int largestSize = 0;
        for (int l = 1; l < next; l++) {
            if (sets.isRoot(l)) {
                int size = sets.size(l);
                clusters++;
                occupiedCount += size;
                distribution.merge(size, 1, Integer::sum);
                if (size > largestSize) {
                    largestRoot = l;
                    largestSize = size;
                }
            }
        }
        double share = occupiedCount == 0 ? 0 : (double) largestSize / occupiedCount;
        Result result = new Result(rows, columns, (double) occupiedCount / ((long) rows * columns), clusters,
                largestSize, share, Collections.unmodifiableSortedMap(distribution));
        return new Clusters(result, occupied, sets, largestRoot);
    }

    /** A labelled grid: its statistics and, on demand, the cells of its largest cluster. */
    public static final class Clusters {
        private final Result result;
        private final BitSet occupied;
        private UnionFind sets;
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
         * The cells of the largest cluster as a new bit mask (empty with no occupied cell); the labelled
         * mask is left as it was.
         */
        public BitSet largest(BooleanSupplier cancelled) {
            if (sets == null) {
                throw new IllegalStateException("the largest cluster was already retained in place");
            }
            BitSet cells = (BitSet) occupied.clone();
            keepLargest(cells, cancelled);
            return cells;
        }

        /**
         * Turns the labelled mask itself into the largest cluster (clearing every other cell) and lets go
         * of the labels: for a caller that needs the whole mask no more, this saves a copy the size of
         * the grid. The clusters can then no longer be asked for their largest one.
         */
        public BitSet retainLargest(BooleanSupplier cancelled) {
            if (sets == null) {
                throw new IllegalStateException("the largest cluster was already retained");
            }
            keepLargest(occupied, cancelled);
            sets = null;
            return occupied;
        }

        /**
         * Clears from {@code mask} (a copy of the labelled mask, or the mask itself) every cell outside the
         * largest cluster. The provisional labels depend only on the mask, so a second streamed pass gives
         * every cell the label it had in the first, whose root then tells its cluster; a row is cleared
         * only after its labels are made, and the next row's labels depend on it only through them.
         */
        private void keepLargest(BitSet mask, BooleanSupplier cancelled) {
            int columns = result.columns();
            if (largestRoot == 0) {
                mask.clear();
                return;
            }
            UnionFind labels = sets;
            streamLabels(mask, result.rows(), columns, cancelled, new UnionFind(true), (r, row) -> {
                int base = r * columns;
                int c = 0;
                while (c < columns) {
                    int label = row[c];
                    int end = c + 1;
                    while (end < columns && row[end] == label) {
                        end++;
                    }
                    if (label != 0 && labels.find(label) != largestRoot) {
                        mask.clear(base + c, base + end);
                    }
                    c = end;
                }
            });
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
            // The row's bits as words: walking them beats a nextSetBit call per occupied cell.
            long[] words = occupied.get(start, start + columns).toLongArray();
            for (int w = 0; w < words.length; w++) {
                for (long bits = words[w]; bits != 0; bits &= bits - 1) {
                    int c = (w << 6) + Long.numberOfTrailingZeros(bits);
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
            }
            consumer.accept(r, here);
            int[] swap = above;
            above = here;
            here = swap;
        }
    }

    /**
     * Union–find over provisional labels 1…next−1 in one int per label: a label's parent, or for a root
     * minus its cluster's size. The ints live in pages of {@link #PAGE} so that growing never copies (a
     * tile with millions of labels would otherwise briefly hold the array twice). A numbering-only
     * instance hands out the same labels without storing or joining anything (the second pass needs no
     * more).
     */
    private static final class UnionFind {
        static final int PAGE_BITS = 18;
        static final int PAGE = 1 << PAGE_BITS;
        final boolean numberingOnly;
        int[][] pages = new int[0][];
        int next = 1;

        UnionFind(boolean numberingOnly) {
            this.numberingOnly = numberingOnly;
        }

        int add() {
            if (numberingOnly) {
                return next++;
            }
            if (next == Integer.MAX_VALUE) {
                throw new IllegalStateException("more provisional cluster labels than an int can count");
            }
            if ((next >>> PAGE_BITS) == pages.length) {
                pages = Arrays.copyOf(pages, pages.length + 1);
                pages[pages.length - 1] = new int[PAGE];
            }
            set(next, 0);
            return next++;
        }

        private int get(int label) {
            return pages[label >>> PAGE_BITS][label & (PAGE - 1)];
        }

        private void set(int label, int value) {
            pages[label >>> PAGE_BITS][label & (PAGE - 1)] = value;
        }

        boolean isRoot(int label) {
            return get(label) <= 0;
        }

        int size(int root) {
            return -get(root);
        }

        /** Adds cells to a root's cluster. */
        void grow(int root, int cells) {
            set(root, get(root) - cells);
        }

        /** Root of a label, splitting the path on the way (keeps the trees flat without recursion). */
        int find(int label) {
            int x = label;
            int parent = get(x);
            while (parent > 0) {
                int grandparent = get(parent);
                if (grandparent > 0) {
                    set(x, grandparent);
                }
                x = parent;
                parent = grandparent;
            }
            return x;
        }

        /** Joins two clusters under the smaller root label, adding their sizes. */
        void union(int a, int b) {
            if (numberingOnly) {
                return;
            }
            int ra = find(a);
            int rb = find(b);
            if (ra != rb) {
                int low = Math.min(ra, rb);
                int high = Math.max(ra, rb);
                set(low, get(low) + get(high));
                set(high, low);
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
