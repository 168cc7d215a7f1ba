package org.fisherscope.landuse;

import java.util.Locale;
import java.util.Optional;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.MapUnits;
import org.fisherscope.io.RasterSource;

/**
 * The ground area of a raster's pixels, in hectares, when its pixel size and map units are known.
 *
 * <ul>
 *   <li>Linear units (metre, foot): every pixel has the map-plane area width × height. In a conformal
 *   projection such as UTM this differs from the ground area by the squared scale factor (UTM: under
 *   0.1 % inside a zone); no correction is made.</li>
 *   <li>Degrees: the exact area on the WGS 84 ellipsoid of the longitude–latitude cell, computed per row
 *   from that row's latitudes with the closed form of the authalic integral,
 *   A = (b²·Δλ/2)·[f(φ)] from φ_south to φ_north, f(φ) = sin φ/(1 − e² sin²φ) + artanh(e sin φ)/e. So a
 *   tall raster is not given one latitude's pixel area. The datum is taken to be WGS 84 (other modern
 *   ellipsoids differ by well under 0.01 % in area).</li>
 * </ul>
 */
public final class PixelArea {

    /** WGS 84 semi-major axis in metres. */
    public static final double WGS84_A = 6378137.0;
    /** WGS 84 flattening. */
    public static final double WGS84_F = 1 / 298.257223563;
    private static final double E2 = WGS84_F * (2 - WGS84_F);
    private static final double E = Math.sqrt(E2);
    private static final double B2 = WGS84_A * WGS84_A * (1 - E2);
    private static final double SQUARE_METRES_PER_HECTARE = 10_000;

    private final MapUnits units;
    private final RasterSource.GeoTransform transform;

    private PixelArea(MapUnits units, RasterSource.GeoTransform transform) {
        this.units = units;
        this.transform = transform;
    }

    /**
     * The pixel area of a grid of {@code rows} rows, or empty when the grid has no georeferencing, no
     * known unit, or degree coordinates that leave −90°…90°.
     */
    public static Optional<PixelArea> of(Optional<RasterSource.GeoTransform> transform, MapUnits units, int rows) {
        if (transform.isEmpty() || !(units.isLinear() || units == MapUnits.DEGREE)) {
            return Optional.empty();
        }
        RasterSource.GeoTransform t = transform.get();
        if (!(t.pixelWidth() > 0 && t.pixelHeight() > 0)) {
            return Optional.empty();
        }
        if (units == MapUnits.DEGREE && (t.originY() > 90 || t.originY() - rows * t.pixelHeight() < -90)) {
            return Optional.empty();
        }
        return Optional.of(new PixelArea(units, t));
    }

    /** Why a grid has no pixel area (the reverse of {@link #of}), for reports. */
    public static String unknownReason(Optional<RasterSource.GeoTransform> transform, MapUnits units) {
        if (transform.isEmpty()) {
            return "the rasters carry no georeferencing (GeoTIFF pixel scale), so the pixel size is unknown";
        }
        if (!(units.isLinear() || units == MapUnits.DEGREE)) {
            return "the rasters do not declare the unit of their pixel size (GeoTIFF GeoKeys: a geographic system in"
                    + " degrees, or a projected one in metres or feet)";
        }
        return "the georeferencing is not usable for areas (pixel size not positive, or latitudes beyond ±90°)";
    }

    public MapUnits units() {
        return units;
    }

    public RasterSource.GeoTransform transform() {
        return transform;
    }

    /** Hectares of one pixel of row {@code row} (row 0 at the top, the grid's origin). */
    public double hectares(int row) {
        if (units.isLinear()) {
            double m = units.metres();
            return transform.pixelWidth() * m * transform.pixelHeight() * m / SQUARE_METRES_PER_HECTARE;
        }
        double north = transform.originY() - row * transform.pixelHeight();
        double south = north - transform.pixelHeight();
        return cellSquareMetres(south, north, transform.pixelWidth()) / SQUARE_METRES_PER_HECTARE;
    }

    /**
     * The area in m² of the WGS 84 cell between latitudes {@code south} and {@code north} (degrees)
     * spanning {@code widthDegrees} of longitude.
     */
    public static double cellSquareMetres(double south, double north, double widthDegrees) {
        if (south < -90 || north > 90 || south > north) {
            throw new InvalidInputException(String.format(Locale.ROOT,
                    "latitudes %.6f to %.6f are not a band between −90° and 90°: are the map units really degrees?",
                    south, north));
        }
        double dLambda = Math.toRadians(widthDegrees);
        return B2 * dLambda / 2 * (authalic(Math.toRadians(north)) - authalic(Math.toRadians(south)));
    }

    private static double authalic(double phi) {
        double s = Math.sin(phi);
        return s / (1 - E2 * s * s) + atanh(E * s) / E;
    }

    private static double atanh(double x) {
        return 0.5 * Math.log1p(2 * x / (1 - x));
    }

    /** One line saying how the areas were computed, for reports. */
    public String method() {
        if (units.isLinear()) {
            return String.format(Locale.ROOT, "pixel %s × %s %s from the GeoTIFF pixel scale; map-plane area",
                    transform.pixelWidth(), transform.pixelHeight(), units.name().toLowerCase(Locale.ROOT));
        }
        return String.format(Locale.ROOT, "pixel %s° × %s° from the GeoTIFF pixel scale; exact WGS 84 ellipsoidal area"
                + " of each row's cells", transform.pixelWidth(), transform.pixelHeight());
    }
}
