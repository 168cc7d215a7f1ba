package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code landuse} end to end on a tiny stack of GeoTIFF-free TIFFs written here, with hand-counted answers. */
class LandUseCommandTest {

    /** Ratios of small integers and closed-form distances. */
    private static final double EXACT = 1e-12;

    @TempDir
    Path folder;

    /** 30 × 30: left half Crops (5), right half Trees (2), top row Water (1), a Built (7) block of side b at (10, 10). */
    private void map(int year, int b, int extraCode) throws Exception {
        BufferedImage image = new BufferedImage(30, 30, BufferedImage.TYPE_BYTE_GRAY);
        for (int r = 0; r < 30; r++) {
            for (int c = 0; c < 30; c++) {
                int code = c < 15 ? 5 : 2;
                if (r == 0) {
                    code = 1;
                }
                if (r >= 10 && r < 10 + b && c >= 10 && c < 10 + b) {
                    code = 7;
                }
                image.getRaster().setSample(c, r, 0, code);
            }
        }
        if (extraCode >= 0) {
            image.getRaster().setSample(29, 29, 0, extraCode);
        }
        ImageIO.write(image, "tiff", folder.resolve("lulc_" + year + ".tif").toFile());
    }

    @Test
    void aGrowingBuiltBlock() throws Exception {
        map(2017, 4, -1);
        map(2018, 8, -1);
        map(2019, 12, 0);
        CliTestSupport.Run run = CliTestSupport.run("landuse", "--input", folder.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        for (String key : List.of("years", "shares", "velocities", "pulses", "markov", "percolation",
                "fractalDimension")) {
            assertTrue(out.has(key), key);
        }
        // 2017: 870 land cells (30 × 29), Built 16 of them; left block columns 10–13 are all < 15 (Crops).
        JsonNode first = out.get("shares").get(0);
        assertEquals(16.0 / 870, first.get("capital").asDouble(), EXACT);
        assertEquals((15 * 29 - 16) / 870.0, first.get("agrarian").asDouble(), EXACT);
        double[] p = {first.get("commons").asDouble(), first.get("agrarian").asDouble(), first.get("capital").asDouble()};
        JsonNode second = out.get("shares").get(1);
        double[] q = {second.get("commons").asDouble(), second.get("agrarian").asDouble(), second.get("capital").asDouble()};
        double bc = 0;
        for (int i = 0; i < 3; i++) {
            bc += Math.sqrt(p[i] * q[i]);
        }
        assertEquals(2 * Math.acos(bc), out.get("velocities").get(0).get("radPerYear").asDouble(), 1e-9,
                "REFERENCE: 2·arccos of the Bhattacharyya coefficient per year");
        JsonNode markov = out.get("markov");
        assertEquals(1.0, markov.get("builtSelfRetention").asDouble(), 0, "Built never reverts here");
        assertTrue(markov.get("expectedYears").get("Water").isNull());
        assertTrue(markov.get("expectedYearsReason").get("Water").asText().contains("cannot reach"));
        JsonNode perc = out.get("percolation").get(0);
        assertEquals(16.0 / 900, perc.get("p").asDouble(), EXACT, "p is over all cells, water included");
        assertEquals(1, perc.get("clusters").asInt());
        assertTrue(out.get("fractalDimension").get(2).get("df").isNumber());
        assertEquals(1, out.get("noDataCells").asInt(), "the code 0 cell in 2019");
    }

    @Test
    void perPeriodCountsPoolToTheMatrixAndCarryBinomialStandardErrors() throws Exception {
        map(2017, 4, -1);
        map(2018, 8, -1);
        map(2019, 12, 0);
        CliTestSupport.Run run = CliTestSupport.run("landuse", "--input", folder.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode markov = new ObjectMapper().readTree(run.out()).get("markov");
        JsonNode periods = markov.get("periodCounts");
        assertEquals(2, periods.size());
        assertEquals(2017, periods.get(0).get("from").asInt());
        assertEquals(2019, periods.get(1).get("to").asInt());
        JsonNode pooled = markov.get("pooledCounts");
        for (int i = 0; i < 7; i++) {
            for (int j = 0; j < 7; j++) {
                assertEquals(pooled.get(i).get(j).asLong(), periods.get(0).get("counts").get(i).get(j).asLong()
                        + periods.get(1).get("counts").get(i).get(j).asLong(), "pooled = sum of periods at " + i + "," + j);
            }
        }
        // By hand: Crops are columns 0–14 of rows 1–29 (435 cells). 2017→18 the Built block grows from
        // 4 × 4 to 8 × 8 (columns 10–17), taking 8·5 − 16 = 24 Crops cells; 2018→19 to 12 × 12, taking
        // 12·5 − 40 = 20 more. Crops that stay: (435 − 16 − 24) + (435 − 40 − 20) = 395 + 375 = 770.
        int crops = 3;
        int built = 4;
        assertEquals(24, periods.get(0).get("counts").get(crops).get(built).asLong());
        assertEquals(20, periods.get(1).get("counts").get(crops).get(built).asLong());
        assertEquals(770, pooled.get(crops).get(crops).asLong());
        double n = 814;
        double p = 44 / n;
        JsonNode se = markov.get("pooledTransitionStandardError");
        assertEquals(Math.sqrt(p * (1 - p) / n), se.get(crops).get(built).asDouble(), EXACT);
        assertEquals(Math.sqrt(p * (1 - p) / n), se.get(crops).get(crops).asDouble(), EXACT, "1 − p has the same SE");
        assertEquals(0, se.get(crops).get(0).asDouble(), 0, "a transition never seen: p = 0, SE = 0");
        assertTrue(se.get(2).get(0).isNull(), "Flooded vegetation never occurs: no SE");
        assertEquals("never observed in the maps",
                markov.get("pooledTransitionStandardErrorReason").get("Flooded vegetation").asText());
    }

    @Test
    void areasInHectaresFromTheGeoTiffPixelSize() throws Exception {
        // The same 30 × 30 maps as GeoTIFFs in UTM 48 S with 10 m pixels: 100 pixels are one hectare.
        for (int year = 2017; year <= 2018; year++) {
            int b = year == 2017 ? 4 : 8;
            org.fisherscope.io.GeoTiffWriter.write(folder.resolve("utm_" + year + ".tif"), 30, 30, (r, out) -> {
                for (int c = 0; c < 30; c++) {
                    out[c] = r == 0 ? 1 : r >= 10 && r < 10 + b && c >= 10 && c < 10 + b ? 7 : c < 15 ? 5 : 2;
                }
            }, new org.fisherscope.io.RasterSource.GeoTransform(600_000, 9_340_000, 10, 10),
                    org.fisherscope.io.GeoTiffWriter.Crs.utm(48, true), org.fisherscope.io.GeoTiffWriter.FASTEST);
        }
        CliTestSupport.Run run = CliTestSupport.run("landuse", "--input", folder.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        JsonNode first = out.get("areaHectares").get(0);
        assertEquals(2017, first.get("year").asInt());
        assertEquals(0.16, first.get("capital").asDouble(), EXACT, "16 Built pixels of 100 m²");
        assertEquals(0.30, first.get("classes").get("Water").asDouble(), EXACT, "the top row, 30 pixels");
        assertEquals((15 * 29 - 16) / 100.0, first.get("agrarian").asDouble(), EXACT);
        assertEquals(0.64, out.get("areaHectares").get(1).get("classes").get("Built area").asDouble(), EXACT);
        assertEquals("metre", out.get("pixelArea").get("units").asText());
        assertEquals(0.01, out.get("pixelArea").get("hectaresFirstRow").asDouble(), EXACT);

        // Plain TIFFs without GeoKeys: no areas, and the reason.
        java.nio.file.Files.delete(folder.resolve("utm_2017.tif"));
        java.nio.file.Files.delete(folder.resolve("utm_2018.tif"));
        map(2017, 4, -1);
        map(2018, 8, -1);
        JsonNode plain = new ObjectMapper().readTree(CliTestSupport.run("landuse", "--input", folder.toString(),
                "--json").out());
        assertTrue(plain.get("areaHectares").isNull());
        assertTrue(plain.get("areaHectaresReason").asText().contains("pixel size is unknown"),
                plain.get("areaHectaresReason").asText());
    }

    @Test
    void aMappingFileRecodesTheClasses() throws Exception {
        map(2017, 4, -1);
        map(2018, 8, -1);
        Path legend = folder.resolve("legend.csv");
        // Built is code 5 here and crops code 7: the same maps now grow agrarian land into a built city.
        java.nio.file.Files.writeString(legend, """
                code,name,group,markov,absorbing
                1,Sea,none,yes,no
                2,Forest,commons,yes,no
                5,City,capital,yes,yes
                7,Paddy,agrarian,yes,no
                """);
        CliTestSupport.Run run = CliTestSupport.run("landuse", "--input", folder.toString(), "--mapping",
                legend.toString(), "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertEquals(List.of("Sea", "Forest", "City", "Paddy").toString(),
                out.get("markov").get("states").toString().replace("\"", "").replace(",", ", "));
        assertEquals(16.0 / 870, out.get("shares").get(0).get("agrarian").asDouble(), EXACT, "the old Built block");
    }

    @Test
    void countTablesInsteadOfRasters() throws Exception {
        Path counts = folder.resolve("counts.csv");
        java.nio.file.Files.writeString(counts, """
                year,class,count
                2017,Crops,80
                2017,2,20
                2018,crops,70
                2018,Built area,10
                2018,Trees,20
                """);
        Path transitions = folder.resolve("transitions.csv");
        java.nio.file.Files.writeString(transitions, """
                from,to,count,period
                Crops,Crops,70,2017-2018
                Crops,Built area,10,2017-2018
                Trees,Trees,20,2017-2018
                """);
        CliTestSupport.Run run = CliTestSupport.run("landuse", "--input", counts + "," + transitions, "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        assertEquals(0.1, out.get("shares").get(1).get("capital").asDouble(), EXACT);
        CliTestSupport.Run byFolder = CliTestSupport.run("landuse", "--input", folder.toString(), "--json");
        assertEquals(0, byFolder.status(), "a folder holding only the two tables opens as tables: " + byFolder.err());
        assertEquals(out, new ObjectMapper().readTree(byFolder.out()));
        assertEquals(8, out.get("markov").get("expectedYears").get("Crops").asDouble(), 1e-10, "leaving 10/80 a year");
        assertTrue(out.get("markov").get("expectedYears").get("Trees").isNull());
        assertEquals(0, out.get("percolation").size());
        assertTrue(out.get("percolationReason").asText().contains("not available"));
        CliTestSupport.Run figure = CliTestSupport.run("figure", "landuse", "--input", counts + "," + transitions,
                "--view", "percolation", "--out", folder.resolve("p.svg").toString());
        assertEquals(2, figure.status(), "the percolation figure needs maps");
        java.nio.file.Files.writeString(counts, "year,class,count\n2017,Mangrove,5\n2018,Crops,5\n");
        CliTestSupport.Run unknown = CliTestSupport.run("landuse", "--input", counts + "," + transitions);
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("Mangrove") && unknown.err().contains("line 2"), unknown.err());
    }

    @Test
    void mismatchedGridsASingleYearAndMissingYearsAreExplained() throws Exception {
        map(2017, 4, -1);
        CliTestSupport.Run one = CliTestSupport.run("landuse", "--input", folder.toString());
        assertEquals(2, one.status());
        assertTrue(one.err().contains("at least two years"), one.err());
        ImageIO.write(new BufferedImage(20, 30, BufferedImage.TYPE_BYTE_GRAY), "tiff",
                folder.resolve("lulc_2018.tif").toFile());
        CliTestSupport.Run mismatch = CliTestSupport.run("landuse", "--input", folder.toString());
        assertEquals(2, mismatch.status());
        assertTrue(mismatch.err().contains("lulc_2017.tif") && mismatch.err().contains("lulc_2018.tif"), mismatch.err());
        CliTestSupport.Run years = CliTestSupport.run("landuse", "--input", folder.toString(), "--years", "2017");
        assertEquals(2, years.status());
    }
}
