package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The command-line contract of DESIGN.md, run in-process: exit codes, JSON shape, error lines. */
class CommandLineTest {

    /** The issue's acceptance value, to 1e-12. */
    private static final double ACCEPTANCE = 1e-12;
    /** Closed form and shooting agree to 1e-9 (the engine's contract). */
    private static final double NUMERICAL = 1e-9;
    private static final ObjectMapper JSON = new ObjectMapper();

    private static JsonNode json(CliTestSupport.Run run) throws Exception {
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertEquals(1, lines.length, "exactly one JSON object on stdout");
        return JSON.readTree(lines[0]);
    }

    @Test
    void distanceOfTheAcceptanceExample() throws Exception {
        JsonNode out = json(CliTestSupport.run("distance", "--family", "normal", "--from", "0,1", "--to", "1,1",
                "--json"));
        assertEquals(0.980258143468547, out.get("distance").asDouble(), ACCEPTANCE);
        assertEquals("closed-form", out.get("method").asText());
        assertEquals("normal", out.get("family").asText());
        assertEquals(2, out.get("from").size());
        assertTrue(out.get("residual").isNumber());
        for (String key : List.of("family", "from", "to", "distance", "method", "residual")) {
            assertTrue(out.has(key), key);
        }
    }

    @Test
    void numericalDistanceReportsItsResidual() throws Exception {
        JsonNode out = json(CliTestSupport.run("distance", "--family", "normal", "--from", "mu=-1,sigma=0.5",
                "--to", "2,1.5", "--method", "numerical", "--json"));
        assertEquals(3.142254915, out.get("distance").asDouble(), NUMERICAL);
        assertEquals("numerical", out.get("method").asText());
        assertTrue(out.get("residual").asDouble() < 1e-10);
    }

    @Test
    void categoricalVerticesArePiApart() throws Exception {
        JsonNode out = json(CliTestSupport.run("distance", "--family", "categorical", "--from", "1,0,0",
                "--to", "0,1,0", "--json"));
        assertEquals(Math.PI, out.get("distance").asDouble(), ACCEPTANCE);
    }

    @Test
    void geodesicCsvHasTheContractColumnsAndNPlusOneRows() {
        CliTestSupport.Run run = CliTestSupport.run("geodesic", "--family", "normal", "--from", "0,1", "--to", "0,2",
                "--steps", "4");
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertEquals("t,arc,mu,sigma", lines[0]);
        assertEquals(6, lines.length);
        String[] mid = lines[3].split(",");
        assertEquals(0.5, Double.parseDouble(mid[0]), 0);
        assertEquals(Math.sqrt(2), Double.parseDouble(mid[3]), NUMERICAL, "σ along a vertical geodesic is geometric");
    }

    @Test
    void geodesicJsonHasPointsWithTArcAndParams() throws Exception {
        JsonNode out = json(CliTestSupport.run("geodesic", "--family", "categorical", "--from", "0.2,0.3,0.5",
                "--to", "0.6,0.3,0.1", "--steps", "10", "--json"));
        JsonNode points = out.get("points");
        assertEquals(11, points.size());
        JsonNode last = points.get(10);
        assertEquals(1.0, last.get("t").asDouble(), 0);
        assertEquals(out.get("length").asDouble(), last.get("arc").asDouble(), ACCEPTANCE);
        assertEquals(0.1, last.get("params").get(2).asDouble(), NUMERICAL);
    }

    @Test
    void curvatureOfTheNormalAndTheSimplex() throws Exception {
        JsonNode normal = json(CliTestSupport.run("curvature", "--family", "normal", "--at", "0,1", "--json"));
        assertEquals(-1, normal.get("scalar").asDouble(), 1e-12);
        assertEquals(-0.5, normal.get("gaussian").asDouble(), 1e-12);
        JsonNode simplex = json(CliTestSupport.run("curvature", "--family", "categorical", "--at", "0.2,0.3,0.5",
                "--json"));
        assertEquals(0.25, simplex.get("gaussian").asDouble(), 1e-12);
        JsonNode four = json(CliTestSupport.run("curvature", "--family", "categorical", "--at", "0.1,0.2,0.3,0.4",
                "--json"));
        assertEquals(1.5, four.get("scalar").asDouble(), 1e-12);
        assertTrue(four.get("gaussian").isNull());
        assertTrue(four.get("gaussianReason").isTextual(), "null carries a reason");
    }

    @Test
    void distanceReportsKlBothWays() throws Exception {
        JsonNode out = json(CliTestSupport.run("distance", "--family", "poisson", "--from", "2", "--to", "5", "--json"));
        assertEquals(2 * Math.log(2.0 / 5) + 3, out.get("klForward").asDouble(), 1e-13, "λ ln(λ/μ) − λ + μ");
        assertEquals(5 * Math.log(5.0 / 2) - 3, out.get("klBackward").asDouble(), 1e-13);
        JsonNode mvn = json(CliTestSupport.run("distance", "--family", "mvnormal:d=1", "--from", "0,1", "--to", "1,1",
                "--json"));
        assertEquals(0.980258143468547, mvn.get("distance").asDouble(), 1e-12, "d = 1 is the normal family");
        JsonNode wide = json(CliTestSupport.run("distance", "--family", "mvnormal:d=1", "--from", "0,1", "--to", "1,4",
                "--json"));
        assertEquals(0.5 * (0.25 + 0.25 - 1 + Math.log(4)), wide.get("klForward").asDouble(), 1e-13,
                "½[σ₀²/σ₁² + (μ₁ − μ₀)²/σ₁² − 1 + ln(σ₁²/σ₀²)]");
        assertEquals(0.5 * (4 + 1 - 1 - Math.log(4)), wide.get("klBackward").asDouble(), 1e-13);
    }

    @Test
    void geodesicOfOtherConnectionsIsLongerAndEndsAtB() throws Exception {
        JsonNode fisher = json(CliTestSupport.run("geodesic", "--family", "gamma", "--from", "0.7,2", "--to", "2,3",
                "--steps", "4", "--json"));
        for (String c : List.of("e", "m", "alpha:0.5")) {
            JsonNode other = json(CliTestSupport.run("geodesic", "--family", "gamma", "--from", "0.7,2", "--to", "2,3",
                    "--steps", "4", "--connection", c, "--json"));
            assertEquals(c, other.get("connection").asText());
            assertTrue(other.get("length").asDouble() > fisher.get("length").asDouble(), c);
            JsonNode end = other.get("points").get(4).get("params");
            assertEquals(2, end.get(0).asDouble(), 1e-12);
            assertEquals(3, end.get(1).asDouble(), 1e-12);
        }
    }

    static List<List<String>> badInputs() {
        return List.of(
                List.of("distance", "--family", "normal", "--from", "0,-1", "--to", "1,1"),
                List.of("distance", "--family", "normal", "--from", "0,1", "--to", "1"),
                List.of("distance", "--family", "normal", "--from", "0,abc", "--to", "1,1"),
                List.of("distance", "--family", "cauchy", "--from", "0,1", "--to", "1,1"),
                List.of("distance", "--family", "categorical", "--from", "0.5,0.6,0.1", "--to", "0.2,0.3,0.5"),
                List.of("distance", "--family", "normal", "--from", "0,1"),
                List.of("distance", "--bogus"),
                List.of("geodesic", "--family", "normal", "--from", "0,1", "--to", "1,1", "--steps", "0"),
                List.of("geodesic", "--family", "normal", "--from", "0,1", "--to", "1,1", "--connection", "x"),
                List.of("geodesic", "--family", "mvnormal:d=2", "--from", "0,0,1,0,1", "--to", "1,0,1,0,1",
                        "--connection", "e"),
                List.of("distance", "--family", "mvnormal:d=2", "--from", "0,0,1,2,1", "--to", "1,0,1,0,1"),
                List.of("distance", "--family", "binomial", "--from", "0.2", "--to", "0.3"),
                List.of("distance", "--family", "gamma", "--from", "0,1", "--to", "1,1"),
                List.of("distance", "--family", "beta", "--from", "1,NaN", "--to", "1,1"),
                List.of("curvature", "--family", "categorical", "--at", "0,0.5,0.5"),
                List.of("nosuchcommand"),
                List.of("figure", "geodesics", "--family", "normal", "--from", "0,1", "--to", "1,1", "--out", "x.gif"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithTwoAndOneErrorLine(List<String> args) {
        CliTestSupport.Run run = CliTestSupport.run(args.toArray(String[]::new));
        assertEquals(2, run.status(), run.err());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].startsWith("error: "), lines[0]);
        assertFalse(run.err().contains("Exception"), "no stack trace: " + run.err());
    }

    @Test
    void helpAndVersionExitZero() {
        CliTestSupport.Run help = CliTestSupport.run("--help");
        assertEquals(0, help.status());
        assertTrue(help.out().contains("distance") && help.out().contains("figure"));
        for (String sub : List.of("distance", "geodesic", "curvature", "markov", "landuse", "figure", "gui")) {
            CliTestSupport.Run subHelp = CliTestSupport.run(sub, "--help");
            assertEquals(0, subHelp.status(), sub);
            assertTrue(subHelp.out().startsWith("Usage:"), sub);
        }
        CliTestSupport.Run version = CliTestSupport.run("--version");
        assertEquals(0, version.status());
        assertTrue(version.out().startsWith("Fisherscope "));
    }

    @Test
    void noArgumentsAndGuiOpenTheApp() {
        assertEquals(1, CliTestSupport.run().launches().size());
        CliTestSupport.Run gui = CliTestSupport.run("gui", "--workspace", "geodesics");
        assertEquals(0, gui.status());
        assertEquals("geodesics", gui.launches().get(0).workspace().orElseThrow());
        assertEquals(2, CliTestSupport.run("gui", "--workspace", "nowhere").status());
        CliTestSupport.Run lesson = CliTestSupport.run("gui", "--lesson", CliTestSupport.TEST_LESSON);
        assertEquals(0, lesson.status());
        assertEquals(CliTestSupport.TEST_LESSON, lesson.launches().get(0).lesson().orElseThrow());
        assertTrue(lesson.launches().get(0).workspace().isEmpty(), "the app finds the workspace that owns the lesson");
        CliTestSupport.Run open = CliTestSupport.run("gui", "--open", "sample-data/landuse");
        assertEquals(0, open.status(), open.err());
        assertEquals("landuse", open.launches().get(0).workspace().orElseThrow(), "a folder opens in the land-use page");
        assertEquals(2, CliTestSupport.run("gui", "--open", "no/such/folder").status());
        assertEquals(2, CliTestSupport.run("gui", "--workspace", "geodesics", "--open", "sample-data/landuse").status());
        CliTestSupport.Run unknown = CliTestSupport.run("gui", "--lesson", "no-such-lesson");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains(CliTestSupport.TEST_LESSON), "lists the lessons: " + unknown.err());
    }
}
