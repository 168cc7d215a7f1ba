package org.fisherscope.landuse;

import org.fisherscope.geometry.InvalidInputException;

/**
 * Pixel-by-pixel transition counts between the Markov classes of two years, accumulated row by row so
 * that no raster has to be held whole. A pixel counts only if its code is a Markov class in both years;
 * clouds, snow and no-data in either year drop it for that period (no gap filling). Counts of several
 * periods add up to the pooled counts.
 */
public final class TransitionCounts {

    private final Legend legend;
    private final int[] index;
    private final long[][] counts;

    public TransitionCounts(Legend legend) {
        this.legend = legend;
        this.index = new int[Legend.MAX_CODE + 1];
        java.util.Arrays.fill(index, -1);
        for (int i = 0; i < legend.markovClasses().size(); i++) {
            index[legend.markovClasses().get(i)] = i;
        }
        int n = legend.markovClasses().size();
        this.counts = new long[n][n];
    }

    /** Adds the pixels of one row (or any run of pixels) seen in two consecutive years. */
    public void add(int[] before, int[] after) {
        if (before.length != after.length) {
            throw new InvalidInputException("the two years' rows differ in length: " + before.length + " and "
                    + after.length);
        }
        for (int p = 0; p < before.length; p++) {
            int a = before[p];
            int b = after[p];
            if (a < 0 || b < 0 || a > Legend.MAX_CODE || b > Legend.MAX_CODE) {
                continue;
            }
            int i = index[a];
            int j = index[b];
            if (i >= 0 && j >= 0) {
                counts[i][j]++;
            }
        }
    }

    /** Adds counted transitions between two codes (from a table); codes outside the Markov classes are ignored. */
    public void add(int fromCode, int toCode, long count) {
        if (count < 0) {
            throw new InvalidInputException("a transition count cannot be negative, got " + count);
        }
        if (fromCode < 0 || toCode < 0 || fromCode > Legend.MAX_CODE || toCode > Legend.MAX_CODE) {
            return;
        }
        int i = index[fromCode];
        int j = index[toCode];
        if (i >= 0 && j >= 0) {
            counts[i][j] += count;
        }
    }

    /** Adds another period's counts (pooling). */
    public void add(TransitionCounts other) {
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                counts[i][j] += other.counts[i][j];
            }
        }
    }

    /** A copy of the counts, rows and columns in the legend's Markov-class order. */
    public long[][] counts() {
        long[][] copy = new long[counts.length][];
        for (int i = 0; i < counts.length; i++) {
            copy[i] = counts[i].clone();
        }
        return copy;
    }

    public Legend legend() {
        return legend;
    }
}
