package org.fisherscope.geometry;

import java.util.Locale;

/**
 * Which affine connection's geodesic is wanted: Amari's α-connections, with α = 0 the Fisher–Rao
 * (Levi-Civita) connection, α = 1 the exponential (e) and α = −1 the mixture (m) connection.
 */
public record Connection(double alpha) {

    public static final Connection FISHER = new Connection(0);
    public static final Connection E = new Connection(1);
    public static final Connection M = new Connection(-1);

    public Connection {
        if (!Double.isFinite(alpha)) {
            throw new InvalidInputException("α must be a finite number, got " + alpha);
        }
    }

    /** Parses {@code fisher}, {@code e}, {@code m} or {@code alpha:A}. */
    public static Connection parse(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "fisher", "levi-civita", "alpha:0" -> {
                return FISHER;
            }
            case "e", "exponential" -> {
                return E;
            }
            case "m", "mixture" -> {
                return M;
            }
            default -> {
                if (t.startsWith("alpha:")) {
                    try {
                        return new Connection(Double.parseDouble(t.substring(6)));
                    } catch (NumberFormatException e) {
                        // Fall through to the message below.
                    }
                }
                throw new InvalidInputException("connection must be fisher, e, m or alpha:A with a number A; got '"
                        + text + "'");
            }
        }
    }

    /** The name used on the command line: fisher, e, m or alpha:A. */
    public String label() {
        if (alpha == 0) {
            return "fisher";
        }
        if (alpha == 1) {
            return "e";
        }
        if (alpha == -1) {
            return "m";
        }
        return "alpha:" + alpha;
    }
}
