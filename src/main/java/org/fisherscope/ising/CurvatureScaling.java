package org.fisherscope.ising;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.fisherscope.geometry.InvalidInputException;

/**
 * How |R| grows with the number of sites: the ordinary least-squares fit of ln|R| on ln n, its standard
 * error from the residuals, the effective exponents between consecutive sizes, and the prediction
 * d_R = (dν + 2η)/(dν + η) of arXiv 2603.07651 (10/9 for the 2-D Ising model).
 */
public final class CurvatureScaling {

    /** The 2-D Ising prediction: d = 2, ν = 1, η = 1/4. */
    public static final double PREDICTION_2D = ScalingFit.ISING_2D_PREDICTION;

    private CurvatureScaling() {
    }


    /** One lattice size and its curvature. */
    public record Point(int side, long sites, double curvature) {
    }

    /** ln|R| ≈ intercept + exponent·ln n; {@code exponentStdErr} is NaN with fewer than three points. */
    public record Fit(double exponent, double exponentStdErr, double intercept, List<Effective> effective) {
    }

    /** The slope between two consecutive sizes, ln(|R_b|/|R_a|)/ln(n_b/n_a). */
    public record Effective(int fromSide, int toSide, double exponent) {
    }

    /** The OLS fit of {@link ScalingFit} with each effective exponent labelled by its pair of sides. */
    public static Fit fit(List<Point> points) {
        if (points.size() < 2) {
            throw new InvalidInputException("a scaling fit needs at least two lattice sizes, got " + points.size());
        }
        ScalingFit f = ScalingFit.of(points.stream().mapToDouble(Point::sites).toArray(),
                points.stream().mapToDouble(Point::curvature).toArray());
        List<Effective> effective = new ArrayList<>();
        for (int i = 1; i < points.size(); i++) {
            effective.add(new Effective(points.get(i - 1).side(), points.get(i).side(), f.effective()[i - 1]));
        }
        return new Fit(f.slope(), f.slopeStdErr(), f.intercept(), List.copyOf(effective));
    }

    /** Checks a set of sides: at least two, distinct, each at least 3; returns them in increasing order. */
    public static int[] checkSides(int[] sides) {
        TreeSet<Integer> distinct = new TreeSet<>();
        for (int s : sides) {
            new IsingLattice(s);
            if (!distinct.add(s)) {
                throw new InvalidInputException("lattice side " + s + " is listed twice");
            }
        }
        if (distinct.size() < 2) {
            throw new InvalidInputException("a scaling fit needs at least two lattice sizes, got " + distinct.size());
        }
        return distinct.stream().mapToInt(Integer::intValue).toArray();
    }

    /** The exact series: one exact run per side (increasing), progress over the whole series. */
    public static List<ExactIsing.Result> exactSeries(int[] sides, double coupling, ExactIsing.Method method,
                                                      ProgressListener progress, BooleanSupplier cancelled) {
        int[] sorted = checkSides(sides);
        for (int s : sorted) {
            ExactIsing.resolve(s, coupling, method);
        }
        // Weight each side by its rough cost 4^L so that the progress bar moves evenly.
        double total = 0;
        for (int s : sorted) {
            total += Math.pow(4, s);
        }
        List<ExactIsing.Result> results = new ArrayList<>();
        double before = 0;
        for (int s : sorted) {
            double base = before / total;
            double share = Math.pow(4, s) / total;
            results.add(ExactIsing.compute(s, coupling, method, f -> progress.progress(base + share * f), cancelled));
            before += Math.pow(4, s);
        }
        return results;
    }

    /** The points of a series of exact results. */
    public static List<Point> points(List<ExactIsing.Result> results) {
        List<Point> points = new ArrayList<>();
        for (ExactIsing.Result r : results) {
            points.add(new Point(r.side(), (long) r.side() * r.side(), r.curvature().scalar()));
        }
        return points;
    }
}
