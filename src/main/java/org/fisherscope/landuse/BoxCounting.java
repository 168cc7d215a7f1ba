package org.fisherscope.landuse;

import java.util.BitSet;
import java.util.TreeSet;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Box-counting dimension of a cluster's boundary, with the rules of REFERENCE.md: the boundary is the
 * cells of the cluster that a 3 × 3 erosion removes (cells outside the grid count as empty, so edge
 * cells are boundary); box sizes are the sorted distinct values of ⌊2·(M/2)^{i/19}⌋ for i = 0…19 with
 * M = max(H, W) div 4, the ends set to exactly 2 and M; boxes lie on a fixed grid from row 0, column 0;
 * N(ε) is the number of boxes holding a boundary cell; d_f is the least-squares slope of ln N on
 * ln(1/ε) over all sizes, with R².
 */
public final class BoxCounting {

    private static final int SIZE_STEPS = 19;

    private BoxCounting() {
    }

    /** Box sizes, their counts, the fitted dimension and R². */
    public record Result(int[] sizes, long[] counts, double dimension, double r2, long boundaryCells) {
    }

    /** The box sizes for an H × W grid. */
    public static int[] boxSizes(int rows, int columns) {
        int m = Math.max(rows, columns) / 4;
        if (m < 2) {
            throw new InvalidInputException("box counting needs a grid of at least 8 cells a side; this one is "
                    + rows + " × " + columns);
        }
        TreeSet<Integer> sizes = new TreeSet<>();
        for (int i = 0; i <= SIZE_STEPS; i++) {
            int s = (int) Math.floor(2 * Math.pow(m / 2.0, (double) i / SIZE_STEPS));
            sizes.add(i == 0 ? 2 : i == SIZE_STEPS ? m : s);
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The cells of the cluster that a 3 × 3 erosion removes. */
    public static boolean[] boundary(boolean[] cluster, int rows, int columns) {
        boolean[] edge = new boolean[cluster.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                if (!cluster[i]) {
                    continue;
                }
                boolean interior = true;
                for (int dr = -1; dr <= 1 && interior; dr++) {
                    for (int dc = -1; dc <= 1; dc++) {
                        int rr = r + dr;
                        int cc = c + dc;
                        if (rr < 0 || cc < 0 || rr >= rows || cc >= columns || !cluster[rr * columns + cc]) {
                            interior = false;
                            break;
                        }
                    }
                }
                edge[i] = !interior;
            }
        }
        return edge;
    }

    /** Box-counting dimension of the boundary of {@code cluster} (row-major, rows × columns). */
    public static Result of(boolean[] cluster, int rows, int columns) {
        boolean[] edge = boundary(cluster, rows, columns);
        long cells = 0;
        for (boolean b : edge) {
            if (b) {
                cells++;
            }
        }
        if (cells == 0) {
            throw new InvalidInputException("the cluster is empty: there is no boundary to measure");
        }
        int[] sizes = boxSizes(rows, columns);
        long[] counts = new long[sizes.length];
        for (int k = 0; k < sizes.length; k++) {
            int e = sizes[k];
            int boxColumns = (columns + e - 1) / e;
            BitSet boxes = new BitSet();
            for (int r = 0; r < rows; r++) {
                int base = (r / e) * boxColumns;
                for (int c = 0; c < columns; c++) {
                    if (edge[r * columns + c]) {
                        boxes.set(base + c / e);
                    }
                }
            }
            counts[k] = boxes.cardinality();
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
}
