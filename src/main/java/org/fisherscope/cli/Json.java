package org.fisherscope.cli;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes JSON from plain values: maps (objects, in insertion order), collections and arrays,
 * strings, numbers, booleans and null. Doubles are written with {@link Double#toString}, the
 * shortest text that reads back to the same double, so no precision is lost. JSON has no NaN or
 * Infinity: a non-finite number reaching the writer is a bug, and callers use {@link #putNumber}
 * to write null with a sibling reason instead.
 */
public final class Json {

    private Json() {
    }

    /** A new insertion-ordered JSON object. */
    public static Map<String, Object> object() {
        return new LinkedHashMap<>();
    }

    /**
     * Puts a number, or — when it is NaN or infinite — null under {@code key} and the reason under
     * {@code key + "Reason"}.
     */
    public static void putNumber(Map<String, Object> object, String key, double value, String reasonIfNotFinite) {
        if (Double.isFinite(value)) {
            object.put(key, value);
        } else {
            object.put(key, null);
            object.put(key + "Reason", reasonIfNotFinite);
        }
    }

    /** The JSON text of a value. */
    public static String write(Object value) {
        StringBuilder out = new StringBuilder();
        write(value, out);
        return out.toString();
    }

    private static void write(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String s) {
            string(s, out);
        } else if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            if (!Double.isFinite(d)) {
                throw new IllegalStateException("non-finite number " + d + " reached the JSON writer");
            }
            out.append(d);
        } else if (value instanceof Number || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Map<?, ?> map) {
            out.append('{');
            boolean first = true;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if (!first) {
                    out.append(", ");
                }
                first = false;
                string(String.valueOf(e.getKey()), out);
                out.append(": ");
                write(e.getValue(), out);
            }
            out.append('}');
        } else if (value instanceof Collection<?> list) {
            array(list.toArray(), out);
        } else if (value instanceof double[] a) {
            Object[] boxed = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                boxed[i] = a[i];
            }
            array(boxed, out);
        } else if (value instanceof int[] a) {
            Object[] boxed = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                boxed[i] = a[i];
            }
            array(boxed, out);
        } else if (value instanceof long[] a) {
            Object[] boxed = new Object[a.length];
            for (int i = 0; i < a.length; i++) {
                boxed[i] = a[i];
            }
            array(boxed, out);
        } else if (value instanceof Object[] a) {
            array(a, out);
        } else {
            throw new IllegalStateException("cannot write " + value.getClass() + " as JSON");
        }
    }

    private static void array(Object[] items, StringBuilder out) {
        out.append('[');
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                out.append(", ");
            }
            write(items[i], out);
        }
        out.append(']');
    }

    private static void string(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }
}
