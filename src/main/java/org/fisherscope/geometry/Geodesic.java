package org.fisherscope.geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleFunction;

/**
 * A Fisher–Rao geodesic between two distributions of a family, parametrised proportionally to arc
 * length by t ∈ [0, 1], in the family's user-facing parameters.
 */
public final class Geodesic {

    /** How the geodesic was obtained. */
    public enum Method {
        CLOSED_FORM("closed-form"), NUMERICAL("numerical");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        /** The name used on the command line and in JSON. */
        public String label() {
            return label;
        }
    }

    private final StatisticalFamily family;
    private final double[] from;
    private final double[] to;
    private final Method method;
    private final double length;
    private final double residual;
    private final int iterations;
    private final DoubleFunction<double[]> curve;
    private final String connection;
    private final java.util.function.DoubleUnaryOperator arc;

    /** A Fisher–Rao (Levi-Civita) geodesic: constant speed, so the arc length at t is t·length. */
    Geodesic(StatisticalFamily family, double[] from, double[] to, Method method, double length, double residual,
             int iterations, DoubleFunction<double[]> curve) {
        this(family, from, to, method, length, residual, iterations, curve, "fisher", t -> t * length);
    }

    /**
     * A geodesic of another connection (e, m, α): its Fisher length and arc length come from integrating
     * the Fisher speed along the curve, since such curves are not Fisher geodesics.
     */
    Geodesic(StatisticalFamily family, double[] from, double[] to, Method method, double length, double residual,
             int iterations, DoubleFunction<double[]> curve, String connection,
             java.util.function.DoubleUnaryOperator arc) {
        this.family = family;
        this.from = from.clone();
        this.to = to.clone();
        this.method = method;
        this.length = length;
        this.residual = residual;
        this.iterations = iterations;
        this.curve = curve;
        this.connection = connection;
        this.arc = arc;
    }

    /** The connection whose geodesic this is: "fisher" (Levi-Civita, α = 0), "e", "m" or "alpha:A". */
    public String connection() {
        return connection;
    }

    /** Fisher length of the curve from t = 0 to t. */
    public double arcAt(double t) {
        return arc.applyAsDouble(t);
    }

    public StatisticalFamily family() {
        return family;
    }

    public double[] from() {
        return from.clone();
    }

    public double[] to() {
        return to.clone();
    }

    public Method method() {
        return method;
    }

    /**
     * Fisher length of the curve: the Fisher–Rao distance between the end points for the Fisher
     * geodesic, and longer than it for the e-, m- and α-geodesics.
     */
    public double length() {
        return length;
    }

    /**
     * Fisher–Rao size of the gap between the curve's end and the requested end point: the shooting
     * residual for numerical geodesics, the rounding of the formula for closed forms.
     */
    public double residual() {
        return residual;
    }

    /** Newton iterations the shooting took (0 for closed forms). */
    public int iterations() {
        return iterations;
    }

    /** Parameters at t ∈ [0, 1]. */
    public double[] pointAt(double t) {
        return curve.apply(t);
    }

    /** steps + 1 points at t = k/steps, with their Fisher arc length from the start. */
    public List<Point> sample(int steps) {
        if (steps < 1) {
            throw new InvalidInputException("steps must be at least 1, got " + steps);
        }
        List<Point> points = new ArrayList<>(steps + 1);
        for (int k = 0; k <= steps; k++) {
            double t = (double) k / steps;
            points.add(new Point(t, k == steps ? length : arcAt(t), pointAt(t)));
        }
        return points;
    }

    /** One sampled point: parameter t, arc length from the start, and the family's parameters. */
    public record Point(double t, double arc, double[] parameters) {
    }
}
