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

/** The {@code ising} commands' JSON contract and refusals. */
class IsingCommandTest {

    /** REFERENCE.md's published |R| are rounded to two decimals. */
    private static final double TWO_DECIMALS = 0.005;
    /** REFERENCE.md gives ln Z to 12 decimals. */
    private static final double QUOTED = 1e-12;

    private static JsonNode json(CliTestSupport.Run run) throws Exception {
        assertEquals(0, run.status(), run.err());
        String[] lines = run.out().strip().split("\\R");
        assertEquals(1, lines.length, "exactly one JSON object on stdout");
        return new ObjectMapper().readTree(lines[0]);
    }

    /** Monte Carlo keeps the exact keys (logZ null with a reason) and adds RStdErr and tauInt; a seed repeats. */
    @Test
    void mcmcHasTheExactKeysPlusItsErrorAndIsReproducible() throws Exception {
        String[] args = {"ising", "mcmc", "--L", "4", "--sweeps", "4000", "--seeds", "4", "--seed", "7", "--json"};
        JsonNode out = json(CliTestSupport.run(args));
        for (String key : List.of("L", "n", "m", "K", "R", "R1", "R2", "R3", "R4", "A", "B", "logZ", "method", "seconds",
                "RStdErr", "tauInt")) {
            assertTrue(out.has(key), key);
        }
        assertTrue(out.get("logZ").isNull() && out.get("logZReason").isTextual());
        double exact = json(CliTestSupport.run("ising", "exact", "--L", "4", "--json")).get("R").asDouble();
        assertEquals(exact, out.get("R").asDouble(), 4 * out.get("RStdErr").asDouble(), "within 4 standard errors");
        assertTrue(out.get("tauInt").asDouble() >= 0.5);
        assertEquals(out.get("R").asDouble(), json(CliTestSupport.run(args)).get("R").asDouble(), 0, "same seed");
        JsonNode scaling = json(CliTestSupport.run("ising", "scaling", "--L", "4,5,6", "--method", "mcmc", "--sweeps",
                "1000", "--json"));
        assertEquals(3, scaling.get("points").size());
        assertTrue(scaling.get("points").get(0).has("RStdErr"));
        assertTrue(Math.abs(scaling.get("dR").asDouble() - 10.0 / 9) < 0.2, scaling.get("dR").toString());
    }

    @Test
    void exactHasEveryContractKey() throws Exception {
        JsonNode out = json(CliTestSupport.run("ising", "exact", "--L", "4", "--json"));
        for (String key : List.of("L", "n", "m", "K", "R", "R1", "R2", "R3", "R4", "A", "B", "logZ", "method", "seconds")) {
            assertTrue(out.has(key), key);
        }
        assertEquals(16, out.get("n").asInt());
        assertEquals(32, out.get("m").asInt());
        assertEquals(0.44068679350977147, out.get("K").asDouble(), 1e-16);
        assertEquals(265.31, -out.get("R").asDouble(), TWO_DECIMALS);
        assertEquals(15.521915458755, out.get("logZ").asDouble(), QUOTED);
        double a = out.get("A").asDouble();
        double b = out.get("B").asDouble();
        assertEquals((b - a) / 4, out.get("R").asDouble(), 1e-12 * a);
        assertEquals(out.get("R").asDouble(), out.get("R1").asDouble() + out.get("R2").asDouble()
                + out.get("R3").asDouble() + out.get("R4").asDouble(), 1e-12 * a);
        assertEquals(-out.get("R1").asDouble() / 2, out.get("R3").asDouble(), 1e-12 * a);
        assertEquals("transfer", out.get("method").asText(), "the faster method at L = 4");
        assertTrue(out.get("seconds").asDouble() >= 0);
    }

    @Test
    void theMethodsAgreeThroughTheCommandLine() throws Exception {
        JsonNode e = json(CliTestSupport.run("ising", "exact", "--L", "3", "--K", "0.6", "--method", "enumeration",
                "--json"));
        JsonNode t = json(CliTestSupport.run("ising", "exact", "--L", "3", "--K", "0.6", "--method", "transfer",
                "--json"));
        assertEquals("transfer", t.get("method").asText());
        assertEquals(0.6, t.get("K").asDouble(), 0);
        assertEquals(e.get("R").asDouble(), t.get("R").asDouble(), 1e-9 * Math.abs(e.get("A").asDouble()));
        assertEquals(e.get("logZ").asDouble(), t.get("logZ").asDouble(), 1e-12);
    }

    @Test
    void scalingFitsTheExponentWithEffectiveSlopes() throws Exception {
        JsonNode out = json(CliTestSupport.run("ising", "scaling", "--L", "6,7,8,9", "--method", "exact", "--json"));
        JsonNode points = out.get("points");
        assertEquals(4, points.size());
        assertEquals(36, points.get(0).get("n").asInt());
        assertEquals(1653.34, -points.get(3).get("R").asDouble(), TWO_DECIMALS);
        assertEquals(1.1115, out.get("dR").asDouble(), 0.0003);
        assertTrue(out.get("dRStdErr").asDouble() > 0);
        assertEquals(10.0 / 9, out.get("prediction").asDouble(), 1e-15);
        JsonNode effective = out.get("effectiveExponents");
        assertEquals(3, effective.size());
        assertEquals(8, effective.get(2).get("from").asInt());
        assertEquals(9, effective.get(2).get("to").asInt());
        double r8 = points.get(2).get("R").asDouble();
        double r9 = points.get(3).get("R").asDouble();
        assertEquals(Math.log(r9 / r8) / Math.log(81.0 / 64), effective.get(2).get("dEff").asDouble(), 1e-12);
    }

    @Test
    void twoSizesGiveNoStandardErrorButSayWhy() throws Exception {
        JsonNode out = json(CliTestSupport.run("ising", "scaling", "--L", "4,3", "--json"));
        assertTrue(out.get("dRStdErr").isNull());
        assertTrue(out.get("dRStdErrReason").isTextual());
        assertEquals(3, out.get("points").get(0).get("L").asInt(), "sorted by L");
        assertEquals("enumeration", out.get("points").get(0).get("method").asText(), "the faster method at L = 3");
    }

    static List<List<String>> badInputs() {
        return List.of(
                List.of("ising"),
                List.of("ising", "exact"),
                List.of("ising", "exact", "--L", "2"),
                List.of("ising", "exact", "--L", "x"),
                List.of("ising", "exact", "--L", "129"),
                List.of("ising", "exact", "--L", "12", "--method", "transfer"),
                List.of("ising", "exact", "--L", "6", "--method", "enumeration"),
                List.of("ising", "exact", "--L", "4", "--method", "montecarlo"),
                List.of("ising", "exact", "--L", "4", "--K", "0"),
                List.of("ising", "exact", "--L", "4", "--K", "-0.3"),
                List.of("ising", "exact", "--L", "4", "--K", "NaN"),
                List.of("ising", "exact", "--L", "4", "--K", "Infinity"),
                List.of("ising", "scaling", "--L", "4"),
                List.of("ising", "scaling", "--L", "4,4"),
                List.of("ising", "scaling", "--L", "4,129"),
                List.of("ising", "mcmc", "--L", "2", "--sweeps", "10"),
                List.of("ising", "mcmc", "--L", "4", "--sweeps", "1"),
                List.of("ising", "mcmc", "--L", "4", "--sweeps", "10", "--seeds", "2"),
                List.of("ising", "mcmc", "--L", "4", "--sweeps", "10", "--algorithm", "gibbs"),
                List.of("ising", "mcmc", "--L", "4", "--sweeps", "10", "--K", "-1"),
                List.of("ising", "scaling", "--L", "4,99", "--method", "mcmc"),
                List.of("ising", "scaling", "--L", "4,5", "--method", "other"));
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
        assertTrue(run.out().isEmpty(), "nothing on stdout: " + run.out());
    }

    @Test
    void helpExitsZero() {
        for (List<String> args : List.of(List.of("ising", "--help"), List.of("ising", "exact", "--help"),
                List.of("ising", "scaling", "--help"),
                List.of("ising", "mcmc", "--help"))) {
            CliTestSupport.Run run = CliTestSupport.run(args.toArray(String[]::new));
            assertEquals(0, run.status(), args.toString());
            assertTrue(run.out().startsWith("Usage:"), args.toString());
        }
        assertTrue(CliTestSupport.run("--help").out().contains("ising"));
    }
}
