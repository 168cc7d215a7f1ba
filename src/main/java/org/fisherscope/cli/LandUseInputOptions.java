package org.fisherscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.AsciiGridSource;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.io.YearFromName;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.LandUseTables;
import org.fisherscope.landuse.LegendFile;
import picocli.CommandLine.Option;

/** The rasters, years, legend and window that {@code landuse} and {@code figure landuse} share. */
public final class LandUseInputOptions {

    /** Fraction of a pixel within which a --bbox edge counts as lying on a pixel edge. */
    static final double BBOX_SNAP = 1e-6;

    @Option(names = "--input", required = true, split = ",", paramLabel = "DIR_OR_FILES",
            description = "A folder of rasters or a comma list of files: GeoTIFF (.tif, .tiff) or ESRI ASCII grid (.asc);"
                    + " or count tables (.csv): year,class,count and from,to,count[,period].")
    List<Path> input;

    @Option(names = "--years", split = ",", paramLabel = "Y[,Y]",
            description = "The years of the rasters in order; default: the first 19xx/20xx in each file name.")
    List<Integer> years;

    @Option(names = "--mapping", paramLabel = "FILE.csv",
            description = "Legend: CSV with columns code,name,group (commons|agrarian|capital|none),markov (yes|no),"
                    + "absorbing (yes|no)[,colour]; default: the Esri/Impact Observatory legend.")
    Path mapping;

    @Option(names = "--window", paramLabel = "COL,ROW,WIDTH,HEIGHT",
            description = "Analyse only this pixel window of every raster (GeoTIFF).")
    String window;

    @Option(names = "--bbox", paramLabel = "XMIN,YMIN,XMAX,YMAX",
            description = "Analyse only this box in the rasters' own map coordinates (needs GeoTIFF georeferencing).")
    String bbox;

    /** Runs the whole analysis on the chosen rasters. */
    LandUseAnalysis.Result analyse() throws IOException {
        List<Path> tables = expandTableFolders().stream().filter(p -> p.getFileName().toString()
                .toLowerCase(Locale.ROOT).endsWith(".csv")).toList();
        if (!tables.isEmpty()) {
            if (tables.size() != expandTableFolders().size()) {
                throw new InvalidInputException("give either rasters or count tables (.csv) to --input, not both");
            }
            return LandUseTables.read(tables, mapping == null ? Legend.esri() : LegendFile.read(mapping));
        }

        List<Path> files = files();
        int[] yearOf = years(files);
        Integer[] order = new Integer[files.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingInt(i -> yearOf[i]));
        int[] sortedYears = new int[order.length];
        List<LandUseAnalysis.YearRaster> rasters = new ArrayList<>();
        for (int k = 0; k < order.length; k++) {
            Path file = files.get(order[k]);
            sortedYears[k] = yearOf[order[k]];
            if (k > 0 && sortedYears[k] == sortedYears[k - 1]) {
                throw new InvalidInputException("two rasters for " + sortedYears[k] + ": give each year once");
            }
            java.awt.Rectangle region = region(file);
            rasters.add(() -> open(file, region));
        }
        Legend legend = mapping == null ? Legend.esri() : LegendFile.read(mapping);
        return LandUseAnalysis.run(sortedYears, rasters, legend, () -> false);
    }

    /** The options as typed, for the equivalent command line. */
    String asArguments() {
        StringBuilder s = new StringBuilder("--input ");
        s.append(String.join(",", input.stream().map(Path::toString).toList()));
        if (years != null) {
            s.append(" --years ").append(String.join(",", years.stream().map(String::valueOf).toList()));
        }
        if (mapping != null) {
            s.append(" --mapping ").append(mapping);
        }
        if (window != null) {
            s.append(" --window ").append(window);
        }
        if (bbox != null) {
            s.append(" --bbox ").append(bbox);
        }
        return s.toString();
    }

    /** The inputs with every folder that holds no raster replaced by the CSV tables in it (as the GUI opens it). */
    private List<Path> expandTableFolders() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : input) {
            if (Files.isDirectory(p)) {
                List<Path> listing;
                try (Stream<Path> files = Files.list(p)) {
                    listing = files.sorted().toList();
                }
                if (listing.stream().noneMatch(LandUseInputOptions::isRaster)) {
                    List<Path> csv = listing.stream().filter(f -> f.getFileName().toString().toLowerCase(Locale.ROOT)
                            .endsWith(".csv")).toList();
                    if (!csv.isEmpty()) {
                        out.addAll(csv);
                        continue;
                    }
                }
            }
            out.add(p);
        }
        return out;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : input) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> listing = Files.list(p)) {
                    listing.filter(LandUseInputOptions::isRaster).sorted().forEach(files::add);
                }
            } else if (Files.isRegularFile(p)) {
                if (!isRaster(p)) {
                    throw new InvalidInputException(p.getFileName() + " is not a raster this command reads; accepted: "
                            + ".tif, .tiff, .asc");
                }
                files.add(p);
            } else {
                throw new InvalidInputException(p + " does not exist");
            }
        }
        if (files.size() < 2) {
            throw new InvalidInputException("land-use analysis needs rasters of at least two years; found " + files.size()
                    + " in " + input);
        }
        return files;
    }

    private int[] years(List<Path> files) {
        int[] result = new int[files.size()];
        if (years != null) {
            if (years.size() != files.size()) {
                throw new InvalidInputException("--years gives " + years.size() + " years for " + files.size()
                        + " rasters");
            }
            for (int i = 0; i < result.length; i++) {
                result[i] = years.get(i);
            }
            return result;
        }
        for (int i = 0; i < result.length; i++) {
            OptionalInt y = YearFromName.of(files.get(i).getFileName().toString());
            if (y.isEmpty()) {
                throw new InvalidInputException(files.get(i).getFileName() + " has no year (19xx or 20xx) in its name;"
                        + " give the years with --years");
            }
            result[i] = y.getAsInt();
        }
        return result;
    }

    private static boolean isRaster(Path p) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".tif") || name.endsWith(".tiff") || name.endsWith(".asc");
    }

    private static org.fisherscope.io.RasterSource open(Path file, java.awt.Rectangle region) throws IOException {
        boolean ascii = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".asc");
        if (ascii && region != null) {
            throw new InvalidInputException("--window and --bbox are read from GeoTIFFs; " + file.getFileName()
                    + " is an ASCII grid");
        }
        return ascii ? AsciiGridSource.open(file) : TiffRasterSource.open(file, region);
    }

    /** The pixel window of --window or --bbox for one file, or null for the whole raster. */
    private java.awt.Rectangle region(Path file) throws IOException {
        if (window != null && bbox != null) {
            throw new InvalidInputException("give --window or --bbox, not both");
        }
        if (window != null) {
            double[] w = numbers(window, 4, "--window", "COL,ROW,WIDTH,HEIGHT");
            return new java.awt.Rectangle((int) w[0], (int) w[1], (int) w[2], (int) w[3]);
        }
        if (bbox == null) {
            return null;
        }
        double[] b = numbers(bbox, 4, "--bbox", "XMIN,YMIN,XMAX,YMAX");
        if (!(b[0] < b[2] && b[1] < b[3])) {
            throw new InvalidInputException("--bbox needs XMIN < XMAX and YMIN < YMAX; got " + bbox);
        }
        try (org.fisherscope.io.RasterSource whole = open(file, null)) {
            org.fisherscope.io.RasterSource.GeoTransform t = whole.geoTransform().orElseThrow(() ->
                    new InvalidInputException(file.getFileName() + " has no GeoTIFF georeferencing; --bbox needs it"
                            + " (use --window in pixels instead)"));
            // Pixels the box touches; edges within BBOX_SNAP of a pixel line snap to it (decimal degrees
            // rarely land exactly on a pixel edge).
            int col0 = (int) Math.floor((b[0] - t.originX()) / t.pixelWidth() + BBOX_SNAP);
            int col1 = (int) Math.ceil((b[2] - t.originX()) / t.pixelWidth() - BBOX_SNAP);
            int row0 = (int) Math.floor((t.originY() - b[3]) / t.pixelHeight() + BBOX_SNAP);
            int row1 = (int) Math.ceil((t.originY() - b[1]) / t.pixelHeight() - BBOX_SNAP);
            java.awt.Rectangle r = new java.awt.Rectangle(col0, row0, col1 - col0, row1 - row0)
                    .intersection(new java.awt.Rectangle(0, 0, whole.width(), whole.height()));
            if (r.isEmpty()) {
                throw new InvalidInputException("--bbox " + bbox + " does not overlap " + file.getFileName());
            }
            return r;
        }
    }

    private static double[] numbers(String text, int count, String option, String form) {
        String[] parts = text.split(",");
        if (parts.length != count) {
            throw new InvalidInputException(option + " takes " + form + "; got '" + text + "'");
        }
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            try {
                v[i] = Double.parseDouble(parts[i].trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException(option + " takes " + form + "; '" + parts[i] + "' is not a number");
            }
        }
        return v;
    }

}
