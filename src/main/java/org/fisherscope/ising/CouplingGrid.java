package org.fisherscope.ising;

import java.util.Locale;
import java.util.TreeSet;
import org.fisherscope.geometry.InvalidInputException;

/**
 * The couplings of a sweep across the transition, from text such as {@code 0.3:0.6:31} (31 evenly spaced K from
 * 0.3 to 0.6) or {@code 0.3,0.44,0.5}. K_c itself is added whenever it lies inside the range, and grid points
 * within {@link #CRITICAL_GUARD} of K_c are replaced by it: the free-fermion engine refuses couplings a hair away
 * from K_c (its zero-mode Pfaffian is too small there to trust either path) but computes K_c exactly.
 */
public final class CouplingGrid {

    /**
     * Grid points closer than this to K_c become K_c. The engine's refusal zone is about 1e-6 wide at L = 8 and
     * narrower at larger L (checked at L = 8, 16, 32: K_c + 1e-5 computes); on a plot |ΔK| = 1e-4 is invisible.
     */
    public static final double CRITICAL_GUARD = 1e-4;
    /** More points than this is a typing slip rather than a sweep: each point is a full exact computation. */
    public static final int MAX_POINTS = 401;

    private CouplingGrid() {
    }

    /** Sorted distinct couplings, all finite and > 0, K_c included when inside [min, max]. */
    public static double[] parse(String text) {
        String t = text == null ? "" : text.trim();
        if (t.isEmpty()) {
            throw new InvalidInputException("give the couplings as FROM:TO:POINTS (e.g. 0.3:0.6:31) or a list such as"
                    + " 0.3,0.44,0.5");
        }
        TreeSet<Double> ks = new TreeSet<>();
        if (t.contains(":")) {
            String[] parts = t.split(":", -1);
            if (parts.length != 3) {
                throw new InvalidInputException("a coupling range is FROM:TO:POINTS such as 0.3:0.6:31, got '" + t + "'");
            }
            double from = coupling(parts[0], t);
            double to = coupling(parts[1], t);
            int points = count(parts[2], t);
            if (!(to > from)) {
                throw new InvalidInputException("the coupling range " + t + " must run upwards (FROM < TO)");
            }
            for (int i = 0; i < points; i++) {
                // A weighted mean of the ends: 0.3:0.6:7 gives 0.4 itself, not 0.39999999999999997.
                ks.add(i == 0 ? from : i == points - 1 ? to : (from * (points - 1 - i) + to * i) / (points - 1));
            }
        } else {
            for (String part : t.split("[,;\\s]+")) {
                if (!part.isEmpty()) {
                    ks.add(coupling(part, t));
                }
            }
        }
        double kc = IsingLattice.CRITICAL_COUPLING;
        if (kc >= ks.first() && kc <= ks.last()) {
            ks.removeIf(k -> Math.abs(k - kc) < CRITICAL_GUARD);
            ks.add(kc);
        } else {
            ks.removeIf(k -> Math.abs(k - kc) < CRITICAL_GUARD);
            if (ks.isEmpty()) {
                ks.add(kc);
            }
        }
        if (ks.size() > MAX_POINTS) {
            throw new InvalidInputException("at most " + MAX_POINTS + " couplings per sweep, got " + ks.size());
        }
        return ks.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** The text a grid came from, normalised for a command line: no spaces. */
    public static String argument(String text) {
        return text == null ? "" : text.replaceAll("\\s+", "");
    }

    private static double coupling(String part, String text) {
        double k;
        try {
            k = Double.parseDouble(part.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("'" + part.trim() + "' in '" + text + "' is not a number; couplings look like"
                    + " 0.3:0.6:31 or 0.3,0.44,0.5");
        }
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new InvalidInputException(String.format(Locale.ROOT, "couplings must be finite and > 0, got %s", part
                    .trim()));
        }
        return k;
    }

    private static int count(String part, String text) {
        int n;
        try {
            n = Integer.parseInt(part.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("POINTS in '" + text + "' must be a whole number ≥ 2, got '" + part.trim()
                    + "'");
        }
        if (n < 2 || n > MAX_POINTS) {
            throw new InvalidInputException("POINTS in '" + text + "' must be between 2 and " + MAX_POINTS + ", got " + n);
        }
        return n;
    }
}
