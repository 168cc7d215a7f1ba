package org.fisherscope.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * The probability simplex of three outcomes cut into n² equal triangles (n cuts along each side): the
 * cells of the curvature map and of the Dirichlet density heat map. Each cell covers 1/n² of the
 * triangle, whose area in (p1, p2) is ½.
 */
public final class SimplexGrid {

    /** One triangle: its corners and centroid as probability vectors (p1, p2, p3). */
    public record Cell(double[][] corners, double[] centroid) {
    }

    private final int n;
    private final List<Cell> cells;

    public SimplexGrid(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("a simplex grid needs n ≥ 1 cuts, got " + n);
        }
        this.n = n;
        List<Cell> list = new ArrayList<>(n * n);
        // Lattice points (i, j) ↦ p = (1 − (i + j)/n, i/n, j/n); two triangles per lattice square, one at its edge.
        for (int j = 0; j < n; j++) {
            for (int i = 0; i + j < n; i++) {
                list.add(cell(lattice(i, j), lattice(i + 1, j), lattice(i, j + 1)));
                if (i + j < n - 1) {
                    list.add(cell(lattice(i + 1, j), lattice(i + 1, j + 1), lattice(i, j + 1)));
                }
            }
        }
        cells = List.copyOf(list);
    }

    private double[] lattice(int i, int j) {
        return new double[] {(double) (n - i - j) / n, (double) i / n, (double) j / n};
    }

    private static Cell cell(double[] a, double[] b, double[] c) {
        double[] centroid = new double[3];
        for (int k = 0; k < 3; k++) {
            centroid[k] = (a[k] + b[k] + c[k]) / 3;
        }
        return new Cell(new double[][] {a, b, c}, centroid);
    }

    public int cuts() {
        return n;
    }

    public List<Cell> cells() {
        return cells;
    }

    /** Area of one cell in the (p1, p2) coordinates, where the simplex has area ½. */
    public double cellArea() {
        return 0.5 / ((double) n * n);
    }
}
