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

    /** A 4 × 3 GeoTIFF with a 10-unit pixel scale and the given GeoKeyDirectory (null: none). */
    private Path withGeoKeys(String name, char[] keys) throws Exception {
        BufferedImage image = new BufferedImage(4, 3, BufferedImage.TYPE_BYTE_GRAY);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        javax.imageio.plugins.tiff.TIFFDirectory directory = javax.imageio.plugins.tiff.TIFFDirectory.createFromMetadata(
                writer.getDefaultImageMetadata(javax.imageio.ImageTypeSpecifier.createFromRenderedImage(image), param));
        int doubles = 1 << javax.imageio.plugins.tiff.TIFFTag.TIFF_DOUBLE;
        directory.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(new javax.imageio.plugins.tiff.TIFFTag(
                "ModelPixelScale", 33550, doubles, 3), javax.imageio.plugins.tiff.TIFFTag.TIFF_DOUBLE, 3,
                new double[] {10, 10, 0}));
        directory.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(new javax.imageio.plugins.tiff.TIFFTag(
                "ModelTiepoint", 33922, doubles, 6), javax.imageio.plugins.tiff.TIFFTag.TIFF_DOUBLE, 6,
                new double[] {0, 0, 0, 600000, 9_340_000, 0}));
        if (keys != null) {
            directory.addTIFFField(new javax.imageio.plugins.tiff.TIFFField(new javax.imageio.plugins.tiff.TIFFTag(
                    "GeoKeyDirectory", 34735, 1 << javax.imageio.plugins.tiff.TIFFTag.TIFF_SHORT, keys.length),
                    javax.imageio.plugins.tiff.TIFFTag.TIFF_SHORT, keys.length, keys));
        }
        Path file = folder.resolve(name);
        try (ImageOutputStream out = ImageIO.createImageOutputStream(file.toFile())) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, directory.getAsMetadata()), param);
        }
        writer.dispose();
        return file;
    }

    /** A GeoKeyDirectory of (key, value) pairs, each stored in the entry itself. */
    private static char[] keys(int... pairs) {
        char[] k = new char[4 + 2 * pairs.length];
        k[0] = 1;
        k[1] = 1;
        k[3] = (char) (pairs.length / 2);
        for (int i = 0; i < pairs.length / 2; i++) {
            k[4 + 4 * i] = (char) pairs[2 * i];
            k[6 + 4 * i] = 1;
            k[7 + 4 * i] = (char) pairs[2 * i + 1];
        }
        return k;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"no keys, -1, -1, -1, -1, UNKNOWN", "geographic, 2, -1, -1, -1, DEGREE",
        "geographic in degrees, 2, 9102, -1, -1, DEGREE", "geographic in radians, 2, 9101, -1, -1, UNKNOWN",
        "projected in metres, 1, -1, 32748, 9001, METRE", "UTM 48 S without a unit key, 1, -1, 32748, -1, METRE",
        "projected in feet, 1, -1, 2263, 9002, FOOT", "projected in US survey feet, 1, -1, 2263, 9003, US_SURVEY_FOOT",
        "unknown projection without a unit key, 1, -1, 2263, -1, UNKNOWN"})
    void theGeoKeysNameTheMapUnits(String what, int model, int angular, int crs, int linear, MapUnits expected)
            throws Exception {
        char[] keys = null;
        if (model > 0) {
            java.util.List<Integer> pairs = new java.util.ArrayList<>(java.util.List.of(1024, model));
            if (angular > 0) {
                pairs.addAll(java.util.List.of(2054, angular));
            }
            if (crs > 0) {
                pairs.addAll(java.util.List.of(3072, crs));
            }
            if (linear > 0) {
                pairs.addAll(java.util.List.of(3076, linear));
            }
            keys = keys(pairs.stream().mapToInt(Integer::intValue).toArray());
        }
        try (TiffRasterSource source = TiffRasterSource.open(withGeoKeys("units_2020.tif", keys))) {
            assertEquals(expected, source.mapUnits(), what);
        }
    }

    @Test
    void theWriterDeclaresItsCoordinateSystem() throws Exception {
        Path degrees = folder.resolve("wgs84_2020.tif");
        GeoTiffWriter.write(degrees, new int[] {1, 2, 3, 4, 5, 6}, 2, 3, 106.63, -5.98, 1e-4, 1e-4);
        Path utm = folder.resolve("utm_2020.tif");
        GeoTiffWriter.write(utm, 2, 3, (r, out) -> java.util.Arrays.fill(out, r + 1),
                new RasterSource.GeoTransform(600000, 9_340_000, 10, 10), GeoTiffWriter.Crs.utm(48, true), GeoTiffWriter.BEST);
        try (TiffRasterSource d = TiffRasterSource.open(degrees); TiffRasterSource m = TiffRasterSource.open(utm)) {
            assertEquals(MapUnits.DEGREE, d.mapUnits());
            assertEquals(MapUnits.METRE, m.mapUnits());
            int[] row = new int[3];
            d.readRow(1, row);
            assertArrayEquals(new int[] {4, 5, 6}, row);
            m.readRow(1, row);
            assertArrayEquals(new int[] {2, 2, 2}, row);
            assertEquals(10, m.geoTransform().orElseThrow().pixelHeight(), 0);
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
