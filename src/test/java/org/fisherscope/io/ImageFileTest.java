package org.fisherscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ImageFileTest {

    /** Lossless formats round-trip 8- and 16-bit samples exactly (up to the division). */
    private static final double EXACT = 1e-15;

    @Test
    void colourAndSixteenBitGreyPngsReadBackExactly(@TempDir Path dir) throws IOException {
        BufferedImage rgb = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        rgb.setRGB(2, 1, 0x10_80_FF);
        Path colour = dir.resolve("c.png");
        ImageIO.write(rgb, "png", colour.toFile());
        double[][][] c = ImageFile.read(colour);
        assertEquals(3, c.length);
        assertEquals(2, c[0].length);
        assertEquals(3, c[0][0].length);
        assertEquals(0x10 / 255.0, c[0][1][2], EXACT);
        assertEquals(0x80 / 255.0, c[1][1][2], EXACT);
        assertEquals(1, c[2][1][2], EXACT);

        BufferedImage grey = new BufferedImage(2, 2, BufferedImage.TYPE_USHORT_GRAY);
        grey.getRaster().setSample(1, 0, 0, 40000);
        Path g = dir.resolve("g.png");
        ImageIO.write(grey, "png", g.toFile());
        double[][][] gg = ImageFile.read(g);
        assertEquals(1, gg.length);
        assertEquals(40000 / 65535.0, gg[0][0][1], EXACT);
    }

    @Test
    void theSamplePhotographsLoad() throws IOException {
        double[][][] p = ImageFile.read(Path.of("sample-data/images/chelsea.png"));
        assertEquals(3, p.length);
        assertEquals(300, p[0].length);
        assertEquals(451, p[0][0].length);
    }

    @Test
    void badFilesGetClearMessages(@TempDir Path dir) throws IOException {
        Path text = dir.resolve("notes.png");
        Files.writeString(text, "not an image");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImageFile.read(text));
        assertTrue(e.getMessage().contains("not a PNG or JPEG"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> ImageFile.read(dir.resolve("missing.png")));
        Path truncated = dir.resolve("cut.png");
        BufferedImage rgb = new BufferedImage(64, 64, BufferedImage.TYPE_INT_RGB);
        ImageIO.write(rgb, "png", truncated.toFile());
        byte[] bytes = Files.readAllBytes(truncated);
        Files.write(truncated, java.util.Arrays.copyOf(bytes, 60));
        assertThrows(InvalidInputException.class, () -> ImageFile.read(truncated));
    }

    /** A 1-bit 8000 × 8000 PNG is a few kB on disk but 64 megapixels: refused from its header, before decoding. */
    @Test
    void hugeImagesAreRefusedBeforeDecoding(@TempDir Path dir) throws IOException {
        BufferedImage huge = new BufferedImage(8000, 8000, BufferedImage.TYPE_BYTE_BINARY);
        Path file = dir.resolve("huge.png");
        ImageIO.write(huge, "png", file.toFile());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ImageFile.read(file));
        assertTrue(e.getMessage().contains("megapixels"), e.getMessage());
    }
}
