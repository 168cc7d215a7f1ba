package org.fisherscope.figure;

import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.CategoricalFamily;

/**
 * The 2-D coordinates of a drawn view, independent of the drawing's size: every panel places them on
 * the page by an affine map (equal scales where the view needs them), so a curve or an ellipse built in
 * these coordinates is drawn with exactly its shape. Overlays are surveyed in them.
 *
 * <ul>
 *   <li>parameters: the two parameters, except mvnormal:d=1, shown as (μ, σ = √s11);</li>
 *   <li>half-plane: (μ/√2, σ); disk: (z − i)/(z + i) with z = μ/√2 + iσ;</li>
 *   <li>ternary: (p2 + p3/2, p3·√3/2) with p = a/a₀ for a Dirichlet, whose slice a₀ = const is drawn;</li>
 *   <li>sphere: s = 2√p seen along (1, 1, 1) (orthographic, front hemisphere).</li>
 * </ul>
 */
abstract class ViewChart {

    static final double SQRT2 = Math.sqrt(2);
    static final double SIN60 = Math.sqrt(3) / 2;
    static final double[] E1 = {-1 / SQRT2, 1 / SQRT2, 0};
    static final double[] E2 = {-1 / Math.sqrt(6), -1 / Math.sqrt(6), 2 / Math.sqrt(6)};
    static final double[] VIEW = {1 / Math.sqrt(3), 1 / Math.sqrt(3), 1 / Math.sqrt(3)};

    /** View coordinates of a point given by the family's parameters. */
    abstract double[] toModel(double[] parameters);

    /**
     * Parameters at view coordinates by the view's formula, without a domain check (a cell's corner may
     * lie on the boundary, e.g. p3 = 0, where the drawing is still defined); null where the formula has no
     * answer (off the sphere).
     */
    abstract double[] fromModel(double[] model);

    /** The chart used by every 2-parameter family drawn by its own parameters (normal, gamma, beta, mvnormal:d=1). */
    static ViewChart parameters(StatisticalFamily family) {
        if (family.name().equals("mvnormal:d=1")) {
            return new ViewChart() {
                @Override
                double[] toModel(double[] p) {
                    return new double[] {p[0], Math.sqrt(p[1])};
                }

                @Override
                double[] fromModel(double[] m) {
                    // σ < 0 has no variance: a negative one, which the domain check rejects.
                    return new double[] {m[0], Math.signum(m[1]) * m[1] * m[1]};
                }
            };
        }
        return new ViewChart() {
            @Override
            double[] toModel(double[] p) {
                return new double[] {p[0], p[1]};
            }

            @Override
            double[] fromModel(double[] m) {
                return new double[] {m[0], m[1]};
            }
        };
    }

    static ViewChart halfPlane() {
        return new ViewChart() {
            @Override
            double[] toModel(double[] p) {
                return new double[] {p[0] / SQRT2, p[1]};
            }

            @Override
            double[] fromModel(double[] m) {
                return new double[] {SQRT2 * m[0], m[1]};
            }
        };
    }

    static ViewChart disk() {
        return new ViewChart() {
            @Override
            double[] toModel(double[] p) {
                return toDisk(p[0] / SQRT2, p[1]);
            }

            @Override
            double[] fromModel(double[] w) {
                // z = i(1 + w)/(1 − w).
                double den = (1 - w[0]) * (1 - w[0]) + w[1] * w[1];
                return new double[] {SQRT2 * (-2 * w[1] / den), (1 - w[0] * w[0] - w[1] * w[1]) / den};
            }
        };
    }

    /** (z − i)/(z + i) with z = x + iy: the half-plane onto the unit disk, i to the centre. */
    static double[] toDisk(double x, double y) {
        double den = x * x + (y + 1) * (y + 1);
        return new double[] {(x * x + y * y - 1) / den, -2 * x / den};
    }

    /**
     * The triangle; a 3-part Dirichlet is drawn at its mean and surveyed on the slice of concentration
     * {@code concentration} (ignored for a categorical family).
     */
    static ViewChart ternary(StatisticalFamily family, double concentration) {
        boolean categorical = family instanceof CategoricalFamily;
        return new ViewChart() {
            @Override
            double[] toModel(double[] point) {
                double[] p = normalised(point);
                return new double[] {p[1] + p[2] / 2, p[2] * SIN60};
            }

            @Override
            double[] fromModel(double[] m) {
                double p3 = m[1] / SIN60;
                double p2 = m[0] - p3 / 2;
                double[] p = {1 - p2 - p3, p2, p3};
                if (!categorical) {
                    for (int i = 0; i < 3; i++) {
                        p[i] *= concentration;
                    }
                }
                return p;
            }
        };
    }

    static ViewChart sphere() {
        return new ViewChart() {
            @Override
            double[] toModel(double[] p) {
                double[] s = {2 * Math.sqrt(Math.max(0, p[0])), 2 * Math.sqrt(Math.max(0, p[1])),
                    2 * Math.sqrt(Math.max(0, p[2]))};
                return new double[] {dot(s, E1), dot(s, E2)};
            }

            @Override
            double[] fromModel(double[] m) {
                double depth2 = 4 - m[0] * m[0] - m[1] * m[1];
                if (depth2 < 0) {
                    return null;
                }
                double z = Math.sqrt(depth2);
                double[] p = new double[3];
                for (int i = 0; i < 3; i++) {
                    double s = m[0] * E1[i] + m[1] * E2[i] + z * VIEW[i];
                    // s < 0 is the other side of a coordinate plane: outside the simplex.
                    p[i] = s < 0 ? -s * s / 4 : s * s / 4;
                }
                return p;
            }
        };
    }

    static double dot(double[] a, double[] b) {
        return a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
    }

    static double[] normalised(double[] a) {
        double total = 0;
        for (double v : a) {
            total += v;
        }
        double[] p = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            p[i] = a[i] / total;
        }
        return p;
    }

    /** The chart of a view for a family, or null where the view has no 2-D picture of the family. */
    static ViewChart of(StatisticalFamily family, PlaneView view, double concentration) {
        return switch (view) {
            case HALF_PLANE -> halfPlane();
            case DISK -> disk();
            case SPHERE -> sphere();
            case PARAMETERS -> {
                if (family.parameterNames().size() == 3 && (family instanceof CategoricalFamily
                        || family.name().equals("dirichlet"))) {
                    yield ternary(family, concentration);
                }
                yield family.dimension() == 2 && family.parameterNames().size() == 2 ? parameters(family) : null;
            }
            default -> null;
        };
    }
}
