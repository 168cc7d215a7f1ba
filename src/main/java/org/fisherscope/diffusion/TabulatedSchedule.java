package org.fisherscope.diffusion;

import java.util.Arrays;
import org.fisherscope.geometry.InvalidInputException;

/**
 * A user's schedule given as a table of ᾱ values at times 0 = t₀ &lt; … &lt; t_K = 1, either one column for all
 * frequencies or one column per frequency radius |f| (linear in |f| between columns, constant beyond the
 * first and last). Between the times it is a monotone cubic, so ᾱ and its rate are continuous.
 */
public final class TabulatedSchedule implements Schedule {

    private final String name;
    private final double[] radii;
    private final MonotoneCubic[] columns;

    /**
     * @param times  strictly increasing, from 0 to 1
     * @param radii  one radius per column, increasing; a single column applies to every frequency
     * @param values values[k][c] = ᾱ at times[k] for column c, each in [0, 1]
     */
    public TabulatedSchedule(String name, double[] times, double[] radii, double[][] values) {
        if (times.length < 2) {
            throw new InvalidInputException(name + ": a schedule table needs at least two times (0 and 1)");
        }
        if (times[0] != 0 || times[times.length - 1] != 1) {
            throw new InvalidInputException(name + ": the times must run from 0 to 1, got " + times[0] + " … "
                    + times[times.length - 1]);
        }
        for (int k = 1; k < times.length; k++) {
            if (!(times[k] > times[k - 1])) {
                throw new InvalidInputException(name + ": the times must increase strictly; row " + (k + 1)
                        + " has t = " + times[k] + " after " + times[k - 1]);
            }
        }
        for (int c = 1; c < radii.length; c++) {
            if (!(radii[c] > radii[c - 1])) {
                throw new InvalidInputException(name + ": the frequency columns must increase, got "
                        + Arrays.toString(radii));
            }
        }
        this.name = name;
        this.radii = radii.clone();
        this.columns = new MonotoneCubic[radii.length];
        for (int c = 0; c < radii.length; c++) {
            double[] column = new double[times.length];
            for (int k = 0; k < times.length; k++) {
                double v = values[k][c];
                if (!(v >= 0 && v <= 1)) {
                    throw new InvalidInputException(name + ": ᾱ must lie in [0, 1]; row " + (k + 1) + " has " + v);
                }
                column[k] = v;
            }
            columns[c] = new MonotoneCubic(times, column);
        }
    }

    @Override
    public String id() {
        return "table";
    }

    @Override
    public String label() {
        return name;
    }

    @Override
    public void evaluate(double t, double radius, int gridSize, double power, double[] out) {
        double a;
        double rate;
        if (columns.length == 1 || radius <= radii[0]) {
            a = columns[0].value(t);
            rate = columns[0].derivative(t);
        } else if (radius >= radii[radii.length - 1]) {
            a = columns[columns.length - 1].value(t);
            rate = columns[columns.length - 1].derivative(t);
        } else {
            int c = 0;
            while (radii[c + 1] < radius) {
                c++;
            }
            double w = (radius - radii[c]) / (radii[c + 1] - radii[c]);
            a = (1 - w) * columns[c].value(t) + w * columns[c + 1].value(t);
            rate = (1 - w) * columns[c].derivative(t) + w * columns[c + 1].derivative(t);
        }
        out[GAIN] = a;
        out[GAIN_RATE] = rate;
        out[NOISE] = 1 - a;
        out[NOISE_RATE] = -rate;
    }
}
