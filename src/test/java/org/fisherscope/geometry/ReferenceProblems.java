package org.fisherscope.geometry;

import java.util.List;
import org.fisherscope.geometry.family.BernoulliFamily;
import org.fisherscope.geometry.family.BinomialFamily;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.ExponentialDistributionFamily;
import org.fisherscope.geometry.family.GeometricFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.fisherscope.geometry.family.PoissonFamily;
import org.fisherscope.geometry.special.Polygamma;

/**
 * Catalogue of geodesic problems with known answers. Every geodesic solver is run against all of
 * them by {@link GeodesicContractTest}; distances come from REFERENCE.md or the closed forms.
 */
final class ReferenceProblems {

    private ReferenceProblems() {
    }

    /** One problem: a family, two end points and the known distance. */
    record Problem(String name, StatisticalFamily family, double[] from, double[] to, double distance) {
        @Override
        public String toString() {
            return name;
        }
    }

    static final double SQRT2_LN2 = 0.980258143468547;

    static List<Problem> all() {
        NormalFamily normal = new NormalFamily();
        CategoricalFamily three = new CategoricalFamily(3);
        CategoricalFamily four = new CategoricalFamily(4);
        return List.of(
                new Problem("normal: shift of the mean (REFERENCE √2 ln 2)", normal,
                        new double[] {0, 1}, new double[] {1, 1}, SQRT2_LN2),
                new Problem("normal: doubling sigma (REFERENCE √2 ln 2)", normal,
                        new double[] {0, 1}, new double[] {0, 2}, SQRT2_LN2),
                new Problem("normal: REFERENCE (−1,0.5)→(2,1.5)", normal,
                        new double[] {-1, 0.5}, new double[] {2, 1.5}, 3.142254915),
                new Problem("normal: narrow to wide", normal,
                        new double[] {0.3, 0.05}, new double[] {-0.2, 3}, arccoshNormal(0.3, 0.05, -0.2, 3)),
                new Problem("normal: nearby points", normal,
                        new double[] {1, 1}, new double[] {1 + 1e-4, 1 - 1e-4}, arccoshNormal(1, 1, 1 + 1e-4, 1 - 1e-4)),
                new Problem("categorical k=3: interior", three,
                        new double[] {0.2, 0.3, 0.5}, new double[] {0.6, 0.3, 0.1},
                        arccosCategorical(new double[] {0.2, 0.3, 0.5}, new double[] {0.6, 0.3, 0.1})),
                new Problem("categorical k=3: towards a corner", three,
                        new double[] {0.34, 0.33, 0.33}, new double[] {0.90, 0.05, 0.05},
                        arccosCategorical(new double[] {0.34, 0.33, 0.33}, new double[] {0.90, 0.05, 0.05})),
                new Problem("categorical k=4: interior", four,
                        new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {0.4, 0.3, 0.2, 0.1},
                        arccosCategorical(new double[] {0.1, 0.2, 0.3, 0.4}, new double[] {0.4, 0.3, 0.2, 0.1})),
                new Problem("bernoulli (REFERENCE 2|arcsin√p − arcsin√q|)", new BernoulliFamily(),
                        new double[] {0.1}, new double[] {0.8}, 2 * Math.abs(Math.asin(Math.sqrt(0.1)) - Math.asin(Math.sqrt(0.8)))),
                new Problem("binomial n=12 (√n × bernoulli)", new BinomialFamily(12),
                        new double[] {0.3}, new double[] {0.6}, Math.sqrt(12) * 2 * Math.abs(Math.asin(Math.sqrt(0.3)) - Math.asin(Math.sqrt(0.6)))),
                new Problem("poisson (REFERENCE 2|√λ − √μ|)", new PoissonFamily(),
                        new double[] {0.5}, new double[] {9}, 2 * Math.abs(Math.sqrt(0.5) - 3)),
                new Problem("exponential (REFERENCE |ln λ/μ|)", new ExponentialDistributionFamily(),
                        new double[] {0.2}, new double[] {7}, Math.abs(Math.log(0.2 / 7))),
                new Problem("geometric (∫ dp/(p√(1−p)))", new GeometricFamily(),
                        new double[] {0.2}, new double[] {0.9}, geometric(0.2, 0.9)),
                // Computed here with scipy's solve_bvp at tol 1e-8 (src/test/python/solve_bvp_reference.py),
                // an independent BVP solver: agreement to ~1e-11.
                new Problem("gamma (0.7, 2) → (2, 3) (scipy solve_bvp)", new org.fisherscope.geometry.family.GammaFamily(),
                        new double[] {0.7, 2}, new double[] {2, 3}, 1.705479670005),
                new Problem("beta (0.5, 2) → (4, 1) (scipy solve_bvp)", DirichletFamily.beta(),
                        new double[] {0.5, 2}, new double[] {4, 1}, 2.511770501815),
                new Problem("beta diagonal a = b (swap isometry; quadrature)", DirichletFamily.beta(),
                        new double[] {0.5, 0.5}, new double[] {6, 6}, betaDiagonal(0.5, 6)));
    }

    /** Geometric family: |φ(p) − φ(q)| with φ = −2 artanh√(1−p), from the REFERENCE metric 1/(p²(1−p)). */
    static double geometric(double p, double q) {
        return Math.abs(atanh(Math.sqrt(1 - p)) - atanh(Math.sqrt(1 - q))) * 2;
    }

    private static double atanh(double x) {
        return 0.5 * Math.log((1 + x) / (1 - x));
    }

    /** Length of the Beta diagonal (s, s) from a to b: ∫ √(2ψ′(s) − 4ψ′(2s)) ds by Simpson's rule. */
    static double betaDiagonal(double a, double b) {
        int panels = 20000;
        double h = (b - a) / panels;
        double sum = 0;
        for (int i = 0; i <= panels; i++) {
            double s = a + i * h;
            double w = i == 0 || i == panels ? 1 : (i % 2 == 1 ? 4 : 2);
            sum += w * Math.sqrt(2 * Polygamma.trigamma(s) - 4 * Polygamma.trigamma(2 * s));
        }
        return sum * h / 3;
    }

    /** REFERENCE.md's normal distance in its arccosh form (an independent formula from the code's asinh). */
    static double arccoshNormal(double mu1, double s1, double mu2, double s2) {
        double u = ((mu1 - mu2) * (mu1 - mu2) / 2 + (s1 - s2) * (s1 - s2)) / (2 * s1 * s2);
        double z = 1 + u;
        return Math.sqrt(2) * Math.log(z + Math.sqrt(z * z - 1));
    }

    /** REFERENCE.md's categorical distance 2·arccos(Σ√(p q)). */
    static double arccosCategorical(double[] p, double[] q) {
        double bc = 0;
        for (int i = 0; i < p.length; i++) {
            bc += Math.sqrt(p[i] * q[i]);
        }
        return 2 * Math.acos(Math.min(1, bc));
    }
}
