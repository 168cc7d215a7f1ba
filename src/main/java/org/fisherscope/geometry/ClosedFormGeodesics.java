package org.fisherscope.geometry;

/**
 * Families whose Fisher–Rao geodesics and distances are known in closed form. Both methods take
 * user-facing parameters that {@link StatisticalFamily#checkParameters} accepted with the boundary
 * allowed.
 */
public interface ClosedFormGeodesics {

    /**
     * Whether the closed form covers this pair; a family may have one only on a totally geodesic part
     * (e.g. multivariate normals with equal means). Both points are checked parameters.
     */
    default boolean closedFormApplies(double[] p, double[] q) {
        return true;
    }

    /** Fisher–Rao distance d(p, q). */
    double distance(double[] p, double[] q);

    /** The point at t ∈ [0, 1] of the constant-speed geodesic from p (t = 0) to q (t = 1). */
    double[] pointAt(double[] p, double[] q, double t);
}
