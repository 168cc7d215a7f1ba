package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code markov} end to end on the shipped sample and on broken inputs. */
class MarkovCommandTest {

    /** An LU solve of a 3 × 3 system: a few ulps. */
    private static final double SOLVE = 1e-12;

    @TempDir
    Path folder;

    @Test
    void gamblersRuinMatchesItsClosedForm() throws Exception {
        CliTestSupport.Run run = CliTestSupport.run("markov", "--matrix", "sample-data/gamblers-ruin.csv",
                "--absorbing", "Ruin,Goal", "--json");
        assertEquals(0, run.status(), run.err());
        JsonNode out = new ObjectMapper().readTree(run.out());
        String[] names = {"One", "Two", "Three"};
        for (int i = 1; i <= 3; i++) {
            String s = names[i - 1];
            assertEquals(i * (4 - i), out.get("expectedSteps").get(s).asDouble(), SOLVE, "E[T] = i(4 − i)");
            assertEquals(i / 4.0, out.get("absorptionProbabilities").get(s).get("Goal").asDouble(), SOLVE);
            assertEquals(1 - i / 4.0, out.get("absorptionProbabilities").get(s).get("Ruin").asDouble(), SOLVE);
            double variance = i * (4 - i) * ((4 - i) * (4 - i) + i * i - 2) / 3.0;
            assertEquals(variance, out.get("variance").get(s).asDouble(), SOLVE);
        }
        assertEquals(2.0, out.get("fundamental").get("Two").get("Two").asDouble(), SOLVE);
        assertEquals(5, out.get("states").size());
        assertEquals(2, out.get("absorbing").size());
    }

    @Test
    void aStateThatCannotBeAbsorbedIsNamed() throws Exception {
        Path csv = folder.resolve("trap.csv");
        Files.writeString(csv, """
                from,Built,Water,Trees
                Built,1,0,0
                Water,0,0.5,0.5
                Trees,0,0.5,0.5
                """);
        CliTestSupport.Run run = CliTestSupport.run("markov", "--matrix", csv.toString(), "--absorbing", "Built");
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: ") && run.err().contains("Water") && run.err().contains("Trees"),
                run.err());
    }

    @Test
    void malformedInputsAreExplained() throws Exception {
        Path rows = folder.resolve("rows.csv");
        Files.writeString(rows, "s,A,B\nA,0.5,0.4\nB,0,1\n");
        Path missing = folder.resolve("nope.csv");
        Path text = folder.resolve("text.csv");
        Files.writeString(text, "s,A,B\nA,x,1\nB,0,1\n");
        for (Path p : new Path[] {rows, missing, text}) {
            CliTestSupport.Run run = CliTestSupport.run("markov", "--matrix", p.toString(), "--absorbing", "B");
            assertEquals(2, run.status(), p.toString());
            assertEquals(1, run.err().strip().split("\\R").length, run.err());
            assertTrue(run.err().startsWith("error: "), run.err());
        }
        CliTestSupport.Run unknown = CliTestSupport.run("markov", "--matrix", "sample-data/gamblers-ruin.csv",
                "--absorbing", "Heaven");
        assertEquals(2, unknown.status());
        assertTrue(unknown.err().contains("Heaven"), unknown.err());
    }
}
