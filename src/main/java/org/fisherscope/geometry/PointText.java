package org.fisherscope.geometry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A point as a user types it: comma-separated values in the family's parameter order
 * ({@code 0,1}) or {@code name=value} pairs ({@code mu=0,sigma=1}). Parsed before the family is
 * known, because the number of values can fix the family (the categorical k).
 */
public final class PointText {
    private final String text;
    private final List<Double> values;
    private final Map<String, Double> named;

    private PointText(String text, List<Double> values, Map<String, Double> named) {
        this.text = text;
        this.values = values;
        this.named = named;
    }

    /** Parses a point; every value must be a finite decimal number. */
    public static PointText parse(String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidInputException("empty point: give comma-separated values or name=value pairs");
        }
        String[] parts = text.split(",", -1);
        List<Double> values = new ArrayList<>();
        Map<String, Double> named = new LinkedHashMap<>();
        for (String raw : parts) {
            String part = raw.trim();
            int eq = part.indexOf('=');
            if (eq >= 0) {
                String name = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (named.put(name, number(part.substring(eq + 1), text)) != null) {
                    throw new InvalidInputException("point '" + text + "' names " + name + " twice");
                }
            } else {
                values.add(number(part, text));
            }
        }
        if (!values.isEmpty() && !named.isEmpty()) {
            throw new InvalidInputException("point '" + text + "' mixes plain values and name=value pairs; use one");
        }
        return new PointText(text, values, named);
    }

    /** How many values the point carries. */
    public int size() {
        return values.isEmpty() ? named.size() : values.size();
    }

    /** The values in the family's parameter order. */
    public double[] resolve(StatisticalFamily family) {
        List<String> names = family.parameterNames();
        if (named.isEmpty()) {
            if (values.size() != names.size()) {
                throw new InvalidInputException("point '" + text + "' has " + values.size() + " values; "
                        + family.name() + " takes " + names.size() + " (" + String.join(", ", names) + ")");
            }
            return values.stream().mapToDouble(Double::doubleValue).toArray();
        }
        for (String name : named.keySet()) {
            if (!names.contains(name)) {
                throw new InvalidInputException("point '" + text + "': " + family.name() + " has no parameter '"
                        + name + "'; accepted: " + String.join(", ", names));
            }
        }
        double[] result = new double[names.size()];
        for (int i = 0; i < names.size(); i++) {
            Double v = named.get(names.get(i));
            if (v == null) {
                throw new InvalidInputException("point '" + text + "' lacks " + names.get(i) + "; "
                        + family.name() + " takes " + String.join(", ", names));
            }
            result[i] = v;
        }
        return result;
    }

    private static double number(String raw, String text) {
        String s = raw.trim();
        try {
            double v = Double.parseDouble(s);
            if (!Double.isFinite(v)) {
                throw new InvalidInputException("point '" + text + "': '" + s + "' is not a finite number");
            }
            return v;
        } catch (NumberFormatException e) {
            throw new InvalidInputException("point '" + text + "': '" + s + "' is not a number");
        }
    }
}
