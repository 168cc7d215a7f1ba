package org.fisherscope.io;

import java.io.Closeable;
import java.io.IOException;
import java.util.Optional;

/**
 * A single-band raster of integer class codes read row by row, so that a 10980 × 10980 tile never has
 * to be held whole. Implementations decode one file format; callers see plain int rows.
 */
public interface RasterSource extends Closeable {

    int width();

    int height();

    /** Fills {@code out} (length ≥ width) with the codes of one row, rows read in increasing order. */
    void readRow(int row, int[] out) throws IOException;

    /** Map coordinates of the grid when the file has them. */
    Optional<GeoTransform> geoTransform();

    /** The unit of the map coordinates and pixel size; unknown unless the file declares it. */
    default MapUnits mapUnits() {
        return MapUnits.UNKNOWN;
    }

    /** The file's name, for messages. */
    String name();

    /**
     * The affine map from pixel (column, row) corners to map coordinates: x = originX + column·pixelWidth,
     * y = originY − row·pixelHeight (rows run south).
     */
    record GeoTransform(double originX, double originY, double pixelWidth, double pixelHeight) {
    }
}
