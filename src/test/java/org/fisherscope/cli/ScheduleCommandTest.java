package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The {@code schedule} command's JSON contract and its refusals. */
class ScheduleCommandTest {

    /** REFERENCE.md quotes its lengths to 1e-6. */
    private static final double QUOTED = 1e-6;

    private static JsonNode json(CliTestSupport.Run run) throws IOException {
        assertEquals(0, run.status(), run.err());
        return new ObjectMapper().readTree(run.out());
    }

    @Test
    void continuousLengthsOfTheWorkedCaseWithEveryKey() throws IOException {
        JsonNode out = json(CliTestSupport.run("schedule", "--spectrum", "powerlaw:c1=1.59,c2=0.0086,m=2,size=32,dims=1",
                "--schedules", "spd,linear,cosine,blur", "--json"));
        assertEquals("powerlaw", out.get("spectrum").get("type").asText());
        assertEquals(32, out.get("spectrum").get("frequencies").asInt());
        JsonNode s = out.get("schedules");
        assertEquals(16.004901, s.get("spd").get("length").asDouble(), QUOTED);
        assertEquals(19.650808, s.get("linear").get("length").asDouble(), QUOTED);
        assertEquals(20.115146, s.get("cosine").get("length").asDouble(), QUOTED);
        assertEquals(20.353863, s.get("blur").get("length").asDouble(), QUOTED);
        for (String id : List.of("spd", "linear", "cosine", "blur")) {
            JsonNode r = s.get(id);
            assertEquals(r.get("length").asDouble() / r.get("endpointDistance").asDouble(), r.get("ratio").asDouble(),
                    1e-15, id);
            assertTrue(id.equals("spd") ? Math.abs(r.get("ratio").asDouble() - 1) < 1e-9 : r.get("ratio").asDouble() > 1,
                    id);
        }
    }

    @Test
    void discreteLengthsApproachTheContinuousOnes() throws IOException {
        double continuous = json(CliTestSupport.run("schedule", "--spectrum", "powerlaw:size=8", "--schedules", "cosine",
                "--json")).get("schedules").get("cosine").get("length").asDouble();
        assertEquals(16.022736, continuous, QUOTED, "REFERENCE.md 2-D case");
        double previous = 0;
        for (String steps : List.of("10", "100", "1000")) {
            JsonNode out = json(CliTestSupport.run("schedule", "--spectrum", "powerlaw:size=8", "--schedules", "cosine",
                    "--steps", steps, "--json"));
            assertEquals("discrete", out.get("time").asText());
            double length = out.get("schedules").get("cosine").get("length").asDouble();
            assertTrue(length > previous && length <= continuous, steps + ": " + length);
            previous = length;
        }
        assertEquals(continuous, previous, 1e-4 * continuous);
    }

    @Test
    void scheduleParametersAndTwoTablesAreKeptApart(@TempDir Path dir) throws IOException {
        Path table = dir.resolve("lin.csv");
        Files.writeString(table, "t,alphaBar\n0,1\n0.5,0.5\n1,0.001\n");
        JsonNode s = json(CliTestSupport.run("schedule", "--spectrum", "powerlaw:size=16,dims=1", "--schedules",
                "linear:beta0=0.1,beta1=20,linear:beta1=10,table:" + table + ",table:" + table, "--json"))
                .get("schedules");
        assertTrue(s.has("linear") && s.has("linear-2") && s.has("table") && s.has("table-2"), s.toString());
        assertTrue(s.get("linear-2").get("endpointDistance").asDouble() < s.get("linear").get("endpointDistance").asDouble(),
                "β₁ = 10 stops further from noise");
    }

    @Test
    void theSamplePhotographGivesASpectrumWithAFit() throws IOException {
        Path photo = Path.of("sample-data/images/chelsea.png");
        JsonNode out = json(CliTestSupport.run("schedule", "--spectrum", "image:" + photo + ",use=fit", "--json"));
        JsonNode spectrum = out.get("spectrum");
        assertEquals(256, spectrum.get("size").asInt(), "451 × 300 crops to 256 × 256");
        double m = spectrum.get("fit").get("m").asDouble();
        assertTrue(m > 1.5 && m < 3.5, "natural images fall off roughly as |f|^-2: m = " + m);
        assertEquals(1, out.get("schedules").get("spd").get("ratio").asDouble(), 1e-9);
    }

    static List<List<String>> badInputs() {
        return List.of(
                List.of("schedule", "--spectrum", "powerlaw:size=1"),
                List.of("schedule", "--spectrum", "powerlaw:dims=3"),
                List.of("schedule", "--spectrum", "powerlaw:c1=-1"),
                List.of("schedule", "--spectrum", "powerlaw:c2=0"),
                List.of("schedule", "--spectrum", "powerlaw:q=3"),
                List.of("schedule", "--spectrum", "powerlaw:m=abc"),
                List.of("schedule", "--spectrum", "gaussian"),
                List.of("schedule", "--spectrum", "image:"),
                List.of("schedule", "--spectrum", "image:no/such/file.png"),
                List.of("schedule", "--spectrum", "image:pom.xml"),
                List.of("schedule", "--schedules", "foo"),
                List.of("schedule", "--schedules", "spd:x=1"),
                List.of("schedule", "--schedules", "linear:beta0=abc"),
                List.of("schedule", "--schedules", "cosine:s=-1"),
                List.of("schedule", "--schedules", "table:no/such.csv"),
                List.of("schedule", "--schedules", "beta1=3"),
                List.of("schedule", "--steps", "0"));
    }

    @ParameterizedTest
    @MethodSource("badInputs")
    void badInputExitsWithTwoAndOneErrorLine(List<String> args) {
        CliTestSupport.Run run = CliTestSupport.run(args.toArray(String[]::new));
        assertEquals(2, run.status(), run.err());
        String[] lines = run.err().strip().split("\\R");
        assertEquals(1, lines.length, run.err());
        assertTrue(lines[0].startsWith("error: "), lines[0]);
        assertFalse(run.err().contains("Exception"), run.err());
    }
}
