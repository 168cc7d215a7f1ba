package org.fisherscope.io;

/**
 * The unit of a raster's map coordinates (and so of its pixel size), as its GeoTIFF keys declare it:
 * a linear unit with its length in metres, degrees of longitude and latitude, or unknown (no keys, or
 * keys this reader does not interpret).
 */
public enum MapUnits {
    METRE(1),
    /** The international foot. */
    FOOT(0.3048),
    US_SURVEY_FOOT(1200.0 / 3937),
    DEGREE(Double.NaN),
    UNKNOWN(Double.NaN);

    private final double metres;

    MapUnits(double metres) {
        this.metres = metres;
    }

    /** Length of one unit in metres; NaN for degrees and unknown units. */
    public double metres() {
        return metres;
    }

    /** Whether the unit is a length (metre or foot). */
    public boolean isLinear() {
        return Double.isFinite(metres);
    }
}
