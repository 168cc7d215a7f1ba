package org.fisherscope.figure;

import java.util.Optional;
import org.fisherscope.geometry.Geodesic;

/**
 * What the geodesics figure shows: a geodesic, the position t ∈ [0, 1] of the point that the
 * slider moves along it, and for the (μ, σ) half-plane an optional fixed view window
 * {μmin, μmax, σmax} (empty: fit the view to the path).
 */
public record GeodesicScene(Geodesic geodesic, double marker, Optional<double[]> window) {

    public GeodesicScene {
        if (!(marker >= 0 && marker <= 1)) {
            throw new IllegalArgumentException("marker must lie in [0, 1], got " + marker);
        }
    }

    /** The parameters at the marker. */
    public double[] markerPoint() {
        return geodesic.pointAt(marker);
    }
}
