package org.fisherscope.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TIFF variants written by the test itself and read back row by row. */
class TiffRasterSourceTest {

    @TempDir
    Path folder;

    private static int[][] codes(int width, int height, int max, long seed) {
        Random random = new Random(seed);
        int[][] codes = new int[height][width];
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                codes[r][c] = random.nextInt(max + 1);
            }
        }
        return codes;
    }

    private Path write(int[][] codes, boolean sixteenBit, String compression, boolean tiled) throws Exception {
        int height = codes.length;
        int width = codes[0].length;
        BufferedImage image = new BufferedImage(width, height,
                sixteenBit ? BufferedImage.TYPE_USHORT_GRAY : BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        for (int r = 0; r < height; r++) {
            raster.setSamples(0, r, width, 1, 0, codes[r]);
        }
        Path file = folder.resolve("map_2019_" + compression + (tiled ? "_tiled" : "") + ".tif");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        if (!"none".equals(compression)) {
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionType(compression);
        }
        if (tiled) {
            param.setTilingMode(ImageWriteParam.MODE_EXPLICIT);
            param.setTiling(64, 64, 0, 0);
        }
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
        }
        writer.dispose();
        return file;
    }

    @ParameterizedTest(name = "{0}, 16-bit {1}, tiled {2}")
    @CsvSource({"none, false, false", "Deflate, false, false", "LZW, false, true", "PackBits, false, false",
        "Deflate, true, true", "LZW, true, false"})
    void everyVariantReadsBackExactly(String compression, boolean sixteenBit, boolean tiled) throws Exception {
        // Taller than one band, so band switching is exercised.
        int[][] codes = codes(173, TiffRasterSource.BAND_ROWS + 61, sixteenBit ? 60000 : 255, 7);
        Path file = write(codes, sixteenBit, compression, tiled);
        try (TiffRasterSource source = TiffRasterSource.open(file)) {
            assertEquals(173, source.width());
            assertEquals(codes.length, source.height());
            int[] row = new int[173];
            for (int r = 0; r < codes.length; r++) {
                source.readRow(r, row);
                assertArrayEquals(codes[r], row, "row " + r);
            }
            assertTrue(source.geoTransform().isEmpty(), "a plain TIFF has no georeferencing, and loads anyway");
        }
        assertEquals(2019, YearFromName.of(file.getFileName().toString()).getAsInt());
    }

    @Test
    void geoTiffTagsGiveTheMapCoordinatesAlsoOfAWindow() throws Exception {
        int[][] codes = codes(40, 30, 11, 9);
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_BYTE_GRAY);
        for (int r = 0; r < 30; r++) {
            image.getRaster().setSamples(0, r, 40, 1, 0, codes[r]);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        javax.imageio.metadata.IIOMetadata metadata = writer.getDefaultImageMetadata(
                javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), param);
        javax.imageio.plugins.tiff.TIFFDirectory directory = javax.imageio.plugins.tiff.TIFFDirectory.createFromMetadata(metadata);
        // PIK2-like box: 106.63 E, 5.98 S at the top-left corner, 0.0001° pixels.
        directory.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(
                new javax.imageio.plugins.tiff.TIFFTag("ModelPixelScale", 33550,
                        1 << javax.imageio.plugins.tiff.TIFFTag.TIFF_DOUBLE, 3),
                javax.imageio.plugins.tiff.TIFFTag.TIFF_DOUBLE, 3, new double[] {1e-4, 1e-4, 0}));
        directory.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(
                new javax.imageio.plugins.tiff.TIFFTag("ModelTiepoint", 33922,
                        1 << javax.imageio.plugins.tiff.TIFFTag.TIFF_DOUBLE, 6),
                javax.imageio.plugins.tiff.TIFFTag.TIFF_DOUBLE, 6, new double[] {0, 0, 0, 106.63, -5.98, 0}));
        Path file = folder.resolve("geo_2020.tif");
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, directory.getAsMetadata()), param);
        }
        writer.dispose();
        try (TiffRasterSource source = TiffRasterSource.open(file)) {
            RasterSource.GeoTransform t = source.geoTransform().orElseThrow();
            assertEquals(106.63, t.originX(), 1e-12);
            assertEquals(-5.98, t.originY(), 1e-12);
            assertEquals(1e-4, t.pixelWidth(), 1e-18);
        }
        try (TiffRasterSource window = TiffRasterSource.open(file, new Rectangle(10, 5, 20, 20))) {
            RasterSource.GeoTransform t = window.geoTransform().orElseThrow();
            assertEquals(106.63 + 10e-4, t.originX(), 1e-12);
            assertEquals(-5.98 - 5e-4, t.originY(), 1e-12);
        }
    }

    @Test
    void aWindowReadsOnlyItsPixels() throws Exception {
        int[][] codes = codes(90, 70, 11, 3);
        Path file = write(codes, false, "Deflate", true);
        try (TiffRasterSource source = TiffRasterSource.open(file, new Rectangle(10, 20, 30, 40))) {
            int[] row = new int[30];
            for (int r = 0; r < 40; r++) {
                source.readRow(r, row);
                for (int c = 0; c < 30; c++) {
                    assertEquals(codes[20 + r][10 + c], row[c]);
                }
            }
        }
        assertThrows(InvalidInputException.class, () -> TiffRasterSource.open(file, new Rectangle(80, 0, 30, 10)));
    }

    @Test
    void truncatedAndForeignFilesAreClearErrors() throws Exception {
        Path file = write(codes(300, 300, 11, 5), false, "none", false);
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = folder.resolve("truncated.tif");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 3));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> {
            try (TiffRasterSource source = TiffRasterSource.open(truncated)) {
                int[] row = new int[300];
                for (int r = 0; r < 300; r++) {
                    source.readRow(r, row);
                }
            }
        });
        assertTrue(e.getMessage().contains("truncated.tif"), e.getMessage());
        Path text = folder.resolve("notes.tif");
        Files.writeString(text, "not a tiff");
        assertThrows(InvalidInputException.class, () -> TiffRasterSource.open(text));
        assertThrows(InvalidInputException.class, () -> TiffRasterSource.open(folder.resolve("missing.tif")));
    }
}
