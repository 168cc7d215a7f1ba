package org.fisherscope.figure;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.fisherscope.geometry.Geodesic;

/**
 * What the geodesics figure shows: the Fisher–Rao geodesic, optionally the geodesics of other
 * connections between the same points (e, m, α), the position t ∈ [0, 1] of the point that the slider
 * moves along the Fisher geodesic, and an optional fixed view window {xmin, xmax, ymin, ymax} of the
 * parameter plane (empty: fit the view to the curves), and what to draw under the curves.
 */
public record GeodesicScene(Geodesic geodesic, List<Geodesic> others, double marker, Optional<double[]> window,
                            PlaneOverlays overlays) {

    public GeodesicScene {
        if (!(marker >= 0 && marker <= 1)) {
            throw new IllegalArgumentException("marker must lie in [0, 1], got " + marker);
        }
        others = List.copyOf(others);
        overlays = overlays == null ? PlaneOverlays.NONE : overlays;
        window.ifPresent(w -> {
            if (w.length != 4 || !(w[0] < w[1]) || !(w[2] < w[3])) {
                throw new IllegalArgumentException("window is {xmin, xmax, ymin, ymax} with min < max");
            }
        });
    }

    /** Only the Fisher–Rao geodesic. */
    public GeodesicScene(Geodesic geodesic, double marker, Optional<double[]> window) {
        this(geodesic, List.of(), marker, window, PlaneOverlays.NONE);
    }

    /** Curves without overlays. */
    public GeodesicScene(Geodesic geodesic, List<Geodesic> others, double marker, Optional<double[]> window) {
        this(geodesic, others, marker, window, PlaneOverlays.NONE);
    }

    /** The Fisher geodesic first, then the others. */
    public List<Geodesic> curves() {
        List<Geodesic> all = new ArrayList<>();
        all.add(geodesic);
        all.addAll(others);
        return all;
    }

    /** The parameters at the marker. */
    public double[] markerPoint() {
        return geodesic.pointAt(marker);
    }
}
