package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.landuse.SyntheticLandscape;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped synthetic stack: it is what the generator makes, and the pipeline reads all of it. */
class SampleLandUseTest {

    @TempDir
    Path folder;

    @Test
    void theShippedSampleIsReproducibleFromItsSeed() throws Exception {
        SampleLandUse.main(new String[] {folder.toString()});
        for (int year = 2017; year <= 2024; year += 7) {
            Path shipped = Path.of("sample-data/landuse/synthetic_lulc_" + year + ".tif");
            Path made = folder.resolve("synthetic_lulc_" + year + ".tif");
            try (TiffRasterSource a = TiffRasterSource.open(shipped); TiffRasterSource b = TiffRasterSource.open(made)) {
                int[] rowA = new int[a.width()];
                int[] rowB = new int[b.width()];
                for (int r = 0; r < a.height(); r += 37) {
                    a.readRow(r, rowA);
                    b.readRow(r, rowB);
                    assertArrayEquals(rowB, rowA, year + " row " + r);
                }
                assertEquals(106.63, a.geoTransform().orElseThrow().originX(), 1e-12);
                assertEquals(-5.98, a.geoTransform().orElseThrow().originY(), 1e-12);
            }
        }
        assertTrue(Files.size(folder.resolve("synthetic_lulc_2017.tif")) < 200_000, "Deflate keeps the sample small");
        for (String table : java.util.List.of("counts.csv", "transitions.csv")) {
            assertEquals(data(Path.of("sample-data/landuse").resolve(table)), data(folder.resolve(table)),
                    "the shipped " + table + " is what the rasters give");
        }
    }

    /** A table's lines without its '#' comments (which name the folder it was made in). */
    private static java.util.List<String> data(Path table) throws java.io.IOException {
        return Files.readAllLines(table).stream().filter(l -> !l.startsWith("#")).toList();
    }

    @Test
    void theCountTablesGiveTheSameResultsAsTheRasters() throws Exception {
        CliTestSupport.Run rasters = CliTestSupport.run("landuse", "--input", "sample-data/landuse", "--write-tables",
                folder.toString(), "--json");
        assertEquals(0, rasters.status(), rasters.err());
        CliTestSupport.Run tables = CliTestSupport.run("landuse", "--input", folder.resolve("counts.csv") + ","
                + folder.resolve("transitions.csv"), "--json");
        assertEquals(0, tables.status(), tables.err());
        JsonNode fromRasters = new ObjectMapper().readTree(rasters.out());
        JsonNode fromTables = new ObjectMapper().readTree(tables.out());
        // The same counts through the same arithmetic: equal to the last bit, so compared exactly.
        for (String key : java.util.List.of("years", "shares", "velocities", "pulses", "arcLength", "displacement",
                "sinuosity", "markov", "builtRetentionByPeriod", "sevenClasses")) {
            assertEquals(fromRasters.get(key), fromTables.get(key), key);
        }
        assertTrue(fromTables.get("areaHectares").isNull(), "tables carry no pixel size");
        CliTestSupport.Run again = CliTestSupport.run("landuse", "--input", folder.resolve("counts.csv") + ","
                + folder.resolve("transitions.csv"), "--write-tables", folder.toString());
        assertEquals(2, again.status(), "tables are not rewritten from tables");
        assertTrue(again.err().contains("--write-tables"), again.err());
        CliTestSupport.Run missing = CliTestSupport.run("landuse", "--input", "sample-data/landuse", "--write-tables",
                folder.resolve("no-such-folder").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("does not exist"), missing.err());
    }

    @Test
    void theWholeAnalysisRunsOnTheSample() throws Exception {
        CliTestSupport.Run run = CliTestSupport.run("landuse", "--input", "sample-data/landuse", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertEquals(SyntheticLandscape.YEARS, out.get("years").size());
        assertEquals(7, out.get("markov").get("pooledTransition").size(), "the seven Markov classes");
        // The generator's design: the fastest period is 2019–2020, and the main development dominates by 2024.
        assertEquals(2019, out.get("pulses").get(0).get("from").asInt());
        assertTrue(out.get("percolation").get(7).get("largestClusterShare").asDouble() > 0.9);
        // A little bare ground churns with built: Built is not quite absorbing.
        double retention = out.get("markov").get("builtSelfRetention").asDouble();
        assertTrue(retention > 0.99 && retention < 1, "Built self-retention " + retention);
        // Every pixel holds a legend class, so each year's classes cover the whole PIK2 box, whose WGS 84
        // area has a closed form of its own (the rows' areas are summed row by row).
        double box = org.fisherscope.landuse.PixelArea.cellSquareMetres(-6.08, -5.98, 0.14) / 10_000;
        for (JsonNode year : out.get("areaHectares")) {
            double total = 0;
            for (JsonNode ha : year.get("classes")) {
                total += ha.asDouble();
            }
            assertEquals(box, total, box * AREA_SUM, year.get("year").asText());
        }
    }

    /** Relative: 1113 row areas summed in double precision against one closed-form band. */
    private static final double AREA_SUM = 1e-10;

    @Test
    void aBoundingBoxInMapCoordinatesEqualsTheSamePixelWindow() throws Exception {
        // Pixel width 0.14°/1558 and height 0.10°/1113: columns 334–1001, rows 223–779 of the sample.
        double pw = 0.14 / 1558;
        double ph = 0.10 / 1113;
        String bbox = String.format(java.util.Locale.ROOT, "%.12f,%.12f,%.12f,%.12f", 106.63 + 334 * pw,
                -5.98 - 780 * ph, 106.63 + 1002 * pw, -5.98 - 223 * ph);
        CliTestSupport.Run byBox = CliTestSupport.run("landuse", "--input", "sample-data/landuse", "--bbox", bbox, "--json");
        CliTestSupport.Run byWindow = CliTestSupport.run("landuse", "--input", "sample-data/landuse", "--window",
                "334,223,668,557", "--json");
        assertEquals(0, byBox.status(), byBox.err());
        assertEquals(0, byWindow.status(), byWindow.err());
        JsonNode box = new ObjectMapper().readTree(byBox.out());
        JsonNode window = new ObjectMapper().readTree(byWindow.out());
        assertEquals(window.get("percolation").toString(), box.get("percolation").toString());
        assertTrue(!window.get("percolation").equals(new ObjectMapper().readTree(
                CliTestSupport.run("landuse", "--input", "sample-data/landuse", "--json").out()).get("percolation")),
                "a window sees less than the whole map");
        CliTestSupport.Run outside = CliTestSupport.run("landuse", "--input", "sample-data/landuse", "--bbox",
                "0,0,1,1");
        assertEquals(2, outside.status());
        assertTrue(outside.err().contains("does not overlap"), outside.err());
    }
}
