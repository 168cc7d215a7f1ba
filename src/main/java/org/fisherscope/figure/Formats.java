package org.fisherscope.figure;

import java.math.BigDecimal;
import java.math.MathContext;

/** Short, readable number and point text for figures and the GUI. */
public final class Formats {

    /** Significant digits shown for parameters: enough to tell points apart, short enough to read. */
    public static final int DIGITS = 4;

    private Formats() {
    }

    /** A number with {@link #DIGITS} significant digits and no trailing zeros. */
    public static String number(double v) {
        if (!Double.isFinite(v)) {
            return Double.toString(v);
        }
        if (v == 0) {
            return "0";
        }
        return new BigDecimal(v).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
    }

    /** "(μ, σ) = (0, 1)"-style text: the values in parameter order. */
    public static String point(double[] p) {
        StringBuilder s = new StringBuilder("(");
        for (int i = 0; i < p.length; i++) {
            if (i > 0) {
                s.append(", ");
            }
            s.append(number(p[i]));
        }
        return s.append(')').toString();
    }

    /** The values as a command-line point, comma separated, in full precision. */
    public static String argument(double[] p) {
        return String.join(",", java.util.Arrays.stream(p).mapToObj(Double::toString).toList());
    }
}
