package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.ProgressListener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** {@code ising sweep} and {@code figure ising --view sweep}: the engine's numbers, K_c included, bad input refused. */
class IsingSweepCommandTest {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;

    @TempDir
    Path folder;

    private static JsonNode json(CliTestSupport.Run run) throws Exception {
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertEquals(1, lines.length, "exactly one JSON object on stdout");
        return new ObjectMapper().readTree(lines[0]);
    }

    private static double engine(int l, double k) {
        return ExactIsing.compute(l, k, ExactIsing.Method.AUTO, ProgressListener.NONE, () -> false).curvature().scalar();
    }

    @Test
    void everyPointIsTheEnginesAndKcIsAmongThem() throws Exception {
        JsonNode out = json(CliTestSupport.run("ising", "sweep", "--L", "4,7", "--K", "0.3:0.6:4", "--json"));
        // 0.3, 0.4, 0.5, 0.6 and K_c, for each L, by L then by K.
        JsonNode ks = out.get("K");
        assertEquals(5, ks.size());
        assertEquals(KC, ks.get(2).asDouble(), 0);
        assertEquals(KC, out.get("criticalCoupling").asDouble(), 0);
        JsonNode points = out.get("points");
        assertEquals(10, points.size());
        for (JsonNode p : points) {
            int l = p.get("L").asInt();
            double k = p.get("K").asDouble();
            double r = engine(l, k);
            assertEquals(r, p.get("R").asDouble(), 0, "L = " + l + ", K = " + k + ": the same engine, the same number");
            assertEquals(r / (l * l), p.get("RPerSite").asDouble(), 0);
            assertEquals(l * l, p.get("n").asInt());
        }
        assertEquals(4, points.get(0).get("L").asInt());
        assertEquals(0.3, points.get(0).get("K").asDouble(), 0);
        assertEquals(7, points.get(5).get("L").asInt());
        // K_c at L = 4 is the published exact value.
        assertEquals(-265.31, points.get(2).get("R").asDouble(), 0.005);
        assertEquals("free-fermion", points.get(5).get("method").asText(), "auto takes free fermions at L = 7");
    }

    @Test
    void theSweepFigureCarriesTheSameNumbers() throws Exception {
        Path out = folder.resolve("sweep.svg");
        CliTestSupport.Run run = CliTestSupport.run("figure", "ising", "--view", "sweep", "--L", "4,5", "--K",
                "0.35,0.5", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains(String.format(Locale.ROOT, "L = 5: R/n = %.4f", engine(5, KC) / 25)), "K_c is added");
        assertTrue(svg.contains("L = 5, K = 0.35: R/n = " + engine(5, 0.35) / 25), "full precision in the metadata");
        assertTrue(svg.contains("fisherscope figure ising --view sweep --L 4,5 --K 0.35,0.5"), "the command line");
    }

    @Test
    void exactScalingComparesThePublishedValues() throws Exception {
        JsonNode out = json(CliTestSupport.run("ising", "scaling", "--L", "9,10", "--json"));
        JsonNode published = out.get("published");
        assertEquals(2, published.size());
        assertEquals("exact", published.get(0).get("source").asText());
        JsonNode mc = published.get(1);
        assertEquals(10, mc.get("L").asInt());
        assertEquals("mcmc", mc.get("source").asText());
        double exact = Math.abs(engine(10, KC));
        assertEquals(exact, mc.get("exact").asDouble(), 0);
        assertEquals((2091.94 - exact) / 3, mc.get("deviation").asDouble(), 1e-12, "REFERENCE.md: 2091.94 ± 3");
    }

    static List<List<String>> badInputs() {
        String beyond = Integer.toString(ExactIsing.MAX_SIDE + 1);
        return List.of(
                List.of("ising", "sweep", "--L", "2"),
                List.of("ising", "sweep", "--L", beyond, "--K", "0.3"),
                List.of("ising", "sweep", "--L", "4", "--K", "0.6:0.3:5"),
                List.of("ising", "sweep", "--L", "4", "--K", "0.3:0.6:1"),
                List.of("ising", "sweep", "--L", "4", "--K", "0.3:0.6"),
                List.of("ising", "sweep", "--L", "4", "--K", "0:0.6:4"),
                List.of("ising", "sweep", "--L", "4", "--K", "warm"),
                List.of("ising", "sweep", "--L", "x"),
                List.of("figure", "ising", "--view", "sweep", "--method", "mcmc", "--L", "4", "--out", "never.svg"),
                List.of("figure", "ising", "--view", "sweep", "--L", "4", "--K", "1:0:3", "--out", "never.svg"),
                List.of("figure", "ising", "--L", "4", "--K", "0.3:0.6:4", "--out", "never.svg"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithTwoAndOneErrorLine(List<String> args) {
        CliTestSupport.Run run = CliTestSupport.run(args.toArray(String[]::new));
        assertEquals(2, run.status(), run.out() + run.err());
        assertTrue(run.err().startsWith("error: "), run.err());
        assertEquals(1, run.err().strip().split("\\R").length, run.err());
        assertTrue(Files.notExists(Path.of("never.svg")));
    }
}
