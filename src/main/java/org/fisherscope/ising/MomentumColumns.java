package org.fisherscope.ising;

import java.util.ArrayList;
import java.util.List;

/**
 * Which second momenta q₂ the Brillouin-zone sum for B visits, with weights, grouped into slabs.
 *
 * <p>Two symmetries cut the work. κ is real, so the summand at (−q₁, −q₂) is the conjugate of the one at
 * (q₁, q₂): of each pair {q₂, −q₂} one column is kept with weight 2. The diagonal reflection D (q_r ↔ q_c) maps
 * the transforms of the vertical origin bond onto those of the horizontal one, K̂_{v u w}(q₁, q₂) =
 * K̂_{h ū w̄}(Dq₁, Dq₂), so every kept set must contain Dq₂ with q₂. Per orbit {q, −q, Dq, −Dq}:
 * <ul>
 *   <li>q = −q: keep q (and Dq), weight 1;</li>
 *   <li>Dq = −q: keep q and −q, weight 1 (D swaps them);</li>
 *   <li>Dq = q: keep q, weight 2;</li>
 *   <li>otherwise: keep q and Dq, weight 2.</li>
 * </ul>
 * The weights over the kept columns add up to n. A slab is a run of whole orbits, so it is closed under D.
 */
final class MomentumColumns {

    private final int side;
    private final int[] columns;
    private final double[] weights;
    /** Position of D(column) in {@link #columns}. */
    private final int[] partner;
    /** Start of each unit closed under D (a run of 1 or 2 columns), plus the end. */
    private final int[] unitStarts;

    MomentumColumns(int side) {
        this.side = side;
        int n = side * side;
        boolean[] seen = new boolean[n];
        List<Integer> kept = new ArrayList<>();
        List<Double> weight = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        for (int q = 0; q < n; q++) {
            if (seen[q]) {
                continue;
            }
            int minus = negative(q);
            int mirror = mirror(q);
            int minusMirror = negative(mirror);
            seen[q] = seen[minus] = seen[mirror] = seen[minusMirror] = true;
            starts.add(kept.size());
            if (q == minus) {
                add(kept, weight, q, 1);
                if (mirror != q) {
                    add(kept, weight, mirror, 1);
                }
            } else if (mirror == minus) {
                add(kept, weight, q, 1);
                add(kept, weight, minus, 1);
            } else if (mirror == q) {
                add(kept, weight, q, 2);
            } else {
                add(kept, weight, q, 2);
                add(kept, weight, mirror, 2);
            }
        }
        starts.add(kept.size());
        columns = kept.stream().mapToInt(Integer::intValue).toArray();
        weights = weight.stream().mapToDouble(Double::doubleValue).toArray();
        unitStarts = starts.stream().mapToInt(Integer::intValue).toArray();
        int[] position = new int[n];
        java.util.Arrays.fill(position, -1);
        for (int i = 0; i < columns.length; i++) {
            position[columns[i]] = i;
        }
        partner = new int[columns.length];
        for (int i = 0; i < columns.length; i++) {
            partner[i] = position[mirror(columns[i])];
        }
    }

    private static void add(List<Integer> kept, List<Double> weight, int q, double w) {
        kept.add(q);
        weight.add(w);
    }

    /** −q on the L × L grid. */
    int negative(int q) {
        return Math.floorMod(-(q / side), side) * side + Math.floorMod(-(q % side), side);
    }

    /** Dq: rows and columns exchanged. */
    int mirror(int q) {
        return (q % side) * side + q / side;
    }

    int count() {
        return columns.length;
    }

    int column(int i) {
        return columns[i];
    }

    double weight(int i) {
        return weights[i];
    }

    int partner(int i) {
        return partner[i];
    }

    /**
     * Cuts the columns into slabs of at most {@code maxColumns} (at least one whole D-closed unit each), as
     * [start, end) index pairs.
     */
    List<int[]> slabs(int maxColumns) {
        List<int[]> slabs = new ArrayList<>();
        int start = 0;
        for (int u = 0; u + 1 < unitStarts.length; u++) {
            if (unitStarts[u + 1] - start > maxColumns && unitStarts[u] > start) {
                slabs.add(new int[] {start, unitStarts[u]});
                start = unitStarts[u];
            }
        }
        slabs.add(new int[] {start, columns.length});
        return slabs;
    }
}
