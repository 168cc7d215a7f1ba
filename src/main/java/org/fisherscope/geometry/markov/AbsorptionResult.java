package org.fisherscope.geometry.markov;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What an absorbing chain gives: rows and entries indexed by {@code transientStates}, columns of
 * the absorption probabilities by {@code absorbingStates}; both lists are in the chain's state
 * order. Arrays are copied in and out, so a result never changes.
 *
 * @param states every state of the chain, in input order
 * @param absorbingStates the absorbing states
 * @param transientStates the other states; empty when every state is absorbing
 * @param fundamental N = (I − Q)⁻¹: expected visits to column state before absorption, from row state
 * @param expectedSteps t = N·1: expected number of steps to absorption from each transient state
 * @param variance (2N − I)t − t∘t: variance of the number of steps to absorption
 * @param absorptionProbabilities B = N·R: probability of ending in each absorbing state (columns)
 *     from each transient state (rows)
 */
public record AbsorptionResult(List<String> states, List<String> absorbingStates, List<String> transientStates,
        double[][] fundamental, double[] expectedSteps, double[] variance, double[][] absorptionProbabilities) {

    /** Copies everything and checks that the shapes agree with the state lists. */
    public AbsorptionResult {
        states = List.copyOf(states);
        absorbingStates = List.copyOf(absorbingStates);
        transientStates = List.copyOf(transientStates);
        int m = transientStates.size();
        fundamental = copy(fundamental, m, m, "fundamental");
        expectedSteps = copy(expectedSteps, m, "expectedSteps");
        variance = copy(variance, m, "variance");
        absorptionProbabilities = copy(absorptionProbabilities, m, absorbingStates.size(), "absorptionProbabilities");
    }

    @Override
    public double[][] fundamental() {
        return copy(fundamental, fundamental.length, fundamental.length, "fundamental");
    }

    @Override
    public double[] expectedSteps() {
        return expectedSteps.clone();
    }

    @Override
    public double[] variance() {
        return variance.clone();
    }

    @Override
    public double[][] absorptionProbabilities() {
        return copy(absorptionProbabilities, absorptionProbabilities.length, absorbingStates.size(),
                "absorptionProbabilities");
    }

    /** Expected steps to absorption from a transient state. */
    public double expectedSteps(String from) {
        return expectedSteps[transientIndex(from)];
    }

    /** Probability that the chain started in transient state {@code from} ends in {@code into}. */
    public double absorptionProbability(String from, String into) {
        int column = absorbingStates.indexOf(into);
        if (column < 0) {
            throw new IllegalArgumentException("'" + into + "' is not an absorbing state; those are "
                    + absorbingStates);
        }
        return absorptionProbabilities[transientIndex(from)][column];
    }

    private int transientIndex(String name) {
        int row = transientStates.indexOf(name);
        if (row < 0) {
            throw new IllegalArgumentException("'" + name + "' is not a transient state; those are "
                    + transientStates);
        }
        return row;
    }

    // Records compare arrays by reference; a result is a value, so compare contents.
    @Override
    public boolean equals(Object o) {
        return o instanceof AbsorptionResult r && states.equals(r.states) && absorbingStates.equals(r.absorbingStates)
                && transientStates.equals(r.transientStates) && Arrays.deepEquals(fundamental, r.fundamental)
                && Arrays.equals(expectedSteps, r.expectedSteps) && Arrays.equals(variance, r.variance)
                && Arrays.deepEquals(absorptionProbabilities, r.absorptionProbabilities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(states, absorbingStates, Arrays.deepHashCode(fundamental), Arrays.hashCode(expectedSteps),
                Arrays.hashCode(variance), Arrays.deepHashCode(absorptionProbabilities));
    }

    @Override
    public String toString() {
        return "AbsorptionResult[transient=" + transientStates + ", absorbing=" + absorbingStates
                + ", expectedSteps=" + Arrays.toString(expectedSteps) + ", variance=" + Arrays.toString(variance)
                + ", absorptionProbabilities=" + Arrays.deepToString(absorptionProbabilities) + "]";
    }

    private static double[] copy(double[] v, int n, String what) {
        if (v == null || v.length != n) {
            throw new IllegalArgumentException(what + " must have " + n + " entries, one per transient state");
        }
        return v.clone();
    }

    private static double[][] copy(double[][] a, int rows, int cols, String what) {
        if (a == null || a.length != rows) {
            throw new IllegalArgumentException(what + " must have " + rows + " rows, one per transient state");
        }
        double[][] c = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (a[i] == null || a[i].length != cols) {
                throw new IllegalArgumentException(what + " must have " + cols + " columns");
            }
            c[i] = a[i].clone();
        }
        return c;
    }
}
