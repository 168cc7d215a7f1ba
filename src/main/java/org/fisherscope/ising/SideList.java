package org.fisherscope.ising;

import java.util.TreeSet;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Lattice sides such as "4,6,8,12" or "4-12" with a caller's upper bound: {@link LatticeSizes} keeps the Monte
 * Carlo bound, exact series go to {@link ExactIsing#MAX_SIDE}.
 */
public final class SideList {

    private SideList() {
    }

    /** The sides exact methods accept, 3 … {@link ExactIsing#MAX_SIDE}. */
    public static int[] exact(String text) {
        return parse(text, ExactIsing.MAX_SIDE);
    }

    /** Sorted distinct sides, each between {@link LatticeSizes#MIN} and {@code max}. */
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
        if (l < LatticeSizes.MIN || l > max) {
            throw new InvalidInputException("L must be between " + LatticeSizes.MIN + " and " + max + ", got " + l);
        }
        return l;
    }
}
