package org.fisherscope.geometry.family;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.StatisticalFamily;

/**
 * The one place that knows every family by name. A family specification is a name with optional
 * {@code :key=value} options, e.g. {@code normal}, {@code categorical} or {@code categorical:k=4};
 * the categorical family takes k from its points unless k is given.
 */
public final class Families {

    /** Names accepted by {@link #create}, in the order the GUI offers them. */
    public static final List<String> NAMES = List.of("normal", "categorical", "bernoulli", "binomial:n=N", "poisson",
            "exponential", "geometric", "gamma", "beta", "dirichlet", "mvnormal:d=D");

    private Families() {
    }

    /**
     * The family named by {@code spec}; {@code valueCount} is how many values the user's points
     * carry, which fixes the categorical family's k when the spec does not.
     */
    public static StatisticalFamily create(String spec, int valueCount) {
        String trimmed = spec == null ? "" : spec.trim();
        int colon = trimmed.indexOf(':');
        String name = (colon < 0 ? trimmed : trimmed.substring(0, colon)).toLowerCase(java.util.Locale.ROOT);
        Map<String, String> options = colon < 0 ? Map.of() : options(trimmed.substring(colon + 1), spec);
        switch (name) {
            case "normal" -> {
                requireOnly(options, List.of(), spec);
                return new NormalFamily();
            }
            case "categorical" -> {
                requireOnly(options, List.of("k"), spec);
                int k = options.containsKey("k") ? integer(options.get("k"), "k", spec) : valueCount;
                return new CategoricalFamily(k);
            }
            case "bernoulli" -> {
                requireOnly(options, List.of(), spec);
                return new BernoulliFamily();
            }
            case "binomial" -> {
                requireOnly(options, List.of("n"), spec);
                if (!options.containsKey("n")) {
                    throw new InvalidInputException("binomial needs its number of trials: binomial:n=N");
                }
                return new BinomialFamily(integer(options.get("n"), "n", spec));
            }
            case "poisson" -> {
                requireOnly(options, List.of(), spec);
                return new PoissonFamily();
            }
            case "exponential" -> {
                requireOnly(options, List.of(), spec);
                return new ExponentialDistributionFamily();
            }
            case "geometric" -> {
                requireOnly(options, List.of(), spec);
                return new GeometricFamily();
            }
            case "gamma" -> {
                requireOnly(options, List.of(), spec);
                return new GammaFamily();
            }
            case "beta" -> {
                requireOnly(options, List.of(), spec);
                return DirichletFamily.beta();
            }
            case "dirichlet" -> {
                requireOnly(options, List.of("k"), spec);
                return DirichletFamily.dirichlet(options.containsKey("k") ? integer(options.get("k"), "k", spec)
                        : valueCount);
            }
            case "mvnormal" -> {
                requireOnly(options, List.of("d"), spec);
                if (!options.containsKey("d")) {
                    throw new InvalidInputException("mvnormal needs its dimension: mvnormal:d=D");
                }
                return new MultivariateNormalFamily(integer(options.get("d"), "d", spec));
            }
            default -> throw new InvalidInputException("unknown family '" + spec + "'; accepted: "
                    + String.join(", ", NAMES) + " (categorical and dirichlet take k from their points or as categorical:k=K)");
        }
    }

    private static Map<String, String> options(String text, String spec) {
        Map<String, String> options = new LinkedHashMap<>();
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("family '" + spec + "': options are written key=value, got '"
                        + part + "'");
            }
            options.put(part.substring(0, eq).trim().toLowerCase(java.util.Locale.ROOT), part.substring(eq + 1).trim());
        }
        return options;
    }

    private static void requireOnly(Map<String, String> options, List<String> allowed, String spec) {
        for (String key : options.keySet()) {
            if (!allowed.contains(key)) {
                throw new InvalidInputException("family '" + spec + "' has no option '" + key + "'"
                        + (allowed.isEmpty() ? "" : "; accepted: " + String.join(", ", allowed)));
            }
        }
    }

    private static int integer(String value, String key, String spec) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("family '" + spec + "': " + key + " must be a whole number, got '"
                    + value + "'");
        }
    }
}
