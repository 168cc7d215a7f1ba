package org.fisherscope.landuse;

import java.util.Arrays;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;

/**
 * Site percolation of the occupied (Built) cells of a grid: 4-connected clusters labelled in one
 * raster pass with union–find (Hoshen–Kopelman, no recursion), then sized. p is occupied cells over
 * all cells of the grid (clouds and water included, as in DESIGN.md); the site percolation threshold of
 * the square lattice is 0.5927.
 */
public final class Percolation {

    private Percolation() {
    }

    /**
     * The clusters of one grid. {@code largest} marks the cells of the largest cluster (row-major), for
     * its boundary; with no occupied cell it is all false and the share is 0.
     */
    public record Result(int rows, int columns, double p, int clusters, int largestSize, double largestShare,
                         SortedMap<Integer, Integer> sizeDistribution, boolean[] largest) {
    }

    /** Clusters of {@code occupied} (row-major, rows × columns); {@code cancelled} is polled per row. */
    public static Result of(boolean[] occupied, int rows, int columns, BooleanSupplier cancelled) {
        if ((long) rows * columns != occupied.length) {
            throw new IllegalArgumentException("grid of " + rows + " × " + columns + " but " + occupied.length + " cells");
        }
        int[] labels = new int[occupied.length];
        int[] parent = new int[16];
        int next = 1;
        for (int r = 0; r < rows; r++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("percolation cancelled");
            }
            for (int c = 0; c < columns; c++) {
                int i = r * columns + c;
                if (!occupied[i]) {
                    continue;
                }
                int up = r > 0 ? labels[i - columns] : 0;
                int left = c > 0 ? labels[i - 1] : 0;
                if (up == 0 && left == 0) {
                    if (next == parent.length) {
                        parent = Arrays.copyOf(parent, parent.length * 2);
                    }
                    parent[next] = next;
                    labels[i] = next++;
                } else if (up == 0 || left == 0) {
                    labels[i] = Math.max(up, left);
                } else {
                    int a = find(parent, up);
                    int b = find(parent, left);
                    parent[Math.max(a, b)] = Math.min(a, b);
                    labels[i] = Math.min(a, b);
                }
            }
        }
        int[] size = new int[next];
        long occupiedCount = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] != 0) {
                labels[i] = find(parent, labels[i]);
                size[labels[i]]++;
                occupiedCount++;
            }
        }
        SortedMap<Integer, Integer> distribution = new TreeMap<>();
        int clusters = 0;
        int largestRoot = 0;
        for (int root = 1; root < next; root++) {
            if (size[root] > 0) {
                clusters++;
                distribution.merge(size[root], 1, Integer::sum);
                if (size[root] > size[largestRoot]) {
                    largestRoot = root;
                }
            }
        }
        boolean[] largest = new boolean[labels.length];
        if (largestRoot != 0) {
            for (int i = 0; i < labels.length; i++) {
                largest[i] = labels[i] == largestRoot;
            }
        }
        int largestSize = size[largestRoot];
        double share = occupiedCount == 0 ? 0 : (double) largestSize / occupiedCount;
        return new Result(rows, columns, (double) occupiedCount / labels.length, clusters, largestSize, share,
                java.util.Collections.unmodifiableSortedMap(distribution), largest);
    }

    /** Root of a label, halving the path on the way (keeps the trees flat without recursion). */
    private static int find(int[] parent, int label) {
        int x = label;
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
}
