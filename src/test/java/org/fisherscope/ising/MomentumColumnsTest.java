package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MomentumColumnsTest {

    @ParameterizedTest
    @ValueSource(ints = {3, 4, 5, 6, 7, 8, 12, 13})
    void everyPairIsCountedOnceAndSlabsAreClosedUnderTheReflection(int side) {
        MomentumColumns columns = new MomentumColumns(side);
        int n = side * side;
        // Each q contributes 1 to the sum over all momenta: kept with weight w, q and −q share it.
        double[] counted = new double[n];
        for (int i = 0; i < columns.count(); i++) {
            int q = columns.column(i);
            int minus = columns.negative(q);
            if (q == minus) {
                counted[q] += columns.weight(i);
            } else {
                counted[q] += columns.weight(i) / 2;
                counted[minus] += columns.weight(i) / 2;
            }
            assertEquals(columns.mirror(q), columns.column(columns.partner(i)));
        }
        for (int q = 0; q < n; q++) {
            assertEquals(1, counted[q], 0, "q = " + q);
        }
        for (int max : new int[] {2, 3, 5, n}) {
            List<int[]> slabs = columns.slabs(max);
            int covered = 0;
            for (int[] slab : slabs) {
                assertEquals(covered, slab[0]);
                assertTrue(slab[1] - slab[0] <= max);
                Set<Integer> inside = new HashSet<>();
                for (int i = slab[0]; i < slab[1]; i++) {
                    inside.add(i);
                }
                for (int i = slab[0]; i < slab[1]; i++) {
                    assertTrue(inside.contains(columns.partner(i)), "slab not closed under D");
                }
                covered = slab[1];
            }
            assertEquals(columns.count(), covered);
        }
    }
}
