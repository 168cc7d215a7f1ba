package org.fisherscope.io;

import java.util.Arrays;
import java.util.List;

/**
 * A square matrix whose rows and columns are both indexed by {@code names}, in that order:
 * {@code values[i][j]} belongs to row {@code names.get(i)} and column {@code names.get(j)}. The
 * values are copied in and out, so an instance never changes.
 *
 * @param names row and column labels
 * @param values the n × n entries
 */
public record LabelledMatrix(List<String> names, double[][] values) {

    /** Copies the names and values and checks that the matrix is names.size() square. */
    public LabelledMatrix {
        names = List.copyOf(names);
        values = copy(values, names.size());
    }

    @Override
    public double[][] values() {
        return copy(values, names.size());
    }

    /** The number of names, which is also the number of rows and of columns. */
    public int size() {
        return names.size();
    }

    // Records compare arrays by reference; a matrix is a value, so compare contents.
    @Override
    public boolean equals(Object o) {
        return o instanceof LabelledMatrix m && names.equals(m.names) && Arrays.deepEquals(values, m.values);
    }

    @Override
    public int hashCode() {
        return 31 * names.hashCode() + Arrays.deepHashCode(values);
    }

    @Override
    public String toString() {
        return "LabelledMatrix[names=" + names + ", values=" + Arrays.deepToString(values) + "]";
    }

    private static double[][] copy(double[][] values, int n) {
        if (values == null || values.length != n) {
            throw new IllegalArgumentException("a labelled matrix needs " + n + " rows, one per name");
        }
        double[][] c = new double[n][];
        for (int i = 0; i < n; i++) {
            if (values[i] == null || values[i].length != n) {
                throw new IllegalArgumentException("a labelled matrix needs " + n + " columns, one per name");
            }
            c[i] = values[i].clone();
        }
        return c;
    }
}
