package org.fisherscope.diffusion;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.fisherscope.geometry.InvalidInputException;

/**
 * A zero-mean Gaussian data model that is diagonal in the orthonormal Fourier basis: one variance S_f per
 * frequency of a {@link FrequencyGrid}. Frequencies with the same |f| and the same S_f behave identically
 * under every schedule, so they are kept once with a multiplicity ({@link #bins()}).
 */
public final class Spectrum {

    private final FrequencyGrid grid;
    private final double[] power;
    private final String description;
    private final Bins bins;

    /** Distinct (|f|, S) pairs with how many grid frequencies share each. */
    public record Bins(double[] radius, double[] power, double[] weight) {
        public int size() {
            return radius.length;
        }
    }

    public Spectrum(FrequencyGrid grid, double[] power, String description) {
        if (power.length != grid.count()) {
            throw new IllegalArgumentException("need " + grid.count() + " spectrum values, got " + power.length);
        }
        for (int i = 0; i < power.length; i++) {
            if (!(power[i] > 0) || Double.isInfinite(power[i])) {
                throw new InvalidInputException("the spectrum must be finite and > 0 at every frequency; at |f| = "
                        + grid.radius(i) + " it is " + power[i]);
            }
        }
        this.grid = grid;
        this.power = power.clone();
        this.description = description;
        this.bins = group(grid, this.power);
    }

    public FrequencyGrid grid() {
        return grid;
    }

    /** S_f at flat grid index i. */
    public double power(int i) {
        return power[i];
    }

    public double[] powers() {
        return power.clone();
    }

    public String description() {
        return description;
    }

    public Bins bins() {
        return bins;
    }

    private static Bins group(FrequencyGrid grid, double[] power) {
        Map<Key, Integer> index = new HashMap<>();
        double[] r = new double[power.length];
        double[] s = new double[power.length];
        double[] w = new double[power.length];
        int n = 0;
        for (int i = 0; i < power.length; i++) {
            double radius = grid.radius(i);
            Key key = new Key(radius, power[i]);
            Integer at = index.get(key);
            if (at == null) {
                index.put(key, n);
                r[n] = radius;
                s[n] = power[i];
                w[n] = 1;
                n++;
            } else {
                w[at]++;
            }
        }
        return new Bins(Arrays.copyOf(r, n), Arrays.copyOf(s, n), Arrays.copyOf(w, n));
    }

    private record Key(double radius, double power) {
    }
}
