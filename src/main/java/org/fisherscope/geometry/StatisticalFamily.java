package org.fisherscope.geometry;

import java.util.List;

/**
 * A parametric family of probability distributions with its Fisher information metric.
 *
 * <p>Two coordinate systems meet here. The <em>parameters</em> are what a user types and reads
 * (e.g. μ, σ for the normal family, p1..pk for the categorical); the <em>chart</em> is the
 * unconstrained open set the engine integrates in (for the categorical family, p1..p(k−1) with
 * pk = 1 − Σ). {@link RiemannianMetric} methods take chart coordinates.
 */
public interface StatisticalFamily extends RiemannianMetric {

    /** The family's name as typed on the command line, with its options, e.g. {@code categorical}. */
    String name();

    /** Names of the user-facing parameters in order; also the accepted {@code name=value} names. */
    List<String> parameterNames();

    /**
     * Checks user-facing parameters and returns them, possibly normalised (a categorical vector is
     * rescaled to sum to exactly 1). Throws {@link InvalidInputException} naming the offending
     * parameter and the accepted range. Points on the boundary of the domain are accepted only when
     * {@code allowBoundary} is true (closed-form distances are defined there).
     */
    double[] checkParameters(double[] parameters, boolean allowBoundary);

    /** Chart coordinates of (checked) parameters; most families are charted by their parameters. */
    default double[] toChart(double[] parameters) {
        return parameters.clone();
    }

    /** Parameters of a chart point. */
    default double[] toParameters(double[] chart) {
        return chart.clone();
    }

    /** A one-line statement of the metric and its conventions, shown in the GUI and in exports. */
    String metricDescription();
}
