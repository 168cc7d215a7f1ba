package org.fisherscope.app.geodesics;

import java.util.List;
import java.util.Optional;

/**
 * A guided preset of the Geodesics workspace: a family, two end points, the connections to draw and a
 * short explanation of what to look at.
 */
public record Lesson(String id, String title, String explanation, FamilyChoice choice,
                     double[] from, double[] to, boolean showE, boolean showM) {

    /** Every lesson, in the order the chooser lists them. */
    public static final List<Lesson> ALL = List.of(
            new Lesson("simplex-sphere", "The simplex is a sphere",
                    "The map p ↦ 2√p sends the probability simplex onto a piece of the sphere of radius 2. "
                            + "Fisher–Rao geodesics are its great circles, so they bulge towards the centre of the "
                            + "triangle, and two certain outcomes (the corners) are exactly π apart — the "
                            + "largest distance there is. The curvature is that of the sphere: Gaussian "
                            + "curvature +1/4 everywhere. Drag A and B towards two corners and watch d(A, B) "
                            + "approach 3.1416.",
                    FamilyChoice.CATEGORICAL, new double[] {0.96, 0.02, 0.02},
                    new double[] {0.02, 0.96, 0.02}, false, false),
            new Lesson("dual-geodesics", "e- and m-geodesics differ; Fisher–Rao lies between",
                    "An exponential family has two flat structures: straight lines in the natural parameters θ "
                            + "(e-geodesics, α = 1) and straight lines in the mean parameters η (m-geodesics, "
                            + "α = −1). Neither is the shortest path: the Fisher–Rao geodesic (α = 0) is, and it "
                            + "runs between them. The legend gives each curve's Fisher length; the Fisher–Rao "
                            + "one is the smallest. KL(A‖B) ≠ KL(B‖A): the divergence is not a distance.",
                    FamilyChoice.GAMMA, new double[] {0.7, 2}, new double[] {2, 3}, true, true),
            new Lesson("hyperbolic-normal", "The normal family is a hyperbolic plane",
                    "With x = μ/√2 the metric (dμ² + 2dσ²)/σ² is twice the Poincaré half-plane: constant "
                            + "curvature −1/2. To move the mean cheaply, a geodesic first widens the "
                            + "distribution — it arcs up to larger σ — and comes back down: a half-circle "
                            + "centred on the μ axis. Narrow distributions (small σ) are far apart even when "
                            + "their means are close.",
                    FamilyChoice.NORMAL, new double[] {-2, 0.4}, new double[] {2, 0.4}, false, false));

    /** The lesson with this id. */
    public static Optional<Lesson> byId(String id) {
        return ALL.stream().filter(l -> l.id().equals(id)).findFirst();
    }

    @Override
    public String toString() {
        return title;
    }
}
