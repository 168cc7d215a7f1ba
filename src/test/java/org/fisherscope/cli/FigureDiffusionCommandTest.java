package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every diffusion figure from the command line, as SVG, carries its numbers and its command line. */
class FigureDiffusionCommandTest {

    private static final String SPEC = "powerlaw:size=32,dims=2";

    @TempDir
    Path folder;

    @Test
    void everyViewOfAPowerLaw() throws Exception {
        String[][] views = {{"spectrum", "Data spectrum S(|f|)"}, {"gains", "Signal gain a_f(t)"},
            {"snr", "log₁₀ SNR_f(t)"}, {"marginal", "Marginal spectrum v_f(t)"}, {"speed", "12."},
            {"preview", "a sample of the Gaussian model"}, {"strip", "t = 0.9"}};
        for (String[] v : views) {
            Path out = folder.resolve(v[0] + ".svg");
            Path csv = folder.resolve(v[0] + ".csv");
            CliTestSupport.Run run = CliTestSupport.run("figure", "diffusion", "--spectrum", SPEC, "--view", v[0], "--t",
                    "0.25", "--out", out.toString(), "--csv", csv.toString());
            assertEquals(0, run.status(), run.err());
            String svg = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(svg.contains(v[1]), v[0] + " shows " + v[1]);
            assertTrue(svg.contains("fisherscope figure diffusion --spectrum " + SPEC
                    + " --schedules spd,linear,cosine,blur --view " + v[0] + " --t 0.25"), v[0]);
            assertTrue(Files.readString(csv, StandardCharsets.UTF_8).startsWith("# "), "CSV with its metadata");
        }
    }

    /** REFERENCE.md's 2-D worked case (N = 8) in the lengths table of the speed figure. */
    @Test
    void speedFigureShowsTheReferenceLengths() throws Exception {
        Path out = folder.resolve("speed.svg");
        CliTestSupport.Run run = CliTestSupport.run("figure", "diffusion", "--spectrum", "powerlaw:size=8,dims=2",
                "--view", "speed", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(out, StandardCharsets.UTF_8);
        for (String length : new String[] {"12.689195", "15.558397", "16.022736", "30.573834"}) {
            assertTrue(svg.contains(length), "length " + length);
        }
    }

    @Test
    void aPhotographAndItsPreview() throws Exception {
        Path out = folder.resolve("preview.png");
        CliTestSupport.Run run = CliTestSupport.run("figure", "diffusion", "--spectrum",
                "image:sample-data/images/chelsea.png", "--schedules", "spd,blur", "--view", "preview", "--split",
                "--t", "0.3", "--out", out.toString(), "--dpi", "96");
        assertEquals(0, run.status(), run.err());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(out.toFile());
        assertEquals(1000, image.getWidth());
        Path spectrum = folder.resolve("spectrum.svg");
        CliTestSupport.Run s = CliTestSupport.run("figure", "diffusion", "--spectrum",
                "image:sample-data/images/chelsea.png", "--schedules", "spd", "--view", "spectrum", "--out",
                spectrum.toString());
        assertEquals(0, s.status(), s.err());
        assertTrue(Files.readString(spectrum, StandardCharsets.UTF_8).contains("chelsea.png (luminance)"));
    }

    @Test
    void badInputEndsWithStatusTwo() throws Exception {
        String out = folder.resolve("x.svg").toString();
        CliTestSupport.Run view = CliTestSupport.run("figure", "diffusion", "--view", "heatmap", "--out", out);
        assertEquals(2, view.status());
        assertTrue(view.err().contains("--view must be spectrum"), view.err());
        CliTestSupport.Run schedule = CliTestSupport.run("figure", "diffusion", "--view", "snr", "--schedules", "spd,blur",
                "--schedule", "cosine", "--out", out);
        assertEquals(2, schedule.status());
        assertTrue(schedule.err().contains("spd, blur"), schedule.err());
        assertEquals(2, CliTestSupport.run("figure", "diffusion", "--t", "1.5", "--out", out).status());
        assertEquals(2, CliTestSupport.run("figure", "diffusion", "--steps", "0", "--out", out).status());
        Path notImage = folder.resolve("notes.png");
        Files.writeString(notImage, "not an image");
        CliTestSupport.Run image = CliTestSupport.run("figure", "diffusion", "--spectrum", "image:" + notImage,
                "--out", out);
        assertEquals(2, image.status());
        assertTrue(image.err().startsWith("error:"), image.err());
        assertFalse(Files.exists(Path.of(out)), "nothing written on bad input");
    }

    /** {@code gui --open IMAGE} shows the diffusion page; the workspace and its lesson are accepted by name. */
    @Test
    void theGuiOpensAnImageInTheDiffusionWorkspace() {
        CliTestSupport.Run open = CliTestSupport.run("gui", "--open", "sample-data/images/chelsea.png");
        assertEquals(0, open.status(), open.err());
        assertEquals("diffusion", open.launches().get(0).workspace().orElseThrow());
        CliTestSupport.Run named = CliTestSupport.run("gui", "--workspace", "diffusion", "--open",
                "sample-data/images/coffee.png");
        assertEquals(0, named.status(), named.err());
        assertEquals(2, CliTestSupport.run("gui", "--workspace", "geodesics", "--open",
                "sample-data/images/coffee.png").status());
    }

    @Test
    void aOneDimensionalSpectrumExplainsWhyThereIsNoPreview() throws Exception {
        Path out = folder.resolve("preview.svg");
        CliTestSupport.Run run = CliTestSupport.run("figure", "diffusion", "--spectrum", "powerlaw:size=32,dims=1",
                "--view", "preview", "--out", out.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(Files.readString(out, StandardCharsets.UTF_8).contains("needs an image"));
    }
}
