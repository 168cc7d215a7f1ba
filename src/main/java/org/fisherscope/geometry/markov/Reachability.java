package org.fisherscope.geometry.markov;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Which states can reach a target set along transitions of positive probability. This decides
 * before any arithmetic whether I − Q is singular: it is exactly when some transient state cannot
 * reach an absorbing one, and a graph search says so without depending on rounding.
 */
final class Reachability {

    private Reachability() {
    }

    /**
     * {@code result[i]} is true when state i reaches some state j with {@code target[j]} in zero or
     * more steps, moving only along entries {@code p[from][to] > 0}.
     */
    static boolean[] canReach(double[][] p, boolean[] target) {
        int n = p.length;
        boolean[] reached = target.clone();
        Deque<Integer> queue = new ArrayDeque<>();
        for (int j = 0; j < n; j++) {
            if (reached[j]) {
                queue.add(j);
            }
        }
        // Breadth-first search backwards: i reaches the target if it has an edge into a state that does.
        while (!queue.isEmpty()) {
            int j = queue.poll();
            for (int i = 0; i < n; i++) {
                if (!reached[i] && p[i][j] > 0) {
                    reached[i] = true;
                    queue.add(i);
                }
            }
        }
        return reached;
    }
}
