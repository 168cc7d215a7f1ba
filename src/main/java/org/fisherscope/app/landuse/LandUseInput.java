package org.fisherscope.app.landuse;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.fisherscope.geometry.InvalidInputException;

/**
 * What the Land-use workspace analyses: a folder of yearly rasters, a list of raster files, or the
 * class-count and transition tables made elsewhere; for rasters optionally a pixel window of them.
 * The same choices as {@code landuse --input … [--window …]} on the command line.
 *
 * @param window the study window in pixels of the whole rasters, or null for the full extent
 */
public record LandUseInput(Kind kind, List<Path> paths, Rectangle window) {

    /** How the data arrive. */
    public enum Kind { FOLDER, RASTERS, TABLES }

    public LandUseInput {
        Objects.requireNonNull(kind, "kind");
        paths = List.copyOf(paths);
        window = window == null ? null : new Rectangle(window);
        if (kind == Kind.TABLES && window != null) {
            throw new InvalidInputException("count tables have no map to take a window of");
        }
    }

    /** A folder of rasters (full extent). */
    public static LandUseInput folder(Path folder) {
        return new LandUseInput(Kind.FOLDER, List.of(folder), null);
    }

    /**
     * The input a set of dropped or chosen paths stands for: one folder, two or more rasters (.tif,
     * .tiff, .asc) or count tables (.csv); anything else is refused with what is accepted.
     */
    public static LandUseInput of(List<Path> chosen) {
        if (chosen.isEmpty()) {
            throw new InvalidInputException("nothing to open: choose a folder of rasters, raster files or the two"
                    + " CSV tables");
        }
        if (chosen.size() == 1 && Files.isDirectory(chosen.get(0))) {
            return folder(chosen.get(0));
        }
        for (Path p : chosen) {
            if (Files.isDirectory(p)) {
                throw new InvalidInputException("open one folder on its own, or files: " + p.getFileName()
                        + " is a folder among " + chosen.size() + " items");
            }
        }
        if (chosen.stream().allMatch(LandUseInput::isTable)) {
            return new LandUseInput(Kind.TABLES, chosen, null);
        }
        if (chosen.stream().allMatch(LandUseInput::isRaster)) {
            if (chosen.size() < 2) {
                throw new InvalidInputException(chosen.get(0).getFileName() + " is one year; the analysis needs"
                        + " rasters of at least two years");
            }
            return new LandUseInput(Kind.RASTERS, chosen, null);
        }
        Path odd = chosen.stream().filter(p -> !isRaster(p) && !isTable(p)).findFirst().orElse(null);
        if (odd != null) {
            throw new InvalidInputException(odd.getFileName() + " is neither a raster (.tif, .tiff, .asc) nor a count"
                    + " table (.csv)");
        }
        throw new InvalidInputException("open either rasters or count tables (.csv), not both at once");
    }

    static boolean isRaster(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tif") || name.endsWith(".tiff") || name.endsWith(".asc");
    }

    static boolean isTable(Path p) {
        return p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** The same data with another window (null: the full extent). */
    public LandUseInput withWindow(Rectangle newWindow) {
        return new LandUseInput(kind, paths, newWindow);
    }

    public boolean hasMaps() {
        return kind != Kind.TABLES;
    }

    /** One line for the side panel. */
    public String label() {
        return switch (kind) {
            case FOLDER -> paths.get(0).toString();
            case RASTERS -> paths.size() + " rasters in " + parentOf(paths.get(0));
            case TABLES -> "tables: " + String.join(", ", paths.stream().map(p -> p.getFileName().toString()).toList());
        };
    }

    /** The options of the equivalent {@code landuse} / {@code figure landuse} command line. */
    public String commandArguments() {
        StringBuilder s = new StringBuilder("--input ")
                .append(String.join(",", paths.stream().map(Path::toString).toList()));
        if (window != null) {
            s.append(String.format(Locale.ROOT, " --window %d,%d,%d,%d", window.x, window.y, window.width,
                    window.height));
        }
        return s.toString();
    }

    private static String parentOf(Path p) {
        Path parent = p.toAbsolutePath().getParent();
        return parent == null ? "/" : parent.toString();
    }
}
