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
 * the GeoTIFF ModelPixelScale and ModelTiepoint tags when present, and the unit of the map coordinates
 * from the GeoKeyDirectory: a geographic model is in degrees (unless it names another angular unit); a
 * projected one in the linear unit it names (metre, foot, US survey foot), or in metres when it names
 * no unit but a WGS 84 UTM zone (EPSG 32601–32660, 32701–32760), as the 10 m annual land-cover tiles do.
 */
public final class TiffRasterSource implements RasterSource {

    /** Rows decoded at once: a 10980-wide band of 256 rows is ~11 MB of ints. */
    static final int BAND_ROWS = 256;
    private static final int MODEL_PIXEL_SCALE = 33550;
    private static final int MODEL_TIEPOINT = 33922;
    private static final int GEO_KEY_DIRECTORY = 34735;
    private static final int GT_MODEL_TYPE = 1024;
    private static final int GEOG_ANGULAR_UNITS = 2054;
    private static final int PROJECTED_CS_TYPE = 3072;
    private static final int PROJ_LINEAR_UNITS = 3076;
    private static final int MODEL_PROJECTED = 1;
    private static final int MODEL_GEOGRAPHIC = 2;
    private static final int ANGULAR_DEGREE = 9102;
    private static final int LINEAR_METRE = 9001;
    private static final int LINEAR_FOOT = 9002;
    private static final int LINEAR_US_SURVEY_FOOT = 9003;

    private final Path file;
    private final ImageInputStream input;
    private final ImageReader reader;
    private final Rectangle window;
    private final Optional<GeoTransform> transform;
    private final MapUnits units;
    private Raster band;
    private int bandStart = -1;

    private TiffRasterSource(Path file, ImageInputStream input, ImageReader reader, Rectangle window,
                             Optional<GeoTransform> transform, MapUnits units) {
        this.file = file;
        this.units = units;
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
            IIOMetadata metadata = reader.getImageMetadata(0);
            Optional<GeoTransform> geo = geoTransform(metadata)
                    .map(t -> new GeoTransform(t.originX() + region.x * t.pixelWidth(),
                            t.originY() - region.y * t.pixelHeight(), t.pixelWidth(), t.pixelHeight()));
            return new TiffRasterSource(file, input, reader, region, geo,
                    geo.isPresent() ? mapUnits(metadata) : MapUnits.UNKNOWN);
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

    /** The unit the GeoKeyDirectory declares (see the class comment); unknown when it is absent or unread. */
    static MapUnits mapUnits(IIOMetadata metadata) {
        try {
            TIFFField keys = TIFFDirectory.createFromMetadata(metadata).getTIFFField(GEO_KEY_DIRECTORY);
            if (keys == null || keys.getCount() < 4) {
                return MapUnits.UNKNOWN;
            }
            int model = geoKey(keys, GT_MODEL_TYPE);
            if (model == MODEL_GEOGRAPHIC) {
                int angular = geoKey(keys, GEOG_ANGULAR_UNITS);
                return angular < 0 || angular == ANGULAR_DEGREE ? MapUnits.DEGREE : MapUnits.UNKNOWN;
            }
            if (model == MODEL_PROJECTED) {
                int linear = geoKey(keys, PROJ_LINEAR_UNITS);
                if (linear == LINEAR_METRE) {
                    return MapUnits.METRE;
                } else if (linear == LINEAR_FOOT) {
                    return MapUnits.FOOT;
                } else if (linear == LINEAR_US_SURVEY_FOOT) {
                    return MapUnits.US_SURVEY_FOOT;
                } else if (linear < 0) {
                    int crs = geoKey(keys, PROJECTED_CS_TYPE);
                    boolean utm = crs >= 32601 && crs <= 32660 || crs >= 32701 && crs <= 32760;
                    return utm ? MapUnits.METRE : MapUnits.UNKNOWN;
                }
            }
            return MapUnits.UNKNOWN;
        } catch (javax.imageio.metadata.IIOInvalidTreeException | RuntimeException unreadable) {
            return MapUnits.UNKNOWN;
        }
    }

    /**
     * A short GeoKey's value from the directory (header of four shorts, then entries of key, location,
     * count, value; location 0 means the value is in the entry), or −1 when absent or stored elsewhere.
     */
    private static int geoKey(TIFFField keys, int key) {
        int count = Math.min(keys.getAsInt(3), (keys.getCount() - 4) / 4);
        for (int k = 0; k < count; k++) {
            int at = 4 + 4 * k;
            if (keys.getAsInt(at) == key) {
                return keys.getAsInt(at + 1) == 0 ? keys.getAsInt(at + 3) : -1;
            }
        }
        return -1;
    }

    @Override
    public MapUnits mapUnits() {
        return units;
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
