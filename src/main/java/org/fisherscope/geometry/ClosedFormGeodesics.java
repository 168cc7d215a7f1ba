package org.fisherscope.geometry;

/**
 * Families whose Fisher–Rao geodesics and distances are known in closed form. Both methods take
 * user-facing parameters that {@link StatisticalFamily#checkParameters} accepted with the boundary
 * allowed.
 */
public interface ClosedFormGeodesics {

    /** Fisher–Rao distance d(p, q). */
    double distance(double[] p, double[] q);

    /** The point at t ∈ [0, 1] of the constant-speed geodesic from p (t = 0) to q (t = 1). */
    double[] pointAt(double[] p, double[] q, double t);
}
