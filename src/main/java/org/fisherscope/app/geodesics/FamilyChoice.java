package org.fisherscope.app.geodesics;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.Families;
import org.fisherscope.geometry.family.MultivariateNormalFamily;

/**
 * A family the workspace draws: one of the presets in the chooser, or a specification the user types
 * ({@code categorical:k=5}, {@code mvnormal:d=3}, {@code binomial:n=20}), each with default end points.
 */
public final class FamilyChoice {

    public static final FamilyChoice NORMAL = new FamilyChoice("normal", "Normal N(μ, σ)",
            new double[] {-1, 0.5}, new double[] {2, 1.5});
    public static final FamilyChoice CATEGORICAL = new FamilyChoice("categorical:k=3", "Categorical (k = 3)",
            new double[] {0.7, 0.2, 0.1}, new double[] {0.1, 0.3, 0.6});
    public static final FamilyChoice CATEGORICAL_5 = typed("categorical:k=5", "Categorical (k = 5, bars over t)");
    public static final FamilyChoice GAMMA = new FamilyChoice("gamma", "Gamma (shape, scale)",
            new double[] {0.7, 2}, new double[] {2, 3});
    public static final FamilyChoice BETA = new FamilyChoice("beta", "Beta (a, b)",
            new double[] {0.5, 2}, new double[] {4, 1});
    public static final FamilyChoice DIRICHLET = new FamilyChoice("dirichlet:k=3", "Dirichlet (a1, a2, a3)",
            new double[] {2, 3, 1.5}, new double[] {6, 1, 2});
    public static final FamilyChoice UNIVARIATE_NORMAL = new FamilyChoice("mvnormal:d=1",
            "Normal as mvnormal:d=1 (μ, variance)", new double[] {-1, 0.25}, new double[] {2, 2.25});
    public static final FamilyChoice BIVARIATE_NORMAL = new FamilyChoice("mvnormal:d=2", "Bivariate normal N(μ, Σ)",
            new double[] {-1, 0, 1, 0.6, 0.8}, new double[] {1.5, 0.5, 0.4, -0.3, 1.5});
    public static final FamilyChoice TRIVARIATE_NORMAL = typed("mvnormal:d=3", "Trivariate normal N(μ, Σ), d = 3");
    public static final FamilyChoice BERNOULLI = new FamilyChoice("bernoulli", "Bernoulli (p)",
            new double[] {0.1}, new double[] {0.8});
    public static final FamilyChoice BINOMIAL = new FamilyChoice("binomial:n=10", "Binomial (n = 10, p)",
            new double[] {0.2}, new double[] {0.7});
    public static final FamilyChoice POISSON = new FamilyChoice("poisson", "Poisson (λ)",
            new double[] {1}, new double[] {9});
    public static final FamilyChoice EXPONENTIAL = new FamilyChoice("exponential", "Exponential (rate λ)",
            new double[] {0.5}, new double[] {4});
    public static final FamilyChoice GEOMETRIC = new FamilyChoice("geometric", "Geometric (p)",
            new double[] {0.15}, new double[] {0.8});

    /** The chooser's list, in order. */
    public static final List<FamilyChoice> PRESETS = List.of(NORMAL, CATEGORICAL, CATEGORICAL_5, GAMMA, BETA, DIRICHLET,
            UNIVARIATE_NORMAL, BIVARIATE_NORMAL, TRIVARIATE_NORMAL, BERNOULLI, BINOMIAL, POISSON, EXPONENTIAL,
            GEOMETRIC);

    private final String spec;
    private final String label;
    private final double[] defaultFrom;
    private final double[] defaultTo;
    private final StatisticalFamily family;

    private FamilyChoice(String spec, String label, double[] defaultFrom, double[] defaultTo) {
        this.spec = spec;
        this.label = label;
        this.defaultFrom = defaultFrom;
        this.defaultTo = defaultTo;
        this.family = Families.create(spec, defaultFrom.length);
    }

    /**
     * What the user typed in the chooser: a preset's label or specification, or any family specification
     * the workspace can draw. Throws {@link InvalidInputException} saying what is accepted.
     */
    public static FamilyChoice parse(String text) {
        String typed = text == null ? "" : text.trim();
        for (FamilyChoice c : PRESETS) {
            if (c.label.equalsIgnoreCase(typed) || c.spec.equalsIgnoreCase(typed)) {
                return c;
            }
        }
        if (typed.isEmpty()) {
            throw new InvalidInputException("type a family, e.g. normal, categorical:k=5, dirichlet:k=4, mvnormal:d=3");
        }
        for (FamilyChoice c : PRESETS) {
            if (c.family.name().equalsIgnoreCase(typed)) {
                return c;
            }
        }
        return typed(typed, null);
    }

    private static FamilyChoice typed(String spec, String label) {
        // Families sized by their points (categorical, dirichlet) default to three values.
        StatisticalFamily family = Families.create(spec, 3);
        GeodesicFigure.whyNotDrawn(family).ifPresent(reason -> {
            throw new InvalidInputException(reason);
        });
        String canonical = canonicalSpec(family);
        double[][] ends = defaults(family);
        return new FamilyChoice(canonical, label != null ? label : canonical, ends[0], ends[1]);
    }

    /** The specification that rebuilds the family, with its size written out. */
    private static String canonicalSpec(StatisticalFamily family) {
        if (family instanceof CategoricalFamily c) {
            return "categorical:k=" + c.outcomes();
        }
        if (family.name().equals("dirichlet")) {
            return "dirichlet:k=" + family.dimension();
        }
        return family.name();
    }

    /** Two distinct, comfortably interior end points for any size of the family. */
    private static double[][] defaults(StatisticalFamily family) {
        int n = family.parameterNames().size();
        if (family instanceof CategoricalFamily) {
            // A falls and B rises across the outcomes, rounded to 3 decimals that still sum to 1.
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = n - i;
                b[i] = 1 + i * i;
            }
            return new double[][] {simplexPoint(a), simplexPoint(b)};
        }
        if (family instanceof DirichletFamily) {
            double[] a = new double[n];
            double[] b = new double[n];
            for (int i = 0; i < n; i++) {
                a[i] = (6 + 3 * (i % 3)) / 4.0;
                b[i] = (5 + 4 * (n - i)) / 5.0;
            }
            return new double[][] {a, b};
        }
        if (family instanceof MultivariateNormalFamily m) {
            int d = m.dataDimension();
            // A: mean 0, covariance 0.4^|i−j| (positive definite); B: a moved mean and a stretched diagonal.
            double[] a = new double[n];
            double[] b = new double[n];
            int k = d;
            for (int i = 0; i < d; i++) {
                b[i] = i % 2 == 0 ? 1.5 - 0.5 * i : -1;
                for (int j = i; j < d; j++) {
                    a[k] = Math.round(1e6 * Math.pow(0.4, j - i)) / 1e6;
                    // Whole tenths, so the typed-back text stays short.
                    b[k] = i == j ? (6 + 7 * i) / 10.0 : (j == i + 1 ? -0.2 : 0);
                    k++;
                }
            }
            return new double[][] {a, b};
        }
        if (family.name().startsWith("binomial")) {
            return new double[][] {{0.2}, {0.7}};
        }
        throw new InvalidInputException("no default points for " + family.name());
    }

    private static double[] simplexPoint(double[] weights) {
        double total = Arrays.stream(weights).sum();
        double[] p = new double[weights.length];
        double rest = 1;
        for (int i = 0; i < p.length - 1; i++) {
            p[i] = Math.round(1000 * weights[i] / total) / 1000.0;
            rest -= p[i];
        }
        p[p.length - 1] = Math.round(1000 * rest) / 1000.0;
        return p;
    }

    public StatisticalFamily family() {
        return family;
    }

    public String spec() {
        return spec;
    }

    double[] defaultFrom() {
        return defaultFrom.clone();
    }

    double[] defaultTo() {
        return defaultTo.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof FamilyChoice c && c.spec.equals(spec);
    }

    @Override
    public int hashCode() {
        return Objects.hash(spec);
    }

    @Override
    public String toString() {
        return label;
    }

}
