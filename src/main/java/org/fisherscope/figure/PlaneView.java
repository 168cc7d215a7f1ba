package org.fisherscope.figure;

import java.util.List;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.CategoricalFamily;

/**
 * How the parameter plane is drawn: in the family's own parameters, or in a picture that shows why the
 * geometry is what it is — the normal family as the Poincaré half-plane (x = μ/√2 at equal scale, where
 * geodesics are true half-circles) or the Poincaré disk, the 3-outcome simplex as a piece of the
 * sphere of radius 2 (p ↦ 2√p, where geodesics are great circles); multivariate normals in the data plane
 * of two of their coordinates.
 */
public enum PlaneView implements ViewChoice {
    PARAMETERS("parameters", "Parameters"),
    HALF_PLANE("half-plane", "Poincaré half-plane"),
    DISK("disk", "Poincaré disk"),
    SPHERE("sphere", "Sphere of radius 2"),
    /** Multivariate normals: the data plane of two coordinates, covariances as (projected) ellipses. */
    X1_X2("x1-x2", "Data plane x₁–x₂"),
    X1_X3("x1-x3", "Data plane x₁–x₃"),
    X2_X3("x2-x3", "Data plane x₂–x₃");

    private final String id;
    private final String label;

    PlaneView(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** The name used on the command line ({@code --view}). */
    public String id() {
        return id;
    }

    @Override
    public String toString() {
        return label;
    }

    /** The views a family offers; the first is the default. */
    public static List<PlaneView> availableFor(StatisticalFamily family) {
        if (family.name().equals("normal")) {
            return List.of(PARAMETERS, HALF_PLANE, DISK);
        }
        if (family instanceof CategoricalFamily c && c.outcomes() == 3) {
            return List.of(PARAMETERS, SPHERE);
        }
        if (family.name().equals("mvnormal:d=2")) {
            return List.of(X1_X2);
        }
        if (family.name().equals("mvnormal:d=3")) {
            return List.of(X1_X2, X1_X3, X2_X3);
        }
        return List.of(PARAMETERS);
    }

    /**
     * The view to draw: {@code view} if the family offers it; "parameters" (the default everywhere) stands
     * for the family's first view.
     */
    public static PlaneView resolve(StatisticalFamily family, PlaneView view) {
        List<PlaneView> offered = availableFor(family);
        if (offered.contains(view)) {
            return view;
        }
        if (view == PARAMETERS) {
            return offered.get(0);
        }
        throw new org.fisherscope.geometry.InvalidInputException("the " + view.id() + " view is not available for the "
                + family.name() + " family; it offers " + String.join(", ", offered.stream().map(PlaneView::id).toList()));
    }

    /** The two data coordinates (0-based) of a data-plane view. */
    public int[] dataPair() {
        return switch (this) {
            case X1_X3 -> new int[] {0, 2};
            case X2_X3 -> new int[] {1, 2};
            default -> new int[] {0, 1};
        };
    }

    /** Parses a {@code --view} name. */
    public static PlaneView parse(String id) {
        return ViewChoice.parse(values(), id);
    }
}
