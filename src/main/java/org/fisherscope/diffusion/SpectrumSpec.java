package org.fisherscope.diffusion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.ImageFile;

/**
 * Parses the command line's {@code SPEC} (DESIGN.md): {@code powerlaw:c1=..,c2=..,m=..,size=N,dims=1|2} (any
 * key may be left out: CIFAR-10 constants on a 32 × 32 grid) or {@code image:PATH} with optional
 * {@code ,channel=luminance|red|green|blue}, {@code ,use=rings|fit} and {@code ,c2=..} after the path.
 */
public final class SpectrumSpec {

    public static final int DEFAULT_SIZE = 32;
    public static final int DEFAULT_DIMS = 2;

    private SpectrumSpec() {
    }

    /** A parsed spectrum with the facts a report prints about it, and the image analysis when there is one. */
    public record Parsed(Spectrum spectrum, Map<String, Object> facts, ImageSpectrum image) {
    }

    public static Parsed parse(String spec) throws IOException {
        if (spec.startsWith("powerlaw")) {
            String rest = spec.substring("powerlaw".length());
            if (!rest.isEmpty() && !rest.startsWith(":")) {
                throw bad(spec);
            }
            Map<String, String> options = options(rest.isEmpty() ? "" : rest.substring(1), spec,
                    java.util.List.of("c1", "c2", "m", "size", "dims"));
            PowerLaw law = new PowerLaw(SpecValues.number(options, "c1", PowerLaw.CIFAR10.c1()),
                    SpecValues.number(options, "c2", PowerLaw.CIFAR10.c2()), SpecValues.number(options, "m", PowerLaw.CIFAR10.m()));
            FrequencyGrid grid = FrequencyGrid.of(SpecValues.integer(options, "size", DEFAULT_SIZE),
                    SpecValues.integer(options, "dims", DEFAULT_DIMS));
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("type", "powerlaw");
            facts.put("c1", law.c1());
            facts.put("c2", law.c2());
            facts.put("m", law.m());
            facts.put("size", grid.size());
            facts.put("dims", grid.dimensions());
            facts.put("frequencies", grid.count());
            Spectrum spectrum = law.on(grid);
            facts.put("distinctBins", spectrum.bins().size());
            return new Parsed(spectrum, facts, null);
        }
        if (spec.startsWith("image:")) {
            String rest = spec.substring("image:".length());
            Map<String, String> options = new LinkedHashMap<>();
            // Options are peeled off the end, so a path may itself contain commas.
            while (true) {
                int comma = rest.lastIndexOf(',');
                if (comma < 0) {
                    break;
                }
                String tail = rest.substring(comma + 1);
                int eq = tail.indexOf('=');
                String key = eq < 0 ? "" : tail.substring(0, eq).trim().toLowerCase(Locale.ROOT);
                if (!key.equals("channel") && !key.equals("use") && !key.equals("c2")) {
                    break;
                }
                options.put(key, tail.substring(eq + 1).trim());
                rest = rest.substring(0, comma);
            }
            if (rest.isBlank()) {
                throw new InvalidInputException("image: needs a path, e.g. image:sample-data/chelsea.png");
            }
            String channel = options.getOrDefault("channel", "luminance");
            String use = options.getOrDefault("use", "rings").toLowerCase(Locale.ROOT);
            if (!use.equals("rings") && !use.equals("fit")) {
                throw new InvalidInputException("use must be rings or fit, got " + use);
            }
            double c2 = SpecValues.number(options, "c2", PowerLaw.CIFAR10.c2());
            Path path = Path.of(rest);
            ImageSpectrum image = ImageSpectrum.estimate(ImageFile.read(path), channel, c2,
                    String.valueOf(path.getFileName()));
            Spectrum spectrum = image.spectrum(use.equals("fit") ? ImageSpectrum.Use.FIT : ImageSpectrum.Use.RINGS);
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("type", "image");
            facts.put("path", rest);
            facts.put("channel", channel);
            facts.put("use", use);
            facts.put("size", image.side());
            facts.put("dims", 2);
            facts.put("downsampling", image.downsampling());
            facts.put("frequencies", spectrum.grid().count());
            facts.put("distinctBins", spectrum.bins().size());
            if (image.fit() != null) {
                Map<String, Object> fit = new LinkedHashMap<>();
                fit.put("c1", image.fit().c1());
                fit.put("c2", image.fit().c2());
                fit.put("m", image.fit().m());
                fit.put("r2", image.fitR2());
                facts.put("fit", fit);
            }
            return new Parsed(spectrum, facts, image);
        }
        throw bad(spec);
    }

    private static InvalidInputException bad(String spec) {
        return new InvalidInputException("spectrum must be powerlaw:c1=..,c2=..,m=..,size=N,dims=1|2 or image:PATH, got '"
                + spec + "'");
    }

    private static Map<String, String> options(String text, String spec, java.util.List<String> allowed) {
        Map<String, String> out = new LinkedHashMap<>();
        if (text.isBlank()) {
            return out;
        }
        for (String part : text.split(",")) {
            int eq = part.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("expected key=value in '" + spec + "', got '" + part + "'");
            }
            String key = part.substring(0, eq).trim().toLowerCase(Locale.ROOT);
            if (!allowed.contains(key)) {
                throw new InvalidInputException("unknown key '" + key + "' in '" + spec + "'; accepted: "
                        + String.join(", ", allowed));
            }
            out.put(key, part.substring(eq + 1).trim());
        }
        return out;
    }
}
