package org.fisherscope.landuse;

import java.util.BitSet;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Box-counting dimension of a cluster's boundary, with the rules of REFERENCE.md: the boundary is the
 * cells of the cluster that a 3 × 3 erosion removes (cells outside the grid count as empty, so edge
 * cells are boundary); box sizes are the sorted distinct values of ⌊2·(M/2)^{i/19}⌋ for i = 0…19 with
 * M = max(H, W) div 4, the ends set to exactly 2 and M; boxes lie on a fixed grid from row 0, column 0;
 * N(ε) is the number of boxes holding a boundary cell; d_f is the least-squares slope of ln N on
 * ln(1/ε) over all sizes, with R².
 *
 * <p>A fit needs at least {@link #MIN_SIZES} box sizes (two points always lie on a line, so R² would
 * say nothing), which the rule gives from M = 4 on: a longer side of at least {@link #MIN_SIDE} cells.
 * The boundary is found once and kept as a bit mask (in place of the cluster's, with
 * {@link #ofInPlace}); each box size then visits only its cells.
 */
public final class BoxCounting {

    private static final int SIZE_STEPS = 19;
    /** Fewest box sizes for a fit whose R² means something. */
    public static final int MIN_SIZES = 3;
    /** Shortest longer side with {@link #MIN_SIZES} sizes: M = 16 div 4 = 4 gives sizes 2, 3, 4. */
    public static final int MIN_SIDE = 16;

    private BoxCounting() {
    }

    /** Box sizes, their counts, the fitted dimension and R². */
    public record Result(int[] sizes, long[] counts, double dimension, double r2, long boundaryCells) {
    }

    /** Whether an H × W grid has enough box sizes for a fit. */
    public static boolean available(int rows, int columns) {
        return rows > 0 && columns > 0 && Math.max(rows, columns) >= MIN_SIDE;
    }

    /** Why box counting is not available on an H × W grid (for reports). */
    public static String unavailableReason(int rows, int columns) {
        return "the grid is " + columns + " × " + rows + " cells; box counting needs a longer side of at least "
                + MIN_SIDE + " cells (" + MIN_SIZES + " box sizes)";
    }

    /** The box sizes for an H × W grid. */
    public static int[] boxSizes(int rows, int columns) {
        if (!available(rows, columns)) {
            throw new InvalidInputException(unavailableReason(rows, columns));
        }
        int m = Math.max(rows, columns) / 4;
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int i = 0; i <= SIZE_STEPS; i++) {
            int s = (int) Math.floor(2 * Math.pow(m / 2.0, (double) i / SIZE_STEPS));
            sizes.add(i == 0 ? 2 : i == SIZE_STEPS ? m : s);
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cells of the cluster that a 3 × 3 erosion removes. */
    public static boolean[] boundary(boolean[] cluster, int rows, int columns) {
        BitSet edge = boundary(toBits(cluster), rows, columns, () -> false);
        boolean[] out = new boolean[cluster.length];
        for (int i = edge.nextSetBit(0); i >= 0; i = edge.nextSetBit(i + 1)) {
            out[i] = true;
        }
        return out;
    }

    /** The cells of the cluster (bit r·columns + c) that a 3 × 3 erosion removes; polls {@code cancelled} per row. */
    public static BitSet boundary(BitSet cluster, int rows, int columns, BooleanSupplier cancelled) {
        BitSet edge = (BitSet) cluster.clone();
        keepBoundary(edge, rows, columns, cancelled);
        return edge;
    }

    /**
     * Turns a cluster mask into its boundary in place: clears every cell whose 3 × 3 neighbourhood lies
     * wholly in the cluster. Rows are visited in order with copies of the original rows above and
     * below, so clearing row r never changes what row r + 1 sees; the erosion itself is done 64 cells
     * at a time on the rows' words.
     */
    private static void keepBoundary(BitSet cluster, int rows, int columns, BooleanSupplier cancelled) {
        int words = (columns + 63) / 64;
        long[] above = new long[words];
        long[] here = row(cluster, 0, columns, words);
        long[] edge = new long[words];
        for (int r = 0; r < rows; r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("box counting cancelled");
            }
            long[] below = r + 1 < rows ? row(cluster, (r + 1) * columns, columns, words) : new long[words];
            boolean any = false;
            for (int w = 0; w < words; w++) {
                long h = here[w];
                if (h == 0) {
                    edge[w] = 0;
                    continue;
                }
                long interior = h & withNeighbours(here, w) & above[w] & withNeighbours(above, w) & below[w]
                        & withNeighbours(below, w);
                edge[w] = h & ~interior;
                any |= interior != 0;
            }
            if (any) {
                int start = r * columns;
                cluster.clear(start, start + columns);
                BitSet kept = BitSet.valueOf(edge);
                for (int c = kept.nextSetBit(0); c >= 0; c = kept.nextSetBit(c + 1)) {
                    cluster.set(start + c);
                }
            }
            above = here;
            here = below;
        }
    }

    /** The words of one row of {@code columns} cells starting at bit {@code start}; bits past the row are 0. */
    private static long[] row(BitSet bits, int start, int columns, int words) {
        long[] packed = bits.get(start, start + columns).toLongArray();
        return packed.length == words ? packed : java.util.Arrays.copyOf(packed, words);
    }

    /**
     * Bit c of the result is set when cells c − 1 and c + 1 of the row are both set (a missing neighbour,
     * past either end of the row, is empty).
     */
    private static long withNeighbours(long[] row, int w) {
        long left = row[w] << 1 | (w > 0 ? row[w - 1] >>> 63 : 0);
        long right = row[w] >>> 1 | (w + 1 < row.length ? row[w + 1] << 63 : 0);
        return left & right;
    }

    /** Box-counting dimension of the boundary of {@code cluster} (row-major, rows × columns). */
    public static Result of(boolean[] cluster, int rows, int columns) {
        return of(cluster, rows, columns, () -> false);
    }

    /** As {@link #of(boolean[], int, int)}, polling {@code cancelled} per row and per box size. */
    public static Result of(boolean[] cluster, int rows, int columns, BooleanSupplier cancelled) {
        if ((long) rows * columns != cluster.length || rows <= 0 || columns <= 0) {
            throw new InvalidInputException("grid of " + rows + " × " + columns + " but " + cluster.length + " cells");
        }
        return of(toBits(cluster), rows, columns, cancelled);
    }

    /** Box-counting dimension of the boundary of a cluster given as a bit mask (bit r·columns + c). */
    public static Result of(BitSet cluster, int rows, int columns, BooleanSupplier cancelled) {
        boxSizes(rows, columns);
        return ofInPlace((BitSet) cluster.clone(), rows, columns, cancelled);
    }

    /**
     * As {@link #of(BitSet, int, int, BooleanSupplier)}, but turns {@code cluster} into its boundary
     * instead of copying it: a caller that needs the cluster no more saves a mask the size of the grid.
     */
    public static Result ofInPlace(BitSet cluster, int rows, int columns, BooleanSupplier cancelled) {
        int[] sizes = boxSizes(rows, columns);
        keepBoundary(cluster, rows, columns, cancelled);
        BitSet edge = cluster;
        long cells = edge.cardinality();
        if (cells == 0) {
            throw new InvalidInputException("the cluster is empty: there is no boundary to measure");
        }
        long[] counts = new long[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("box counting cancelled");
            }
            counts[k] = occupiedBoxes(edge, rows, columns, sizes[k]);
        }
        // Least squares of y = ln N on x = ln(1/ε).
        int n = sizes.length;
        double sx = 0;
        double sy = 0;
        for (int k = 0; k < n; k++) {
            sx += -Math.log(sizes[k]);
            sy += Math.log(counts[k]);
        }
        double mx = sx / n;
        double my = sy / n;
        double sxx = 0;
        double sxy = 0;
        double syy = 0;
        for (int k = 0; k < n; k++) {
            double dx = -Math.log(sizes[k]) - mx;
            double dy = Math.log(counts[k]) - my;
            sxx += dx * dx;
            sxy += dx * dy;
            syy += dy * dy;
        }
        double slope = sxy / sxx;
        double r2 = syy == 0 ? 1 : sxy * sxy / (sxx * syy);
        return new Result(sizes, counts, slope, r2, cells);
    }

    /**
     * N(ε): the boxes of side ε, on the grid anchored at (0, 0), that hold a cell of {@code cells}. Each
     * band of ε rows is ORed into one row of bits, whose occupied boxes are then found by jumping from
     * one set bit to the next box; the work is about cells/64 words per size, however dense the cells.
     */
    static long occupiedBoxes(BitSet cells, int rows, int columns, int e) {
        long boxes = 0;
        BitSet band = new BitSet(columns);
        for (int top = 0; top < rows; top += e) {
            int first = top * columns;
            int end = Math.min(rows, top + e) * columns;
            int next = cells.nextSetBit(first);
            if (next < 0) {
                break;
            }
            if (next >= end) {
                continue;
            }
            band.clear();
            for (int start = first; start < end; start += columns) {
                band.or(cells.get(start, start + columns));
            }
            for (int c = band.nextSetBit(0); c >= 0; c = band.nextSetBit((c / e + 1) * e)) {
                boxes++;
            }
        }
        return boxes;
    }

    private static BitSet toBits(boolean[] cells) {
        BitSet bits = new BitSet(cells.length);
        for (int i = 0; i < cells.length; i++) {
            if (cells[i]) {
                bits.set(i);
            }
        }
        return bits;
    }
}
