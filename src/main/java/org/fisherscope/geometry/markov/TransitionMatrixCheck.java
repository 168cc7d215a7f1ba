package org.fisherscope.geometry.markov;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The checks {@link AbsorbingChain} makes on its input, each failing with a message that names the
 * offending state so that a user can find it in the file they typed.
 */
final class TransitionMatrixCheck {

    /** Twelve digits show any miss of the tolerance yet hide the last bits of rounding. */
    private static final MathContext SHOWN_DIGITS = new MathContext(12);

    private TransitionMatrixCheck() {
    }

    /** State names: at least one, none blank, no repeats. */
    static void names(List<String> states) {
        if (states == null || states.isEmpty()) {
            throw new InvalidInputException("the chain has no states: give at least one state name");
        }
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < states.size(); i++) {
            String name = states.get(i);
            if (name == null || name.isBlank()) {
                throw new InvalidInputException("state " + (i + 1) + " has a blank name: every state needs a"
                        + " non-blank name");
            }
            if (!seen.add(name)) {
                throw new InvalidInputException("state '" + name + "' is named twice: state names must be"
                        + " unique");
            }
        }
    }

    /** The matrix is n × n for n names. */
    static void shape(List<String> states, double[][] p) {
        int n = states.size();
        if (p == null || p.length != n) {
            throw new InvalidInputException("the transition matrix has " + (p == null ? 0 : p.length)
                    + " rows but there are " + n + " state names: it must be square, one row and one"
                    + " column per state");
        }
        for (int i = 0; i < n; i++) {
            int cells = p[i] == null ? 0 : p[i].length;
            if (cells != n) {
                throw new InvalidInputException("row '" + states.get(i) + "' of the transition matrix has "
                        + cells + " entries, expected " + n + ": it must be square, one column per state");
            }
        }
    }

    /** Every entry finite and non-negative, every row summing to 1 within the tolerance. */
    static void entries(List<String> states, double[][] p) {
        for (int i = 0; i < p.length; i++) {
            double sum = 0;
            for (int j = 0; j < p.length; j++) {
                double v = p[i][j];
                if (!Double.isFinite(v)) {
                    throw new InvalidInputException("the transition probability in row '" + states.get(i)
                            + "', column '" + states.get(j) + "' is " + v + ": entries must be finite"
                            + " probabilities in [0, 1]");
                }
                if (v < 0) {
                    throw new InvalidInputException("the transition probability in row '" + states.get(i)
                            + "', column '" + states.get(j) + "' is negative (" + show(v) + "): entries must be"
                            + " probabilities in [0, 1]");
                }
                sum += v;
            }
            if (Math.abs(sum - 1) > AbsorbingChain.ROW_SUM_TOLERANCE) {
                throw new InvalidInputException("row '" + states.get(i) + "' of the transition matrix sums to "
                        + show(sum) + ": each row must sum to 1 (within " + show(AbsorbingChain.ROW_SUM_TOLERANCE)
                        + ")");
            }
        }
    }

    /**
     * Indices of the absorbing states in state order; each must be a state and have the unit row.
     * Repeated names are harmless and count once.
     */
    static int[] absorbing(List<String> states, double[][] p, Collection<String> absorbing) {
        if (absorbing == null || absorbing.isEmpty()) {
            throw new InvalidInputException("no absorbing state given: name at least one of "
                    + String.join(", ", states));
        }
        Set<String> wanted = new LinkedHashSet<>(absorbing);
        for (String name : wanted) {
            if (!states.contains(name)) {
                throw new InvalidInputException("absorbing state '" + name + "' is not a state of the chain;"
                        + " the states are " + String.join(", ", states));
            }
        }
        List<Integer> indices = new ArrayList<>();
        for (int a = 0; a < states.size(); a++) {
            if (!wanted.contains(states.get(a))) {
                continue;
            }
            if (Math.abs(p[a][a] - 1) > AbsorbingChain.ROW_SUM_TOLERANCE) {
                throw new InvalidInputException("state '" + states.get(a) + "' is declared absorbing but"
                        + " stays put with probability " + show(p[a][a]) + ": an absorbing state's row must be 1"
                        + " on its own column and 0 elsewhere (within " + show(AbsorbingChain.ROW_SUM_TOLERANCE)
                        + ")");
            }
            indices.add(a);
        }
        return indices.stream().mapToInt(Integer::intValue).toArray();
    }

    /** A number as a user would type it: 0.9 rather than the 0.8999999999999999 a sum may round to. */
    static String show(double v) {
        return new BigDecimal(v).round(SHOWN_DIGITS).stripTrailingZeros().toPlainString();
    }
}
