package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.fisherscope.ising.MonteCarloCurvature;
import org.fisherscope.ising.MonteCarloRun;
import org.fisherscope.ising.ScalingFit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** figure ising draws what the Monte Carlo engine computes, and refuses what it cannot do. */
class FigureIsingCommandTest {

    private static final double K = 0.5 * Math.log(1 + Math.sqrt(2));

    @TempDir
    Path folder;

    @Test
    void theScalingFigureShowsTheSlopeOfTheEngine() throws Exception {
        Path out = folder.resolve("s.svg");
        CliTestSupport.Run run = CliTestSupport.run("figure", "ising", "--L", "3,4", "--sweeps", "200", "--seeds", "3",
                "--seed", "7", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        double r3 = MonteCarloCurvature.estimate(3, K, 200, 3, 7, MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { },
                null).r();
        double r4 = MonteCarloCurvature.estimate(4, K, 200, 3, 7, MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { },
                null).r();
        double slope = ScalingFit.of(new double[] {9, 16}, new double[] {r3, r4}).slope();
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        assertTrue(svg.contains(String.format(Locale.ROOT, "d_R = %.4f", slope)), "slope " + slope);
        assertTrue(svg.contains("fisherscope figure ising --L 3,4 --method mcmc --sweeps 200 --seeds 3 --seed 7"));
    }

    @Test
    void latticeAndPiecesViews() throws Exception {
        for (String view : new String[] {"lattice", "pieces"}) {
            Path out = folder.resolve(view + ".png");
            CliTestSupport.Run run = CliTestSupport.run("figure", "ising", "--L", "3", "--sweeps", "100", "--seeds", "3",
                    "--view", view, "--out", out.toString());
            assertEquals(0, run.status(), run.err());
            assertTrue(javax.imageio.ImageIO.read(out.toFile()).getWidth() > 0);
        }
    }

    @Test
    void theGuiOpensAtTheIsingWorkspace() {
        CliTestSupport.Run run = CliTestSupport.run("gui", "--workspace", "ising");
        assertEquals(0, run.status(), run.err());
        assertEquals("ising", run.launches().get(0).workspace().orElseThrow());
    }

    @Test
    void badInputIsExplained() {
        Path out = folder.resolve("x.svg");
        CliTestSupport.Run exact = CliTestSupport.run("figure", "ising", "--method", "exact", "--L", "4,129", "--out",
                out.toString());
        assertEquals(2, exact.status(), "L = 129 is beyond the exact engine");
        assertTrue(exact.err().startsWith("error: "), exact.err());
        assertEquals(0, CliTestSupport.run("figure", "ising", "--method", "exact", "--L", "3,4,5", "--out",
                folder.resolve("exact.svg").toString()).status(), "exact series draw");
        assertEquals(2, CliTestSupport.run("figure", "ising", "--L", "2,4", "--out", out.toString()).status());
        assertEquals(2, CliTestSupport.run("figure", "ising", "--seeds", "2", "--out", out.toString()).status());
        assertEquals(2, CliTestSupport.run("figure", "ising", "--view", "map", "--out", out.toString()).status());
        assertEquals(2, CliTestSupport.run("figure", "ising", "--K", "-1", "--out", out.toString()).status());
        assertEquals(2, CliTestSupport.run("figure", "ising", "--algorithm", "glauber", "--out", out.toString()).status());
        assertTrue(Files.notExists(out), "nothing written");
    }
}
