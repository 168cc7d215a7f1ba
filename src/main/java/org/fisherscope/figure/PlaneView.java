package org.fisherscope.figure;

import java.util.List;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.CategoricalFamily;

/**
 * How the parameter plane is drawn: in the family's own parameters, or in a picture that shows why the
 * geometry is what it is — the normal family as the Poincaré half-plane (x = μ/√2 at equal scale, where
 * geodesics are true half-circles) or the Poincaré disk, the 3-outcome simplex as a piece of the
 * sphere of radius 2 (p ↦ 2√p, where geodesics are great circles).
 */
public enum PlaneView {
    PARAMETERS("parameters", "Parameters"),
    HALF_PLANE("half-plane", "Poincaré half-plane"),
    DISK("disk", "Poincaré disk"),
    SPHERE("sphere", "Sphere of radius 2");

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
        return List.of(PARAMETERS);
    }

    /** Parses a {@code --view} name. */
    public static PlaneView parse(String id) {
        for (PlaneView v : values()) {
            if (v.id.equalsIgnoreCase(id)) {
                return v;
            }
        }
        throw new org.fisherscope.geometry.InvalidInputException("--view must be parameters, half-plane, disk or sphere;"
                + " got '" + id + "'");
    }
}
