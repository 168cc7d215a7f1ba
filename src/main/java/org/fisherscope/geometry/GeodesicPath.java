package org.fisherscope.geometry;

import org.apache.commons.math3.ode.ContinuousOutputModel;

/**
 * A geodesic integrated from x(0) with initial velocity v(0) over t ∈ [0, 1], kept as the
 * integrator's dense output so that any intermediate point is available at the integrator's
 * accuracy. Its length is |v(0)|_g, since geodesics have constant speed.
 */
public final class GeodesicPath {
    private final ContinuousOutputModel output;
    private final int dimension;
    private final double length;
    private final int evaluations;

    GeodesicPath(ContinuousOutputModel output, int dimension, double length, int evaluations) {
        this.output = output;
        this.dimension = dimension;
        this.length = length;
        this.evaluations = evaluations;
    }

    /** Chart coordinates at t ∈ [0, 1]. */
    public synchronized double[] pointAt(double t) {
        output.setInterpolatedTime(Math.max(0, Math.min(1, t)));
        double[] state = output.getInterpolatedState();
        double[] x = new double[dimension];
        System.arraycopy(state, 0, x, 0, dimension);
        return x;
    }

    /** Velocity in the chart at t ∈ [0, 1]. */
    public synchronized double[] velocityAt(double t) {
        output.setInterpolatedTime(Math.max(0, Math.min(1, t)));
        double[] state = output.getInterpolatedState();
        double[] v = new double[dimension];
        System.arraycopy(state, dimension, v, 0, dimension);
        return v;
    }

    /** The end point x(1). */
    public double[] end() {
        return pointAt(1);
    }

    /** Riemannian length, |v(0)|_g. */
    public double length() {
        return length;
    }

    /** Right-hand-side evaluations the integrator spent. */
    public int evaluations() {
        return evaluations;
    }
}
