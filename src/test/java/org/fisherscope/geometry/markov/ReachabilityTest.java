package org.fisherscope.geometry.markov;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ReachabilityTest {

    @Test
    void followsPositiveEntriesTransitively() {
        // 0 → 1 → 2 (target); 3 ↔ 4 closed; 5 → 3 and 5 → 0.
        double[][] p = {
            {0.5, 0.5, 0, 0, 0, 0},
            {0, 0.5, 0.5, 0, 0, 0},
            {0, 0, 1, 0, 0, 0},
            {0, 0, 0, 0, 1, 0},
            {0, 0, 0, 1, 0, 0},
            {0.5, 0, 0, 0.5, 0, 0},
        };
        boolean[] target = {false, false, true, false, false, false};
        assertArrayEquals(new boolean[] {true, true, true, false, false, true}, Reachability.canReach(p, target));
        boolean[] closed = {false, false, false, true, true, false};
        assertArrayEquals(new boolean[] {false, false, false, true, true, true}, Reachability.canReach(p, closed));
    }

    @Test
    void zeroEntriesAreNotEdgesButTinyOnesAre() {
        double[][] p = {{1 - 1e-300, 1e-300}, {0, 1}};
        assertArrayEquals(new boolean[] {true, true}, Reachability.canReach(p, new boolean[] {false, true}));
        double[][] q = {{1, 0}, {0, 1}};
        assertArrayEquals(new boolean[] {false, true}, Reachability.canReach(q, new boolean[] {false, true}));
    }
}
