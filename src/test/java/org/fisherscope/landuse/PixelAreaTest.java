package org.fisherscope.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.fisherscope.io.MapUnits;
import org.fisherscope.io.RasterSource.GeoTransform;
import org.junit.jupiter.api.Test;

class PixelAreaTest {

    /** Products and quotients of a few exact decimals. */
    private static final double EXACT = 1e-15;
    /** Relative: the closed form subtracts two O(1) values whose difference is ~1e-6 for a 10 m cell. */
    private static final double SMALL_CELL = 1e-9;
    /** Relative: composite Simpson with 2000 panels on a smooth integrand over 0.1°. */
    private static final double SIMPSON = 1e-12;

    private static final double A = PixelArea.WGS84_A;
    private static final double E2 = PixelArea.WGS84_F * (2 - PixelArea.WGS84_F);

    private static PixelArea area(MapUnits units, double originY, double width, double height, int rows) {
        return PixelArea.of(Optional.of(new GeoTransform(0, originY, width, height)), units, rows).orElseThrow();
    }

    @Test
    void tenMetrePixelsHoldAHectarePerHundred() {
        PixelArea ten = area(MapUnits.METRE, 9_300_000, 10, 10, 10980);
        assertEquals(0.01, ten.hectares(0), EXACT, "10 m × 10 m = 100 m² = 0.01 ha");
        assertEquals(1.0, 100 * ten.hectares(5000), EXACT);
        assertEquals(0.3048 * 0.3048 * 30 * 30 / 10_000, area(MapUnits.FOOT, 0, 30, 30, 1).hectares(0), EXACT);
    }

    @Test
    void aSmallDegreeCellAtTheEquatorIsTheLocalRectangle() {
        // At φ = 0 the meridian radius is M = a(1 − e²) and the prime-vertical radius N = a, so a cell of
        // Δφ × Δλ (radians) straddling nothing but the equator has area ≈ a²(1 − e²)·Δφ·Δλ, exact as Δ → 0.
        double d = 1e-4;
        PixelArea cell = area(MapUnits.DEGREE, d, d, d, 1);
        double rad = Math.toRadians(d);
        assertEquals(A * A * (1 - E2) * rad * rad, cell.hectares(0) * 10_000, A * A * rad * rad * SMALL_CELL);
    }

    @Test
    void aMidLatitudeCellMatchesNumericalIntegrationOfTheAreaElement() {
        // dA = M(φ)·N(φ)·cos φ dφ dλ on the ellipsoid, integrated by Simpson's rule: a second algorithm.
        double south = Math.toRadians(-6.08);
        double north = Math.toRadians(-5.98);
        int panels = 2000;
        double h = (north - south) / panels;
        double sum = 0;
        for (int k = 0; k <= panels; k++) {
            double phi = south + k * h;
            double w = k == 0 || k == panels ? 1 : k % 2 == 1 ? 4 : 2;
            double s2 = Math.sin(phi) * Math.sin(phi);
            double m = A * (1 - E2) / Math.pow(1 - E2 * s2, 1.5);
            double n = A / Math.sqrt(1 - E2 * s2);
            sum += w * m * n * Math.cos(phi);
        }
        double expected = sum * h / 3 * Math.toRadians(0.14);
        double closed = PixelArea.cellSquareMetres(-6.08, -5.98, 0.14);
        assertEquals(expected, closed, expected * SIMPSON);
        // The PIK2 box is ~15.5 km × 11.1 km: about 17 200 ha.
        assertEquals(17_200, closed / 10_000, 100);
    }

    @Test
    void theWholeEllipsoidHasItsPublishedArea() {
        // 180 one-degree bands, 360° wide, from the north pole down.
        PixelArea bands = area(MapUnits.DEGREE, 90, 360, 1, 180);
        double total = 0;
        for (int r = 0; r < 180; r++) {
            total += bands.hectares(r) * 10_000;
        }
        // WGS 84 surface area 510 065 621.724 km² (published to the m²·10³).
        assertEquals(510_065_621.724e6, total, 1e3);
    }

    @Test
    void unknownUnitsOrNoGeoreferencingGiveNoArea() {
        GeoTransform t = new GeoTransform(0, 0, 10, 10);
        assertTrue(PixelArea.of(Optional.empty(), MapUnits.METRE, 5).isEmpty());
        assertTrue(PixelArea.of(Optional.of(t), MapUnits.UNKNOWN, 5).isEmpty());
        assertTrue(PixelArea.unknownReason(Optional.of(t), MapUnits.UNKNOWN).contains("unit"));
        assertTrue(PixelArea.unknownReason(Optional.empty(), MapUnits.UNKNOWN).contains("georeferencing"));
        // Degrees that run past the pole are not degrees of latitude.
        assertTrue(PixelArea.of(Optional.of(new GeoTransform(500000, 9_300_000, 10, 10)), MapUnits.DEGREE, 5).isEmpty());
    }
}
