package org.fisherscope.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.AsciiGridSource;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.io.YearFromName;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.LandUseChain;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.LegendFile;
import org.fisherscope.landuse.Trajectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code landuse}: the land-use analysis of a stack of yearly class rasters. */
@Command(name = "landuse", mixinStandardHelpOptions = true,
        description = {"Yearly land-cover rasters as a path on the Commons/Agrarian/Capital simplex: Fisher–Rao "
            + "velocities and pulses, the absorbing chain into Built, percolation and the box-counting dimension of "
            + "the largest Built cluster's boundary.",
            "Legend: Esri/Impact Observatory 10 m classes (1 Water, 2 Trees, 4 Flooded vegetation, 5 Crops, 7 Built "
            + "area, 8 Bare ground, 9 Snow/ice, 10 Clouds, 11 Rangeland); other codes are no-data."})
final class LandUseCommand implements Callable<Integer> {

    @Option(names = "--input", required = true, split = ",", paramLabel = "DIR_OR_FILES",
            description = "A folder of rasters or a comma list of files: GeoTIFF (.tif, .tiff) or ESRI ASCII grid (.asc).")
    List<Path> input;

    @Option(names = "--years", split = ",", paramLabel = "Y[,Y]",
            description = "The years of the rasters in order; default: the first 19xx/20xx in each file name.")
    List<Integer> years;

    /** Fraction of a pixel within which a --bbox edge counts as lying on a pixel edge. */
    static final double BBOX_SNAP = 1e-6;

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

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() throws IOException {
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
        LandUseAnalysis.Result r = LandUseAnalysis.run(sortedYears, rasters, legend, () -> false);
        Map<String, Object> out = report(r);
        if (json) {
            System.out.println(Json.write(out));
        } else {
            out.forEach((k, v) -> System.out.println(k + ": " + Json.write(v)));
        }
        return 0;
    }

    private List<Path> files() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path p : input) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> listing = Files.list(p)) {
                    listing.filter(LandUseCommand::isRaster).sorted().forEach(files::add);
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

    static Map<String, Object> report(LandUseAnalysis.Result r) {
        Map<String, Object> out = Json.object();
        out.put("years", r.years());
        List<Object> shares = new ArrayList<>();
        for (int y = 0; y < r.years().length; y++) {
            Map<String, Object> s = Json.object();
            s.put("year", r.years()[y]);
            s.put("commons", r.simplex().distributions()[y][0]);
            s.put("agrarian", r.simplex().distributions()[y][1]);
            s.put("capital", r.simplex().distributions()[y][2]);
            shares.add(s);
        }
        out.put("shares", shares);
        out.put("velocities", periods(r.simplex().periods()));
        out.put("pulses", r.simplex().pulses().stream().map(p -> {
            Map<String, Object> m = Json.object();
            m.put("from", p.from());
            m.put("to", p.to());
            return m;
        }).toList());
        out.put("arcLength", r.simplex().arcLength());
        out.put("displacement", r.simplex().displacement());
        Json.putNumber(out, "sinuosity", r.simplex().sinuosity(), "the first and last years coincide on the simplex");
        LandUseChain.Result chain = r.chain();
        Map<String, Object> markov = Json.object();
        markov.put("states", chain.states());
        markov.put("pooledTransition", chain.transition());
        Map<String, Object> expected = Json.object();
        Map<String, Object> sd = Json.object();
        Map<String, Object> reasons = Json.object();
        for (String state : chain.states()) {
            if (state.equals(r.legend().name(r.legend().absorbing()))) {
                continue;
            }
            expected.put(state, chain.expectedYears().get(state));
            sd.put(state, chain.sdYears().get(state));
            if (chain.infinite().containsKey(state)) {
                reasons.put(state, chain.infinite().get(state));
            }
        }
        markov.put("expectedYears", expected);
        markov.put("expectedYearsReason", reasons);
        markov.put("sdYears", sd);
        Json.putNumber(markov, "builtSelfRetention", chain.builtSelfRetention(), "Built area was never observed");
        markov.put("stationary", chain.stationary());
        markov.put("spectralGap", chain.spectralGap());
        out.put("markov", markov);
        List<Object> percolation = new ArrayList<>();
        List<Object> fractal = new ArrayList<>();
        long noData = 0;
        for (LandUseAnalysis.YearResult y : r.perYear()) {
            Map<String, Object> p = Json.object();
            p.put("year", y.year());
            p.put("p", y.percolation().p());
            p.put("clusters", y.percolation().clusters());
            p.put("largestClusterShare", y.percolation().largestShare());
            percolation.add(p);
            Map<String, Object> f = Json.object();
            f.put("year", y.year());
            if (y.boundary() != null) {
                f.put("df", y.boundary().dimension());
                f.put("r2", y.boundary().r2());
            } else {
                f.put("df", null);
                f.put("dfReason", "no Built cluster in this year");
            }
            fractal.add(f);
            noData += y.noDataCells();
        }
        out.put("percolation", percolation);
        out.put("fractalDimension", fractal);
        out.put("noDataCells", noData);
        out.put("warnings", r.warnings());
        return out;
    }

    private static List<Object> periods(List<Trajectory.Period> periods) {
        List<Object> list = new ArrayList<>();
        for (Trajectory.Period p : periods) {
            Map<String, Object> m = Json.object();
            m.put("from", p.from());
            m.put("to", p.to());
            m.put("radPerYear", p.velocity());
            list.add(m);
        }
        return list;
    }
}
