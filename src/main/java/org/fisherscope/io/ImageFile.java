package org.fisherscope.io;

import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Reads a PNG or JPEG photograph into plain arrays for the diffusion workspace: channel values in [0, 1]
 * as {@code [channel][row][column]}, one channel for grey images and three (red, green, blue) otherwise;
 * alpha is ignored. The size is read from the header first, so a huge image is refused before it is decoded.
 */
public final class ImageFile {

    /** 50 megapixels: about 1.2 GB as doubles in three channels, the most the default heap should hold. */
    public static final long MAX_PIXELS = 50_000_000L;

    private ImageFile() {
    }

    public static double[][][] read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + " is not a file");
        }
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw new InvalidInputException(file + " is not a PNG or JPEG image");
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(java.util.Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg") && !format.equals("jpg")) {
                    throw new InvalidInputException(file + " is a " + format + " image; PNG or JPEG is accepted");
                }
                reader.setInput(in, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    throw new InvalidInputException(file + " is " + width + " × " + height + " pixels; at most "
                            + MAX_PIXELS / 1_000_000 + " megapixels are accepted (crop or scale it first)");
                }
                BufferedImage image = reader.read(0);
                return channels(image);
            } catch (javax.imageio.IIOException broken) {
                throw new InvalidInputException(file + " could not be decoded as an image: " + broken.getMessage());
            } finally {
                reader.dispose();
            }
        }
    }

    static double[][][] channels(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        Raster raster = image.getRaster();
        boolean grey = raster.getNumBands() == 1 && !(image.getColorModel() instanceof IndexColorModel);
        if (grey) {
            double max = (1L << image.getColorModel().getComponentSize(0)) - 1;
            double[][][] out = new double[1][h][w];
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    out[0][y][x] = raster.getSample(x, y, 0) / max;
                }
            }
            return out;
        }
        double[][][] out = new double[3][h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = image.getRGB(x, y);
                out[0][y][x] = ((rgb >> 16) & 0xff) / 255.0;
                out[1][y][x] = ((rgb >> 8) & 0xff) / 255.0;
                out[2][y][x] = (rgb & 0xff) / 255.0;
            }
        }
        return out;
    }
}
