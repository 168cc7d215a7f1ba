package org.fisherscope.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fisherscope.io.GeoTiffWriter;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.SyntheticLandscape;

/**
 * Writes the synthetic sample stack of {@code sample-data/landuse/}: eight Deflate GeoTIFFs over the
 * PIK2 box (106.63–106.77 E, 6.08–5.98 S), and their count tables (counts.csv, transitions.csv). Run:
 * {@code java -cp target/fisherscope.jar org.fisherscope.cli.SampleLandUse sample-data/landuse [SEED]}.
 */
public final class SampleLandUse {

    /** The seed the shipped sample was made with. */
    public static final long SEED = 20260313L;
    static final double WEST = 106.63;
    static final double EAST = 106.77;
    static final double NORTH = -5.98;
    static final double SOUTH = -6.08;

    private SampleLandUse() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data/landuse");
        long seed = args.length > 1 ? Long.parseLong(args[1]) : SEED;
        Files.createDirectories(folder);
        List<int[]> maps = SyntheticLandscape.generate(seed);
        double pixelWidth = (EAST - WEST) / SyntheticLandscape.COLUMNS;
        double pixelHeight = (NORTH - SOUTH) / SyntheticLandscape.ROWS;
        for (int y = 0; y < maps.size(); y++) {
            int year = SyntheticLandscape.FIRST_YEAR + y;
            GeoTiffWriter.write(folder.resolve("synthetic_lulc_" + year + ".tif"), maps.get(y), SyntheticLandscape.ROWS,
                    SyntheticLandscape.COLUMNS, WEST, NORTH, pixelWidth, pixelHeight);
        }
        // The derived count tables, as `landuse --input FOLDER --write-tables FOLDER` makes them.
        int[] years = new int[maps.size()];
        List<LandUseAnalysis.YearRaster> rasters = new ArrayList<>();
        for (int y = 0; y < years.length; y++) {
            years[y] = SyntheticLandscape.FIRST_YEAR + y;
            Path file = folder.resolve("synthetic_lulc_" + years[y] + ".tif");
            rasters.add(() -> TiffRasterSource.open(file));
        }
        LandUseAnalysis.Result result = LandUseAnalysis.run(years, rasters, Legend.esri(), () -> false);
        LandUseTableWriter.write(result, folder, "fisherscope landuse --input " + folder + " --write-tables " + folder);
        System.out.println("wrote " + maps.size() + " synthetic maps and their count tables to "
                + folder.toAbsolutePath() + " (seed " + seed + ")");
    }
}
