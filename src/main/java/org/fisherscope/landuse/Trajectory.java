package org.fisherscope.landuse;

import java.util.ArrayList;
import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.family.CategoricalFamily;

/**
 * A landscape's yearly distributions as a path on the probability simplex and the Fisher–Rao
 * measures of its motion: velocity between consecutive years (the Fisher–Rao distance
 * 2·arccos Σ√(p q) over the year gap, rad/yr), acceleration, cumulative arc length, the direct
 * displacement first → last year, sinuosity (arc / displacement, 1 for a geodesic path), pulses
 * (periods whose velocity exceeds the mean plus one sample standard deviation), and per-period
 * change in percentage points. Shannon entropy, Rényi entropy of order 2 and the Kullback–Leibler
 * divergence between consecutive years are reported too.
 */
public final class Trajectory {

    private Trajectory() {
    }

    /** One period between consecutive years. */
    public record Period(int from, int to, double velocity, double distance, double[] changePoints, double kl) {
    }

    /** The measures of a whole trajectory. */
    public record Result(int[] years, double[][] distributions, List<Period> periods, double[] accelerations,
                         double arcLength, double displacement, double sinuosity, List<Period> pulses,
                         double[] shannon, double[] renyi2) {
    }

    /**
     * Measures a trajectory of distributions (each summing to 1) observed at strictly increasing years.
     * At least two years are needed.
     */
    public static Result of(int[] years, double[][] distributions) {
        if (years.length != distributions.length) {
            throw new InvalidInputException(years.length + " years but " + distributions.length + " distributions");
        }
        if (years.length < 2) {
            throw new InvalidInputException("a trajectory needs at least two years, got " + years.length);
        }
        int k = distributions[0].length;
        CategoricalFamily simplex = new CategoricalFamily(k);
        double[][] points = new double[years.length][];
        for (int i = 0; i < years.length; i++) {
            if (i > 0 && years[i] <= years[i - 1]) {
                throw new InvalidInputException("years must increase: " + years[i - 1] + " then " + years[i]);
            }
            points[i] = simplex.checkParameters(distributions[i], true);
        }
        List<Period> periods = new ArrayList<>();
        double arc = 0;
        for (int i = 0; i + 1 < years.length; i++) {
            double d = simplex.distance(points[i], points[i + 1]);
            arc += d;
            double[] change = new double[k];
            for (int j = 0; j < k; j++) {
                change[j] = 100 * (points[i + 1][j] - points[i][j]);
            }
            periods.add(new Period(years[i], years[i + 1], d / (years[i + 1] - years[i]), d, change,
                    kullbackLeibler(points[i], points[i + 1])));
        }
        double[] accelerations = new double[periods.size() - 1];
        for (int i = 0; i < accelerations.length; i++) {
            double midGap = (periods.get(i + 1).from() + periods.get(i + 1).to() - periods.get(i).from()
                    - periods.get(i).to()) / 2.0;
            accelerations[i] = (periods.get(i + 1).velocity() - periods.get(i).velocity()) / midGap;
        }
        double displacement = simplex.distance(points[0], points[points.length - 1]);
        double sinuosity = displacement > 0 ? arc / displacement : Double.POSITIVE_INFINITY;
        double[] shannon = new double[points.length];
        double[] renyi = new double[points.length];
        for (int i = 0; i < points.length; i++) {
            double h = 0;
            double sq = 0;
            for (double p : points[i]) {
                if (p > 0) {
                    h -= p * Math.log(p);
                }
                sq += p * p;
            }
            shannon[i] = h;
            renyi[i] = -Math.log(sq);
        }
        return new Result(years.clone(), points, periods, accelerations, arc, displacement, sinuosity,
                pulses(periods), shannon, renyi);
    }

    /** Periods whose velocity exceeds mean + 1 sample SD of all velocities. */
    static List<Period> pulses(List<Period> periods) {
        int n = periods.size();
        if (n < 2) {
            return List.of();
        }
        double mean = periods.stream().mapToDouble(Period::velocity).average().orElse(0);
        double ss = 0;
        for (Period p : periods) {
            ss += (p.velocity() - mean) * (p.velocity() - mean);
        }
        double threshold = mean + Math.sqrt(ss / (n - 1));
        return periods.stream().filter(p -> p.velocity() > threshold).toList();
    }

    /** KL(p‖q) in nats; infinite where q has no mass and p has. */
    static double kullbackLeibler(double[] p, double[] q) {
        double kl = 0;
        for (int i = 0; i < p.length; i++) {
            if (p[i] > 0) {
                if (q[i] == 0) {
                    return Double.POSITIVE_INFINITY;
                }
                kl += p[i] * Math.log(p[i] / q[i]);
            }
        }
        return kl;
    }
}
