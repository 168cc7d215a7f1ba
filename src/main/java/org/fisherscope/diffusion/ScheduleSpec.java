package org.fisherscope.diffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Parses a list of schedules: {@code spd,linear,cosine,blur} with optional parameters after a colon, written
 * as key=value items that follow their schedule ({@code linear:beta0=0.1,beta1=20,cosine:s=0.008,
 * blur:sigma=20,dmin=0.001}), and {@code table:FILE.csv} for a user's ᾱ table.
 */
public final class ScheduleSpec {

    public static final List<String> DEFAULT = List.of("spd", "linear", "cosine", "blur");

    private ScheduleSpec() {
    }

    public static List<Schedule> parse(String text) throws IOException {
        List<String> names = new ArrayList<>();
        List<Map<String, String>> options = new ArrayList<>();
        for (String raw : text.split(",")) {
            String item = raw.trim();
            if (item.isEmpty()) {
                continue;
            }
            int colon = item.indexOf(':');
            int eq = item.indexOf('=');
            if (eq >= 0 && (colon < 0 || colon > eq)) {
                if (names.isEmpty()) {
                    throw new InvalidInputException("'" + item + "' must follow a schedule name, e.g. linear:beta1=20");
                }
                put(options.get(options.size() - 1), item);
                continue;
            }
            String name = (colon < 0 ? item : item.substring(0, colon)).toLowerCase(Locale.ROOT);
            names.add(name);
            Map<String, String> map = new LinkedHashMap<>();
            options.add(map);
            if (colon >= 0) {
                String rest = item.substring(colon + 1);
                if (name.equals("table")) {
                    map.put("path", rest);
                } else {
                    put(map, rest);
                }
            }
        }
        if (names.isEmpty()) {
            throw new InvalidInputException("no schedule given; choose from spd, linear, cosine, blur, table:FILE.csv");
        }
        List<Schedule> schedules = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            schedules.add(create(names.get(i), options.get(i)));
        }
        return schedules;
    }

    private static void put(Map<String, String> map, String item) {
        int eq = item.indexOf('=');
        if (eq <= 0) {
            throw new InvalidInputException("expected key=value, got '" + item + "'");
        }
        map.put(item.substring(0, eq).trim().toLowerCase(Locale.ROOT), item.substring(eq + 1).trim());
    }

    private static Schedule create(String name, Map<String, String> o) throws IOException {
        return switch (name) {
            case "spd" -> {
                only(o, name);
                yield new ShortestPathSchedule();
            }
            case "linear", "ddpm" -> {
                only(o, name, "beta0", "beta1");
                yield new LinearSchedule(SpecValues.number(o, "beta0", LinearSchedule.DEFAULT_BETA_MIN),
                        SpecValues.number(o, "beta1", LinearSchedule.DEFAULT_BETA_MAX));
            }
            case "cosine" -> {
                only(o, name, "s");
                yield new CosineSchedule(SpecValues.number(o, "s", CosineSchedule.DEFAULT_OFFSET));
            }
            case "blur" -> {
                only(o, name, "sigma", "dmin");
                yield new BlurringSchedule(SpecValues.number(o, "sigma", BlurringSchedule.DEFAULT_SIGMA_MAX),
                        SpecValues.number(o, "dmin", BlurringSchedule.DEFAULT_MIN_DAMPING));
            }
            case "table" -> {
                String path = o.get("path");
                if (path == null || path.isBlank()) {
                    throw new InvalidInputException("table needs a file: table:FILE.csv");
                }
                yield ScheduleTableFile.read(Path.of(path));
            }
            default -> throw new InvalidInputException("unknown schedule '" + name
                    + "'; choose from spd, linear, cosine, blur, table:FILE.csv");
        };
    }

    private static void only(Map<String, String> o, String name, String... allowed) {
        List<String> keys = List.of(allowed);
        for (String key : o.keySet()) {
            if (!keys.contains(key)) {
                throw new InvalidInputException(name + " takes " + (keys.isEmpty() ? "no parameters"
                        : "the parameters " + String.join(", ", keys)) + "; got '" + key + "'");
            }
        }
    }
}
