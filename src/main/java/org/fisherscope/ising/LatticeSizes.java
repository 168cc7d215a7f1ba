package org.fisherscope.ising;

import java.util.TreeSet;
import org.fisherscope.geometry.InvalidInputException;

/** Parses a set of lattice sizes such as "4,6,8,10" or "4-12" (every L from 4 to 12) into sorted distinct L. */
public final class LatticeSizes {

    /** Smallest periodic lattice whose bonds are all distinct. */
    public static final int MIN = 3;
    /** Largest L accepted: the largest any exact method handles (each method checks its own limit). */
    public static final int MAX = ExactIsing.MAX_SIDE;

    private LatticeSizes() {
    }

    /** The sides exact methods accept, 3 … {@link ExactIsing#MAX_SIDE}. */
    public static int[] exact(String text) {
        return parse(text, ExactIsing.MAX_SIDE);
    }

    /** The sides Monte Carlo accepts, 3 … {@link MonteCarloCurvature#MAX_SIDE}. */
    public static int[] monteCarlo(String text) {
        return parse(text, MonteCarloCurvature.MAX_SIDE);
    }

    /** Sorted distinct sides, 3 … {@link #MAX}. */
    public static int[] parse(String text) {
        return parse(text, MAX);
    }

    /** Sorted distinct sides, each between {@link #MIN} and {@code max}. */
    public static int[] parse(String text, int max) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("give the lattice sizes L, e.g. 4,6,8 or 4-12");
        }
        TreeSet<Integer> sizes = new TreeSet<>();
        for (String part : text.split("[,;\\s]+")) {
            if (part.isEmpty()) {
                continue;
            }
            int dash = part.indexOf('-', 1);
            if (dash > 0) {
                int from = number(part.substring(0, dash), text, max);
                int to = number(part.substring(dash + 1), text, max);
                if (to < from) {
                    throw new InvalidInputException("the range " + part + " runs backwards; write " + to + "-" + from);
                }
                for (int l = from; l <= to; l++) {
                    sizes.add(l);
                }
            } else {
                sizes.add(number(part, text, max));
            }
        }
        if (sizes.isEmpty()) {
            throw new InvalidInputException("give the lattice sizes L, e.g. 4,6,8 or 4-12");
        }
        return sizes.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int number(String part, String text, int max) {
        int l;
        try {
            l = Integer.parseInt(part.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + part + "' in '" + text + "' is not a whole number; sizes look like"
                    + " 4,6,8 or 4-12");
        }
        if (l < MIN || l > max) {
            throw new InvalidInputException("L must be between " + MIN + " and " + max + ", got " + l);
        }
        return l;
    }
}
