package org.fisherscope.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class PercolationTest {

    private static boolean[] grid(int rows, int columns, String... lines) {
        boolean[] g = new boolean[rows * columns];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < columns; c++) {
                g[r * columns + c] = lines[r].charAt(c) == '#';
            }
        }
        return g;
    }

    @Test
    void aSquareIsOneClusterAndADiagonalPairTwo() {
        Percolation.Result square = Percolation.of(grid(4, 4, "....", ".##.", ".##.", "...."), 4, 4, () -> false);
        assertEquals(0.25, square.p(), 0);
        assertEquals(1, square.clusters());
        assertEquals(1.0, square.largestShare(), 0);
        Percolation.Result diagonal = Percolation.of(grid(2, 2, "#.", ".#"), 2, 2, () -> false);
        assertEquals(2, diagonal.clusters(), "4-connectivity splits a diagonal pair");
        assertEquals(0.5, diagonal.largestShare(), 0);
        Percolation.Result u = Percolation.of(grid(3, 3, "#.#", "#.#", "###"), 3, 3, () -> false);
        assertEquals(1, u.clusters(), "a U joins at the bottom: union–find merges the two arms");
        Percolation.Result none = Percolation.of(new boolean[9], 3, 3, () -> false);
        assertEquals(0, none.clusters());
        assertEquals(0, none.largestShare(), 0);
    }

    @Test
    void checkerboardHasOneClusterPerCell() {
        boolean[] g = new boolean[20 * 20];
        for (int i = 0; i < g.length; i++) {
            g[i] = ((i / 20) + (i % 20)) % 2 == 0;
        }
        Percolation.Result r = Percolation.of(g, 20, 20, () -> false);
        assertEquals(200, r.clusters());
        assertEquals(Map.of(1, 200), r.sizeDistribution());
    }

    @Test
    void randomFieldsAgreeWithABreadthFirstLabelling() {
        Random random = new Random(17);
        for (double density : new double[] {0.3, 0.55, 0.6, 0.8}) {
            int rows = 61;
            int columns = 83;
            boolean[] g = new boolean[rows * columns];
            for (int i = 0; i < g.length; i++) {
                g[i] = random.nextDouble() < density;
            }
            Percolation.Result r = Percolation.of(g, rows, columns, () -> false);
            assertEquals(breadthFirstSizes(g, rows, columns), r.sizeDistribution(), "density " + density);
        }
    }

    @Test
    void theLargestClusterIsTheOneAFloodFillFinds() {
        Random random = new Random(23);
        int rows = 97;
        int columns = 131;
        for (double density : new double[] {0.45, 0.6}) {
            java.util.BitSet mask = new java.util.BitSet();
            boolean[] g = new boolean[rows * columns];
            for (int i = 0; i < g.length; i++) {
                g[i] = random.nextDouble() < density;
                mask.set(i, g[i]);
            }
            java.util.BitSet expected = largestByFloodFill(g, rows, columns);
            Percolation.Clusters clusters = Percolation.label(mask, rows, columns, () -> false);
            assertEquals(expected, clusters.largest(() -> false), "density " + density);
            assertEquals(expected.cardinality(), clusters.result().largestSize());
            java.util.BitSet copy = (java.util.BitSet) mask.clone();
            assertEquals(copy, mask, "largest() leaves the mask alone");
            assertTrue(clusters.retainLargest(() -> false) == mask, "the same mask, not a copy");
            assertEquals(expected, mask, "retainLargest() turns the mask itself into the largest cluster");
            assertThrows(IllegalStateException.class, () -> clusters.largest(() -> false));
            // The boundary in place of the cluster is the boundary of a copy.
            BoxCounting.Result copied = BoxCounting.of(expected, rows, columns, () -> false);
            BoxCounting.Result inPlace = BoxCounting.ofInPlace(mask, rows, columns, () -> false);
            assertArrayEquals(copied.counts(), inPlace.counts());
            assertEquals(BoxCounting.boundary(expected, rows, columns, () -> false), mask);
        }
    }

    /** The cells of the largest 4-connected component, by flood fill (ties: the first found in row order). */
    private static java.util.BitSet largestByFloodFill(boolean[] g, int rows, int columns) {
        boolean[] seen = new boolean[g.length];
        java.util.BitSet best = new java.util.BitSet();
        for (int start = 0; start < g.length; start++) {
            if (!g[start] || seen[start]) {
                continue;
            }
            java.util.BitSet component = new java.util.BitSet();
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            seen[start] = true;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                component.set(i);
                int r = i / columns;
                int c = i % columns;
                int[][] neighbours = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
                for (int[] n : neighbours) {
                    if (n[0] >= 0 && n[1] >= 0 && n[0] < rows && n[1] < columns) {
                        int j = n[0] * columns + n[1];
                        if (g[j] && !seen[j]) {
                            seen[j] = true;
                            queue.add(j);
                        }
                    }
                }
            }
            if (component.cardinality() > best.cardinality()) {
                best = component;
            }
        }
        return best;
    }

    /** A second algorithm: flood fill with an explicit queue. */
    private static TreeMap<Integer, Integer> breadthFirstSizes(boolean[] g, int rows, int columns) {
        boolean[] seen = new boolean[g.length];
        TreeMap<Integer, Integer> sizes = new TreeMap<>();
        for (int start = 0; start < g.length; start++) {
            if (!g[start] || seen[start]) {
                continue;
            }
            int size = 0;
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(start);
            seen[start] = true;
            while (!queue.isEmpty()) {
                int i = queue.poll();
                size++;
                int r = i / columns;
                int c = i % columns;
                int[][] neighbours = {{r - 1, c}, {r + 1, c}, {r, c - 1}, {r, c + 1}};
                for (int[] n : neighbours) {
                    if (n[0] >= 0 && n[1] >= 0 && n[0] < rows && n[1] < columns) {
                        int j = n[0] * columns + n[1];
                        if (g[j] && !seen[j]) {
                            seen[j] = true;
                            queue.add(j);
                        }
                    }
                }
            }
            sizes.merge(size, 1, Integer::sum);
        }
        return sizes;
    }

    @Test
    void cancellationStopsTheLabelling() {
        assertThrows(CancellationException.class, () -> Percolation.of(new boolean[100], 10, 10, () -> true));
    }

    @Test
    void anEmptyOrNegativeGridIsRejectedNotNaN() {
        InvalidInputException empty = assertThrows(InvalidInputException.class,
                () -> Percolation.of(new boolean[0], 0, 0, () -> false));
        assertTrue(empty.getMessage().contains("no cells"), empty.getMessage());
        assertThrows(InvalidInputException.class, () -> Percolation.of(new boolean[0], 0, 5, () -> false));
        // −2 × −3 = 6 cells: the product check alone let this through.
        InvalidInputException negative = assertThrows(InvalidInputException.class,
                () -> Percolation.of(new boolean[6], -2, -3, () -> false));
        assertTrue(negative.getMessage().contains("-2"), negative.getMessage());
    }

    @Test
    void boxCountingNeedsThreeSizesSoNoNaNDimension() {
        // Longer side 8–11: M = 2, a single size; 12–15: M = 3, two sizes (an exact line, R² = 1 by construction).
        for (int side : new int[] {8, 11, 12, 15}) {
            boolean[] g = new boolean[side * side];
            java.util.Arrays.fill(g, true);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> BoxCounting.of(g, side, side),
                    "side " + side);
            assertTrue(e.getMessage().contains("16"), e.getMessage());
            assertTrue(!BoxCounting.available(side, side));
        }
        assertArrayEquals(new int[] {2, 3, 4}, BoxCounting.boxSizes(16, 16), "M = 4: the first grid with three sizes");
        assertTrue(BoxCounting.available(3, 16));
        boolean[] g = new boolean[16 * 16];
        java.util.Arrays.fill(g, true);
        assertTrue(Double.isFinite(BoxCounting.of(g, 16, 16).dimension()));
    }

    @Test
    void boxCountingStopsWhenCancelled() {
        boolean[] g = new boolean[64 * 64];
        java.util.Arrays.fill(g, true);
        java.util.concurrent.atomic.AtomicInteger polls = new java.util.concurrent.atomic.AtomicInteger();
        // The boundary pass polls once per row (64); cancelling at the second box size must still stop the work.
        assertThrows(CancellationException.class, () -> BoxCounting.of(g, 64, 64, () -> polls.incrementAndGet() > 65));
        assertEquals(66, polls.get(), "one poll per row, then one per box size");
        assertThrows(CancellationException.class, () -> BoxCounting.of(g, 64, 64, () -> true));
    }

    @Test
    void boxSizesAreThoseOfReference() {
        assertArrayEquals(new int[] {2, 3, 4, 6, 8, 10, 13, 18, 24, 32, 42, 55, 73, 97, 128, 169, 223, 294, 389},
                BoxCounting.boxSizes(1113, 1558), "REFERENCE.md, 1113 × 1558");
        assertThrows(InvalidInputException.class, () -> BoxCounting.boxSizes(5, 7));
    }

    @Test
    void theBoundaryOfASquareIsItsOutlineAndItsDimensionIsOne() {
        int n = 1600;
        int side = 400;
        boolean[] g = new boolean[n * n];
        for (int r = 600; r < 600 + side; r++) {
            for (int c = 600; c < 600 + side; c++) {
                g[r * n + c] = true;
            }
        }
        BoxCounting.Result r = BoxCounting.of(g, n, n);
        assertEquals(4L * side - 4, r.boundaryCells());
        // A smooth curve: d_f = 1 up to the box grid's offsets against the square (a few per cent).
        assertEquals(1, r.dimension(), 0.05);
        assertTrue(r.r2() > 0.99, "R² " + r.r2());
    }

    @Test
    void theBoundaryAndBoxCountsAgreeWithCellByCellDefinitions() {
        // Widths around multiples of 64, where the word-wise erosion joins words.
        Random random = new Random(31);
        for (int columns : new int[] {63, 64, 65, 130}) {
            int rows = 70;
            boolean[] g = new boolean[rows * columns];
            for (int i = 0; i < g.length; i++) {
                g[i] = random.nextDouble() < 0.8;
            }
            boolean[] edge = BoxCounting.boundary(g, rows, columns);
            java.util.BitSet bits = new java.util.BitSet();
            for (int r = 0; r < rows; r++) {
                for (int c = 0; c < columns; c++) {
                    boolean interior = g[r * columns + c];
                    for (int dr = -1; dr <= 1; dr++) {
                        for (int dc = -1; dc <= 1; dc++) {
                            int rr = r + dr;
                            int cc = c + dc;
                            interior &= rr >= 0 && cc >= 0 && rr < rows && cc < columns && g[rr * columns + cc];
                        }
                    }
                    assertEquals(g[r * columns + c] && !interior, edge[r * columns + c], r + "," + c + " of " + columns);
                    bits.set(r * columns + c, edge[r * columns + c]);
                }
            }
            BoxCounting.Result result = BoxCounting.of(g, rows, columns);
            for (int k = 0; k < result.sizes().length; k++) {
                int e = result.sizes()[k];
                java.util.Set<Long> boxes = new java.util.HashSet<>();
                for (int i = bits.nextSetBit(0); i >= 0; i = bits.nextSetBit(i + 1)) {
                    boxes.add((long) (i / columns / e) << 32 | (i % columns / e));
                }
                assertEquals(boxes.size(), result.counts()[k], "ε = " + e + ", " + columns + " columns");
            }
        }
    }

    @Test
    void edgeCellsAreBoundaryAndAFilledFieldFillsThePlane() {
        boolean[] full = new boolean[10 * 10];
        java.util.Arrays.fill(full, true);
        boolean[] edge = BoxCounting.boundary(full, 10, 10);
        assertTrue(edge[0] && edge[9] && edge[90] && edge[99], "cells at the raster's edge are boundary");
        assertTrue(!edge[55], "an interior cell is not");
        // A random field at density 0.5: nearly every occupied cell touches an empty one, so the boundary
        // covers the plane as the cluster does and its box-counting dimension approaches 2.
        Random random = new Random(5);
        int n = 512;
        boolean[] noise = new boolean[n * n];
        for (int i = 0; i < noise.length; i++) {
            noise[i] = random.nextBoolean();
        }
        BoxCounting.Result r = BoxCounting.of(noise, n, n);
        assertTrue(r.dimension() > 1.9 && r.dimension() <= 2.0 + 1e-9, "d_f " + r.dimension());
        assertThrows(InvalidInputException.class, () -> BoxCounting.of(new boolean[100], 10, 10));
    }
}
