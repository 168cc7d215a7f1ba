package org.fisherscope.diffusion;

import java.util.Map;
import org.fisherscope.geometry.InvalidInputException;

/** Typed values of {@code key=value} options in spectrum and schedule specs, with the message for a bad one. */
final class SpecValues {

    private SpecValues() {
    }

    static double number(Map<String, String> options, String key, double fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key + " must be a number, got '" + text + "'");
        }
    }

    static int integer(Map<String, String> options, String key, int fallback) {
        String text = options.get(key);
        if (text == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(key + " must be an integer, got '" + text + "'");
        }
    }
}
