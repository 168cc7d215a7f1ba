package org.fisherscope.io;

import java.awt.Rectangle;
import java.awt.image.Raster;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.plugins.tiff.TIFFDirectory;
import javax.imageio.plugins.tiff.TIFFField;
import javax.imageio.stream.ImageInputStream;
import org.fisherscope.geometry.InvalidInputException;

/**
 * A single-band GeoTIFF (8- or 16-bit class codes; uncompressed, Deflate, LZW or PackBits; strips or
 * tiles) read through the JDK's own TIFF ImageIO reader in horizontal bands, optionally restricted to
 * a pixel window, so that memory stays at one band however large the tile. Georeferencing comes from
 * the GeoTIFF ModelPixelScale and ModelTiepoint tags when present.
 */
public final class TiffRasterSource implements RasterSource {

    /** Rows decoded at once: a 10980-wide band of 256 rows is ~11 MB of ints. */
    static final int BAND_ROWS = 256;
    private static final int MODEL_PIXEL_SCALE = 33550;
    private static final int MODEL_TIEPOINT = 33922;

    private final Path file;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final Rectangle window;
    private final Optional<GeoTransform> transform;
    private Raster band;
    private int bandStart = -1;

    private TiffRasterSource(Path file, ImageInputStream input, ImageReader reader, Rectangle window,
                             Optional<GeoTransform> transform) {
        this.file = file;
        this.input = input;
        this.reader = reader;
        this.window = window;
        this.transform = transform;
    }

    /** The whole raster. */
    public static TiffRasterSource open(Path file) throws IOException {
        return open(file, null);
    }

    /** A window (column, row, width, height) of the raster, or all of it when {@code window} is null. */
    public static TiffRasterSource open(Path file, Rectangle window) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + " does not exist or is not a file");
        }
        ImageInputStream input = ImageIO.createImageInputStream(file.toFile());
        Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
        ImageReader reader = null;
        while (readers.hasNext()) {
            ImageReader candidate = readers.next();
            if ("tif".equalsIgnoreCase(candidate.getOriginatingProvider().getFileSuffixes()[0])
                    || candidate.getFormatName().toLowerCase(java.util.Locale.ROOT).contains("tif")) {
                reader = candidate;
                break;
            }
        }
        if (reader == null) {
            input.close();
            throw new InvalidInputException(file.getFileName() + " is not a TIFF file the JDK can read");
        }
        try {
            reader.setInput(input, true, false);
            int width = reader.getWidth(0);
            int height = reader.getHeight(0);
            int bands = reader.getRawImageType(0).getSampleModel().getNumBands();
            if (bands != 1) {
                throw new InvalidInputException(file.getFileName() + " has " + bands + " bands; land-cover rasters have"
                        + " one band of class codes");
            }
            Rectangle all = new Rectangle(0, 0, width, height);
            Rectangle region = window == null ? all : window;
            if (!all.contains(region) || region.isEmpty()) {
                throw new InvalidInputException(file.getFileName() + ": the window " + region.x + "," + region.y + ","
                        + region.width + "," + region.height + " does not lie inside the raster's " + width + " × "
                        + height + " pixels");
            }
            Optional<GeoTransform> geo = geoTransform(reader.getImageMetadata(0))
                    .map(t -> new GeoTransform(t.originX() + region.x * t.pixelWidth(),
                            t.originY() - region.y * t.pixelHeight(), t.pixelWidth(), t.pixelHeight()));
            return new TiffRasterSource(file, input, reader, region, geo);
        } catch (IOException | RuntimeException e) {
            reader.dispose();
            input.close();
            if (e instanceof InvalidInputException invalid) {
                throw invalid;
            }
            throw new InvalidInputException(file.getFileName() + " could not be read as a TIFF: " + e.getMessage(), e);
        }
    }

    private static Optional<GeoTransform> geoTransform(IIOMetadata metadata) {
        try {
            TIFFDirectory directory = TIFFDirectory.createFromMetadata(metadata);
            TIFFField scale = directory.getTIFFField(MODEL_PIXEL_SCALE);
            TIFFField tie = directory.getTIFFField(MODEL_TIEPOINT);
            if (scale == null || tie == null || scale.getCount() < 2 || tie.getCount() < 6) {
                return Optional.empty();
            }
            double sx = scale.getAsDouble(0);
            double sy = scale.getAsDouble(1);
            double i = tie.getAsDouble(0);
            double j = tie.getAsDouble(1);
            double x = tie.getAsDouble(3);
            double y = tie.getAsDouble(4);
            return Optional.of(new GeoTransform(x - i * sx, y + j * sy, sx, sy));
        } catch (javax.imageio.metadata.IIOInvalidTreeException | RuntimeException notGeo) {
            return Optional.empty();
        }
    }

    @Override
    public int width() {
        return window.width;
    }

    @Override
    public int height() {
        return window.height;
    }

    @Override
    public void readRow(int row, int[] out) throws IOException {
        if (row < 0 || row >= window.height) {
            throw new IndexOutOfBoundsException("row " + row + " of " + window.height);
        }
        if (band == null || row < bandStart || row >= bandStart + band.getHeight()) {
            bandStart = row;
            int rows = Math.min(BAND_ROWS, window.height - row);
            ImageReadParam param = reader.getDefaultReadParam();
            param.setSourceRegion(new Rectangle(window.x, window.y + row, window.width, rows));
            try {
                // The JDK TIFF reader has no readRaster; a one-band image wraps the same samples.
                band = reader.read(0, param).getRaster();
            } catch (IOException | RuntimeException e) {
                throw new InvalidInputException(file.getFileName() + ": rows " + (row + 1) + "–" + (row + rows)
                        + " cannot be decoded (truncated or damaged file): " + e.getMessage(), e);
            }
        }
        band.getSamples(band.getMinX(), band.getMinY() + row - bandStart, window.width, 1, 0, out);
    }

    @Override
    public Optional<GeoTransform> geoTransform() {
        return transform;
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public void close() throws IOException {
        reader.dispose();
        input.close();
    }
}
