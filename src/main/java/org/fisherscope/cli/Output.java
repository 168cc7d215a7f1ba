package org.fisherscope.cli;

import java.util.Map;

/** Prints a result as one JSON object or as aligned "key  value" lines for people. */
final class Output {

    private Output() {
    }

    static void print(Map<String, Object> result, boolean json) {
        if (json) {
            System.out.println(Json.write(result));
            return;
        }
        int width = result.keySet().stream().mapToInt(String::length).max().orElse(0);
        for (Map.Entry<String, Object> e : result.entrySet()) {
            Object v = e.getValue();
            String text = v instanceof String s ? s : Json.write(v);
            System.out.println(String.format("%-" + width + "s  %s", e.getKey(), text));
        }
    }
}
