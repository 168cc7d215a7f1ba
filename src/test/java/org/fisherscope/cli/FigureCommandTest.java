package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/** {@code figure geodesics} writes the same drawing to PNG, SVG and PDF; each is read back. */
class FigureCommandTest {

    @TempDir
    Path folder;

    private CliTestSupport.Run figure(String file, String... extra) {
        String[] base = {"figure", "geodesics", "--family", "normal", "--from", "0,1", "--to", "1,1",
            "--out", folder.resolve(file).toString(), "--width", "800", "--height", "500"};
        String[] args = new String[base.length + extra.length];
        System.arraycopy(base, 0, args, 0, base.length);
        System.arraycopy(extra, 0, args, base.length, extra.length);
        return CliTestSupport.run(args);
    }

    @Test
    void pngHasTheRequestedPixelsAndDrawsThePath() throws Exception {
        CliTestSupport.Run run = figure("g.png", "--dpi", "192");
        assertEquals(0, run.status(), run.err());
        BufferedImage image = ImageIO.read(folder.resolve("g.png").toFile());
        assertEquals(1600, image.getWidth(), "800 px of 1/96 inch at 192 dpi");
        assertEquals(1000, image.getHeight());
        int pathPixels = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                if (rgb == 0x1f5fbf) {
                    pathPixels++;
                }
            }
        }
        assertTrue(pathPixels > 50, "the geodesic's colour is drawn: " + pathPixels);
    }

    @Test
    void svgCarriesTitleAndCommandLine() throws Exception {
        CliTestSupport.Run run = figure("g.svg");
        assertEquals(0, run.status(), run.err());
        String svg = Files.readString(folder.resolve("g.svg"), StandardCharsets.UTF_8);
        Document doc = DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(folder.resolve("g.svg").toFile());
        assertEquals("svg", doc.getDocumentElement().getLocalName() == null
                ? doc.getDocumentElement().getNodeName() : doc.getDocumentElement().getLocalName());
        assertTrue(svg.contains("Fisher–Rao geodesic"), "title");
        assertTrue(svg.contains("fisherscope figure geodesics --family normal --from 0,1 --to 1,1"), "command line");
        assertTrue(svg.contains("0.980258"), "the distance is printed in the figure");
        assertTrue(svg.contains("rgb(31,95,191)"), "the path is drawn in the path colour");
    }

    @Test
    void pdfIsAPdfWithTheTitle() throws Exception {
        CliTestSupport.Run run = figure("g.pdf");
        assertEquals(0, run.status(), run.err());
        byte[] bytes = Files.readAllBytes(folder.resolve("g.pdf"));
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-"));
        assertTrue(text.stripTrailing().endsWith("%%EOF"));
        assertTrue(text.contains("/Title"));
        assertTrue(text.contains("geodesic"), "title in the document information");
    }

    @Test
    void categoricalFigureAndAnUndrawableFamily() throws Exception {
        CliTestSupport.Run ok = CliTestSupport.run("figure", "geodesics", "--family", "categorical", "--from",
                "0.7,0.2,0.1", "--to", "0.1,0.3,0.6", "--out", folder.resolve("c.png").toString());
        assertEquals(0, ok.status(), ok.err());
        assertTrue(Files.size(folder.resolve("c.png")) > 10_000);
        CliTestSupport.Run four = CliTestSupport.run("figure", "geodesics", "--family", "categorical", "--from",
                "0.1,0.2,0.3,0.4", "--to", "0.4,0.3,0.2,0.1", "--out", folder.resolve("four.png").toString());
        assertEquals(0, four.status(), "k = 4 is drawn as bars over t: " + four.err());
        CliTestSupport.Run big = CliTestSupport.run("figure", "geodesics", "--family", "mvnormal:d=4", "--from",
                "0,0,0,0,1,0,0,0,1,0,0,1,0,1", "--to", "1,0,0,0,1,0,0,0,1,0,0,1,0,2", "--out", folder.resolve("d.png").toString());
        assertEquals(2, big.status());
        assertTrue(big.err().startsWith("error: the geodesics figure draws mvnormal for d = 1, 2 and 3"), big.err());
        assertTrue(Files.notExists(folder.resolve("d.png")));
    }

    @Test
    void aMissingFolderIsAnInputError() {
        CliTestSupport.Run run = CliTestSupport.run("figure", "geodesics", "--family", "normal", "--from", "0,1",
                "--to", "1,1", "--out", folder.resolve("no/such/dir/g.png").toString());
        assertEquals(2, run.status());
        assertTrue(run.err().startsWith("error: "), run.err());
    }

    @Test
    void modelViewsAndDualCurvesRender() throws Exception {
        for (String[] args : new String[][] {
            {"--family", "normal", "--from", "-1,0.5", "--to", "2,1.5", "--view", "disk", "--connection", "e,m"},
            {"--family", "normal", "--from", "-1,0.5", "--to", "2,1.5", "--view", "half-plane"},
            {"--family", "categorical", "--from", "0.7,0.2,0.1", "--to", "0.1,0.3,0.6", "--view", "sphere"},
            {"--family", "gamma", "--from", "0.7,2", "--to", "2,3", "--connection", "e,m,alpha:0.5"},
            {"--family", "poisson", "--from", "1", "--to", "9", "--connection", "e"},
            {"--family", "dirichlet", "--from", "2,3,1.5", "--to", "6,1,2", "--connection", "e,m"},
            {"--family", "mvnormal:d=2", "--from", "0,0,1,0.5,1", "--to", "1,-1,0.5,0,2"},
            {"--family", "beta", "--from", "0.5,2", "--to", "4,1", "--overlay", "curvature,circle,ellipses"},
            {"--family", "normal", "--from", "-1,0.5", "--to", "2,1.5", "--view", "disk", "--overlay", "circle"},
            {"--family", "categorical", "--from", "0.7,0.2,0.1", "--to", "0.1,0.3,0.6", "--overlay", "circle"},
            {"--family", "categorical", "--from", "0.7,0.2,0.1", "--to", "0.1,0.3,0.6", "--view", "sphere",
                "--overlay", "curvature,circle,ellipses"},
            {"--family", "normal", "--from", "-1,0.5", "--to", "2,1.5", "--view", "disk", "--overlay", "curvature,ellipses"},
            {"--family", "normal", "--from", "-1,0.5", "--to", "2,1.5", "--view", "half-plane", "--overlay", "curvature,ellipses"},
            {"--family", "dirichlet", "--from", "0.5,0.8,3", "--to", "6,1,2", "--overlay", "curvature,ellipses"},
            {"--family", "mvnormal:d=1", "--from", "-1,0.25", "--to", "2,2.25", "--overlay", "curvature,circle,ellipses"},
            {"--family", "mvnormal:d=3", "--from", "0,0,0,1,0.4,0.16,1,0.4,1", "--to", "1.5,-1,0.5,0.6,-0.2,0,1.3,-0.2,2",
                "--view", "x2-x3"},
            {"--family", "categorical", "--from", "0.5,0.5", "--to", "0.1,0.9", "--connection", "e,m"},
            {"--family", "dirichlet", "--from", "1,2,3,4", "--to", "4,3,2,1"}}) {
            Path out = folder.resolve(String.join("_", args).replaceAll("[^a-z0-9]", "") + ".svg");
            String[] full = new String[args.length + 4];
            full[0] = "figure";
            full[1] = "geodesics";
            System.arraycopy(args, 0, full, 2, args.length);
            full[full.length - 2] = "--out";
            full[full.length - 1] = out.toString();
            CliTestSupport.Run run = CliTestSupport.run(full);
            assertEquals(0, run.status(), run.err());
            String svg = Files.readString(out, StandardCharsets.UTF_8);
            assertTrue(svg.contains("rgb(31,95,191)"), "the Fisher–Rao curve is drawn: " + String.join(" ", args));
        }
        CliTestSupport.Run badOverlay = CliTestSupport.run("figure", "geodesics", "--family", "poisson", "--from", "1",
                "--to", "2", "--overlay", "circle", "--out", folder.resolve("y.png").toString());
        assertEquals(2, badOverlay.status(), "1-D families have no plane to draw circles on");
        CliTestSupport.Run noCircle = CliTestSupport.run("figure", "geodesics", "--family", "dirichlet", "--from", "2,3,1.5",
                "--to", "6,1,2", "--overlay", "circle", "--out", folder.resolve("z.png").toString());
        assertEquals(2, noCircle.status());
        assertTrue(noCircle.err().contains("3 dimensions"), noCircle.err());
        CliTestSupport.Run dataPlane = CliTestSupport.run("figure", "geodesics", "--family", "mvnormal:d=2", "--from",
                "0,0,1,0.5,1", "--to", "1,-1,0.5,0,2", "--view", "x1-x3", "--out", folder.resolve("w.png").toString());
        assertEquals(2, dataPlane.status(), "a bivariate normal has no x3");
        assertTrue(dataPlane.err().contains("offers x1-x2"), dataPlane.err());
        CliTestSupport.Run wrong = CliTestSupport.run("figure", "geodesics", "--family", "gamma", "--from", "1,1", "--to",
                "2,2", "--view", "disk", "--out", folder.resolve("x.png").toString());
        assertEquals(2, wrong.status());
        assertTrue(wrong.err().contains("disk"), wrong.err());
    }
}
