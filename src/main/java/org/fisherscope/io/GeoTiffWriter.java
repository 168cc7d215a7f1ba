package org.fisherscope.io;

import java.awt.image.BufferedImage;
import java.awt.image.WritableRaster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.plugins.tiff.TIFFTag;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an 8-bit single-band class raster as a Deflate-compressed GeoTIFF with the ModelPixelScale and
 * ModelTiepoint tags and a GeoKeyDirectory naming its coordinate system (WGS 84 longitude/latitude in
 * degrees, or a projected system in metres), through a temporary file moved into place.
 */
public final class GeoTiffWriter {

    /** Fills {@code out} (length = columns) with the codes of one row. */
    @FunctionalInterface
    public interface RowFiller {
        void fill(int row, int[] out);
    }

    /**
     * A coordinate system as GeoKeys: geographic (EPSG 4326, degrees) or projected with an EPSG code
     * (linear unit metre).
     */
    public record Crs(boolean projected, int epsg) {
        public static Crs wgs84() {
            return new Crs(false, 4326);
        }

        /** WGS 84 / UTM zone 1–60, north or south: EPSG 326zz or 327zz. */
        public static Crs utm(int zone, boolean south) {
            return new Crs(true, (south ? 32700 : 32600) + zone);
        }
    }

    private static final int GEO_KEY_DIRECTORY = 34735;

    private GeoTiffWriter() {
    }

    /** Writes {@code codes} (row-major, 0–255) in WGS 84 degrees with its top-left corner at (west, north). */
    public static void write(Path target, int[] codes, int rows, int columns, double west, double north,
                             double pixelWidth, double pixelHeight) throws IOException {
        write(target, rows, columns, (r, out) -> System.arraycopy(codes, r * columns, out, 0, columns),
                new RasterSource.GeoTransform(west, north, pixelWidth, pixelHeight), Crs.wgs84(), BEST);
    }

    /** Deflate level 9: smallest files (the shipped sample). */
    public static final int BEST = 9;
    /** Deflate level 1: several times faster to write, for large test rasters. */
    public static final int FASTEST = 1;

    /**
     * Writes a raster filled row by row (codes 0–255), its top-left corner and pixel size from
     * {@code transform}, in {@code crs}, with Deflate level {@code deflateLevel} (1–9). The image is held as
     * bytes, one per cell, while it is encoded.
     */
    public static void write(Path target, int rows, int columns, RowFiller filler, RasterSource.GeoTransform transform,
                             Crs crs, int deflateLevel) throws IOException {
        if (deflateLevel < 1 || deflateLevel > 9) {
            throw new IllegalArgumentException("Deflate level " + deflateLevel + " is not 1–9");
        }
        BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = image.getRaster();
        int[] row = new int[columns];
        for (int r = 0; r < rows; r++) {
            filler.fill(r, row);
            raster.setSamples(0, r, columns, 1, 0, row);
        }
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Deflate");
        // The JDK maps quality q to Deflate level 1 + 8q.
        param.setCompressionQuality((deflateLevel - 1) / 8f);
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
        directory.addTIFFField(new TIFFField(new TIFFTag("ModelPixelScale", 33550, 1 << TIFFTag.TIFF_DOUBLE, 3),
                TIFFTag.TIFF_DOUBLE, 3, new double[] {transform.pixelWidth(), transform.pixelHeight(), 0}));
        directory.addTIFFField(new TIFFField(new TIFFTag("ModelTiepoint", 33922, 1 << TIFFTag.TIFF_DOUBLE, 6),
                TIFFTag.TIFF_DOUBLE, 6, new double[] {0, 0, 0, transform.originX(), transform.originY(), 0}));
        char[] keys = geoKeys(crs);
        directory.addTIFFField(new TIFFField(new TIFFTag("GeoKeyDirectory", GEO_KEY_DIRECTORY,
                1 << TIFFTag.TIFF_SHORT, keys.length), TIFFTag.TIFF_SHORT, keys.length, keys));
        // Not Files.createTempFile: its owner-only permissions would stay on the moved file.
        Path temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try {
            try (ImageOutputStream out = ImageIO.createImageOutputStream(temp.toFile())) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, directory.getAsMetadata()), param);
            } finally {
                writer.dispose();
            }
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * The GeoKeyDirectory: version 1.1.0, then (key, location 0, count 1, value) sorted by key —
     * GTModelType, GTRasterType = PixelIsArea, and the EPSG code with its unit.
     */
    private static char[] geoKeys(Crs crs) {
        int[] entries = crs.projected()
                ? new int[] {1024, 1, 1025, 1, 3072, crs.epsg(), 3076, 9001}
                : new int[] {1024, 2, 1025, 1, 2048, crs.epsg(), 2054, 9102};
        int n = entries.length / 2;
        char[] keys = new char[4 + 4 * n];
        keys[0] = 1;
        keys[1] = 1;
        keys[2] = 0;
        keys[3] = (char) n;
        for (int k = 0; k < n; k++) {
            keys[4 + 4 * k] = (char) entries[2 * k];
            keys[5 + 4 * k] = 0;
            keys[6 + 4 * k] = 1;
            keys[7 + 4 * k] = (char) entries[2 * k + 1];
        }
        return keys;
    }
}
