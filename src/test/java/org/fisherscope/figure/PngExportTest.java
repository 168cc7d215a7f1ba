package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import org.fisherscope.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

class PngExportTest {

    /** pHYs stores whole pixels per metre, so dpi / 0.0254 is rounded: off by at most 1/2. */
    private static final double PIXELS_PER_METRE_ROUNDING = 0.5;
    private static final double METRES_PER_INCH = 0.0254;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} x {1} CSS px at {2} dpi -> {3} x {4} px")
    @CsvSource({
        // size × dpi/96, worked by hand; 300 dpi: 300 × 300/96 = 937.5 rounds up
        "400, 300,  96,  400,  300",
        "400, 300, 144,  600,  450",
        "400, 300, 300, 1250,  938",
    })
    void pixelSizeIsFigureSizeTimesDpiOver96(int width, int height, int dpi, int pixelsWide, int pixelsHigh)
            throws IOException {
        Path file = dir.resolve("figure.png");
        FigureExporter.export(new TestFigure(), file, new ExportOptions(width, height, dpi));

        BufferedImage image = ImageIO.read(file.toFile());
        assertEquals(pixelsWide, image.getWidth());
        assertEquals(pixelsHigh, image.getHeight());

        double scale = dpi / 96.0;
        double cssX = TestFigure.RECT.getCenterX();
        double cssY = TestFigure.RECT.getCenterY();
        int inside = image.getRGB((int) (cssX * scale), (int) (cssY * scale));
        assertEquals(TestFigure.FILL.getRGB(), inside, "the rectangle's centre has its fill colour");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(0, 0), "top-left corner is background");
        assertEquals(Color.WHITE.getRGB(), image.getRGB(pixelsWide - 1, pixelsHigh - 1), "bottom-right corner");
        int lineY = (int) (160 * scale);
        int onLine = image.getRGB(pixelsWide / 2, lineY);
        assertTrue((onLine & 0xFFFFFF) < 0x808080, "the 2 px black line is drawn: " + Integer.toHexString(onLine));
    }

    @Test
    void embedsResolutionAndTextMetadata() throws IOException {
        Path file = dir.resolve("figure.png");
        int dpi = 144;
        FigureExporter.export(new TestFigure(), file, new ExportOptions(400, 300, dpi));

        IIOMetadataNode tree = readNativeMetadata(file);
        IIOMetadataNode phys = (IIOMetadataNode) tree.getElementsByTagName("pHYs").item(0);
        assertEquals("meter", phys.getAttribute("unitSpecifier"));
        double perMetre = Double.parseDouble(phys.getAttribute("pixelsPerUnitXAxis"));
        assertEquals(dpi / METRES_PER_INCH, perMetre, PIXELS_PER_METRE_ROUNDING);
        assertEquals(perMetre, Double.parseDouble(phys.getAttribute("pixelsPerUnitYAxis")));

        Map<String, String> text = textEntries(tree);
        assertEquals(TestFigure.TITLE, text.get("Title"));
        assertEquals("Fisherscope " + Version.get(), text.get("Software"));
        assertEquals(TestFigure.DESCRIPTION, text.get("Description"), "Greek text survives via iTXt");
        assertTrue(text.get("Comment").contains("command: " + TestFigure.COMMAND));
        assertTrue(text.get("Comment").contains("convention: " + TestFigure.CONVENTION));
    }

    @Test
    void latinTextGoesToTextChunks() throws IOException {
        Path file = dir.resolve("figure.png");
        FigureExporter.export(new TestFigure(), file, new ExportOptions(100, 100, 96));
        IIOMetadataNode tree = readNativeMetadata(file);
        NodeList latin = tree.getElementsByTagName("tEXtEntry");
        boolean titleInText = false;
        for (int i = 0; i < latin.getLength(); i++) {
            IIOMetadataNode entry = (IIOMetadataNode) latin.item(i);
            titleInText |= entry.getAttribute("keyword").equals("Title");
        }
        assertTrue(titleInText, "an ASCII title is a plain tEXt chunk");
    }

    private static IIOMetadataNode readNativeMetadata(Path file) throws IOException {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("png");
        ImageReader reader = readers.next();
        try (ImageInputStream in = ImageIO.createImageInputStream(Files.newInputStream(file))) {
            reader.setInput(in);
            return (IIOMetadataNode) reader.getImageMetadata(0).getAsTree("javax_imageio_png_1.0");
        } finally {
            reader.dispose();
        }
    }

    private static Map<String, String> textEntries(IIOMetadataNode tree) {
        Map<String, String> text = new HashMap<>();
        NodeList latin = tree.getElementsByTagName("tEXtEntry");
        for (int i = 0; i < latin.getLength(); i++) {
            Node entry = latin.item(i);
            text.put(attribute(entry, "keyword"), attribute(entry, "value"));
        }
        NodeList unicode = tree.getElementsByTagName("iTXtEntry");
        for (int i = 0; i < unicode.getLength(); i++) {
            Node entry = unicode.item(i);
            text.put(attribute(entry, "keyword"), attribute(entry, "text"));
        }
        return text;
    }

    private static String attribute(Node node, String name) {
        return ((IIOMetadataNode) node).getAttribute(name);
    }
}
