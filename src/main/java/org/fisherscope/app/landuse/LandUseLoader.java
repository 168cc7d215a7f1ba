package org.fisherscope.app.landuse;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.AsciiGridSource;
import org.fisherscope.io.RasterSource;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.io.YearFromName;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.LandUseTables;
import org.fisherscope.landuse.Legend;

/**
 * Turns a {@link LandUseInput} into an analysis, off the FX thread: lists and orders the rasters by
 * year, checks before the long run that they share one grid, that the window lies inside it and that
 * the grid fits in memory, then runs the engine (or reads the tables).
 */
final class LandUseLoader {

    /**
     * Bytes per cell the analysis may hold at once for one year (Built mask, cluster labels, the
     * largest cluster and its boundary), with headroom; used only to refuse grids that cannot fit.
     */
    static final long BYTES_PER_CELL = 8;

    /** Share of the heap one year's grid may take; the rest is the GUI, previews and the JVM. */
    static final double HEAP_SHARE = 0.5;

    /** The whole rasters' size and georeferencing, for turning a window into map coordinates. */
    record Extent(int width, int height, Optional<RasterSource.GeoTransform> geo) {
    }

    /** A finished load: what was opened, its analysis and (for rasters) the full extent. */
    record Loaded(LandUseInput input, LandUseAnalysis.Result result, Extent extent) {
    }

    private final long cellBudget;

    /** @param cellBudget most cells a year's grid (or window) may have */
    LandUseLoader(long cellBudget) {
        this.cellBudget = cellBudget;
    }

    /** The budget that this Java's maximum heap allows. */
    static long defaultCellBudget() {
        return (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE / BYTES_PER_CELL);
    }

    Loaded load(LandUseInput input, Legend legend, BooleanSupplier cancelled) throws IOException {
        if (input.kind() == LandUseInput.Kind.TABLES) {
            return new Loaded(input, LandUseTables.read(input.paths(), legend), null);
        }
        List<Path> files = input.kind() == LandUseInput.Kind.FOLDER ? listFolder(input.paths().get(0)) : input.paths();
        if (files.isEmpty() && input.kind() == LandUseInput.Kind.FOLDER) {
            List<Path> tables = tablesIn(input.paths().get(0));
            if (!tables.isEmpty()) {
                // A folder of the two tables and no rasters: read the tables.
                return new Loaded(new LandUseInput(LandUseInput.Kind.TABLES, tables, null),
                        LandUseTables.read(tables, legend), null);
            }
        }
        List<Path> ordered = orderByYear(files, input.label());
        int[] years = ordered.stream().mapToInt(p -> YearFromName.of(p.getFileName().toString()).getAsInt()).toArray();
        Extent extent = checkGrid(ordered, input.window());
        List<LandUseAnalysis.YearRaster> rasters = new ArrayList<>();
        for (Path file : ordered) {
            rasters.add(() -> open(file, input.window()));
        }
        LandUseAnalysis.Result result = LandUseAnalysis.run(years, rasters, legend, cancelled);
        return new Loaded(input, result, extent);
    }

    /** The rasters of a folder (not sorted yet). */
    static List<Path> listFolder(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(directory + " is not a folder");
        }
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(LandUseInput::isRaster).sorted().toList();
        }
    }

    private static List<Path> tablesIn(Path directory) throws IOException {
        try (Stream<Path> listing = Files.list(directory)) {
            return listing.filter(LandUseInput::isTable).sorted().toList();
        }
    }

    /** The rasters sorted by the year in their names; every name needs a year, each year once. */
    static List<Path> orderByYear(List<Path> files, String where) {
        if (files.size() < 2) {
            throw new InvalidInputException(where + " holds " + files.size() + " raster" + (files.size() == 1 ? "" : "s")
                    + " (.tif, .tiff, .asc); the analysis needs at least two years");
        }
        for (Path f : files) {
            OptionalInt year = YearFromName.of(f.getFileName().toString());
            if (year.isEmpty()) {
                throw new InvalidInputException(f.getFileName() + " has no year (19xx or 20xx) in its name; name each"
                        + " raster after its year");
            }
        }
        List<Path> sorted = files.stream().sorted(Comparator.comparingInt(
                (Path p) -> YearFromName.of(p.getFileName().toString()).getAsInt())).toList();
        for (int i = 1; i < sorted.size(); i++) {
            int a = YearFromName.of(sorted.get(i - 1).getFileName().toString()).getAsInt();
            int b = YearFromName.of(sorted.get(i).getFileName().toString()).getAsInt();
            if (a == b) {
                throw new InvalidInputException(sorted.get(i - 1).getFileName() + " and " + sorted.get(i).getFileName()
                        + " are both " + a + "; give each year once");
            }
        }
        return sorted;
    }

    /**
     * Opens every raster's header: one grid for all, the window inside it, and few enough cells for
     * this Java's memory. Returns the whole rasters' extent.
     */
    Extent checkGrid(List<Path> files, Rectangle window) throws IOException {
        Extent first = null;
        Path firstFile = null;
        for (Path file : files) {
            try (RasterSource source = open(file, null)) {
                if (first == null) {
                    first = new Extent(source.width(), source.height(), source.geoTransform());
                    firstFile = file;
                } else if (source.width() != first.width() || source.height() != first.height()) {
                    throw new InvalidInputException("the rasters do not share one grid: " + firstFile.getFileName()
                            + " is " + first.width() + " × " + first.height() + " pixels but " + file.getFileName()
                            + " is " + source.width() + " × " + source.height());
                }
            }
        }
        Rectangle all = new Rectangle(0, 0, first.width(), first.height());
        if (window != null && (window.isEmpty() || !all.contains(window))) {
            throw new InvalidInputException(String.format(Locale.ROOT, "the window %d,%d,%d,%d does not lie inside the"
                    + " rasters' %d × %d pixels", window.x, window.y, window.width, window.height, first.width(),
                    first.height()));
        }
        Rectangle used = window == null ? all : window;
        long cells = (long) used.width * used.height;
        if (cells > cellBudget || cells > Integer.MAX_VALUE) {
            throw new InvalidInputException(String.format(Locale.ROOT, "%s is %d × %d pixels (%.3g cells): more than"
                    + " this Java can hold for the cluster analysis (about %.3g cells with %d MB of heap). Analyse a"
                    + " window of it (landuse --window on the command line) or start Java with a larger -Xmx",
                    firstFile.getFileName(), used.width, used.height, (double) cells,
                    (double) Math.min(cellBudget, Integer.MAX_VALUE), Runtime.getRuntime().maxMemory() >> 20));
        }
        return first;
    }

    /** A raster, or a pixel window of it (null: all of it). */
    static RasterSource open(Path file, Rectangle window) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".asc")) {
            RasterSource whole = AsciiGridSource.open(file);
            return window == null ? whole : new WindowedSource(whole, window);
        }
        return TiffRasterSource.open(file, window);
    }
}
