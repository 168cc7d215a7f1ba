package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every land-use figure of the sample, as SVG, carries its numbers and its command line. */
class FigureLandUseCommandTest {

    @TempDir
    Path folder;

    @Test
    void everyViewOfTheSample() throws Exception {
        // The box-counting view labels the last year's d_f as the landuse command computes it.
        double df = new com.fasterxml.jackson.databind.ObjectMapper().readTree(CliTestSupport.run("landuse", "--input",
                "sample-data/landuse", "--json").out()).get("fractalDimension").get(7).get("df").asDouble();
        String[][] views = {{"trajectory", "sinuosity"}, {"velocity", "rad/yr"}, {"percolation", "largest cluster"},
            {"boxcount", String.format(java.util.Locale.ROOT, "d_f = %.3f", df)}, {"chain", "Built self-retention"},
            {"map", "Land cover, 2024"}};
        for (String[] v : views) {
            Path out = folder.resolve(v[0] + ".svg");
            CliTestSupport.Run run = CliTestSupport.run("figure", "landuse", "--input", "sample-data/landuse", "--view",
                    v[0], "--out", out.toString());
            assertEquals(0, run.status(), run.err());
            String svg = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(svg.contains(v[1]), v[0] + " shows " + v[1]);
            assertTrue(svg.contains("fisherscope figure landuse --input sample-data/landuse --view " + v[0]));
        }
        CliTestSupport.Run year = CliTestSupport.run("figure", "landuse", "--input", "sample-data/landuse", "--view",
                "boxcount", "--year", "1999", "--out", folder.resolve("x.svg").toString());
        assertEquals(2, year.status());
        CliTestSupport.Run view = CliTestSupport.run("figure", "landuse", "--input", "sample-data/landuse", "--view",
                "heatmap", "--out", folder.resolve("y.svg").toString());
        assertEquals(2, view.status());
    }
}
