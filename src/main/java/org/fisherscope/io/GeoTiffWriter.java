package org.fisherscope.io;

import java.awt.image.BufferedImage;
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
 * ModelTiepoint tags (WGS 84 longitude/latitude implied), through a temporary file moved into place.
 */
public final class GeoTiffWriter {

    private GeoTiffWriter() {
    }

    /** Writes {@code codes} (row-major, 0–255) with its top-left corner at (west, north). */
    public static void write(Path target, int[] codes, int rows, int columns, double west, double north,
                             double pixelWidth, double pixelHeight) throws IOException {
        BufferedImage image = new BufferedImage(columns, rows, BufferedImage.TYPE_BYTE_GRAY);
        image.getRaster().setSamples(0, 0, columns, rows, 0, codes);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        ImageWriteParam param = writer.getDefaultWriteParam();
        param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
        param.setCompressionType("Deflate");
        IIOMetadata metadata = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
        TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
        directory.addTIFFField(new TIFFField(new TIFFTag("ModelPixelScale", 33550, 1 << TIFFTag.TIFF_DOUBLE, 3),
                TIFFTag.TIFF_DOUBLE, 3, new double[] {pixelWidth, pixelHeight, 0}));
        directory.addTIFFField(new TIFFField(new TIFFTag("ModelTiepoint", 33922, 1 << TIFFTag.TIFF_DOUBLE, 6),
                TIFFTag.TIFF_DOUBLE, 6, new double[] {0, 0, 0, west, north, 0}));
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
}
