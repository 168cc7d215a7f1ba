package org.fisherscope.figure;

import org.fisherscope.geometry.InvalidInputException;

/**
 * Size and resolution of an exported figure.
 *
 * <p>{@code width} and {@code height} are the figure size in CSS pixels (1/96 inch), the units
 * {@link Figure#draw} works in. A PNG is rasterised at {@code dpi}: its pixel size is the figure
 * size × dpi/96, so 1000 × 700 at 144 dpi gives 1500 × 1050 pixels. SVG keeps the size in CSS
 * pixels and ignores dpi; a PDF page is the same physical size (1 CSS pixel = 0.75 point).
 *
 * @param width figure width in CSS pixels, {@value #MIN_SIZE} to {@value #MAX_SIZE}
 * @param height figure height in CSS pixels, {@value #MIN_SIZE} to {@value #MAX_SIZE}
 * @param dpi PNG resolution in dots per inch, {@value #MIN_DPI} to {@value #MAX_DPI}
 */
public record ExportOptions(int width, int height, int dpi) {

    /** Smallest side: below this no axis, label and plot fit together. */
    public static final int MIN_SIZE = 16;
    /** Largest side in CSS pixels: about 5.3 m, far beyond any poster. */
    public static final int MAX_SIZE = 20_000;
    /** Lowest resolution; below it text is unreadable. */
    public static final int MIN_DPI = 24;
    /** Highest resolution; print needs at most 600, 1200 leaves headroom. */
    public static final int MAX_DPI = 1_200;
    /** Largest PNG side in pixels. */
    public static final int MAX_PNG_SIDE = 20_000;
    /** Largest PNG area in pixels: the RGB raster needs 4 bytes a pixel, here 400 MB of heap. */
    public static final long MAX_PNG_PIXELS = 100_000_000L;

    /** CSS pixels per inch: the CSS reference pixel is 1/96 inch. */
    public static final double CSS_PIXELS_PER_INCH = 96.0;

    /** 1000 × 700 CSS pixels at 144 dpi (a 1500 × 1050 PNG). */
    public static final ExportOptions DEFAULT = new ExportOptions(1000, 700, 144);

    public ExportOptions {
        checkRange("width", width, MIN_SIZE, MAX_SIZE, " CSS pixels (1/96 inch)");
        checkRange("height", height, MIN_SIZE, MAX_SIZE, " CSS pixels (1/96 inch)");
        checkRange("dpi", dpi, MIN_DPI, MAX_DPI, "");
    }

    /** PNG width in pixels: width × dpi/96, rounded. */
    public int pngWidth() {
        return (int) Math.round(width * (dpi / CSS_PIXELS_PER_INCH));
    }

    /** PNG height in pixels: height × dpi/96, rounded. */
    public int pngHeight() {
        return (int) Math.round(height * (dpi / CSS_PIXELS_PER_INCH));
    }

    /**
     * Checks that a PNG at these options stays within {@link #MAX_PNG_SIDE} a side and
     * {@link #MAX_PNG_PIXELS} in all, which the record itself cannot know is wanted.
     *
     * @throws InvalidInputException naming the pixel size and what is accepted
     */
    public void checkPngSize() {
        int w = pngWidth();
        int h = pngHeight();
        if (w > MAX_PNG_SIDE || h > MAX_PNG_SIDE || (long) w * h > MAX_PNG_PIXELS) {
            throw new InvalidInputException("a PNG of " + width + " x " + height + " CSS pixels at "
                    + dpi + " dpi would be " + w + " x " + h + " pixels; accepted are at most "
                    + MAX_PNG_SIDE + " pixels a side and " + MAX_PNG_PIXELS
                    + " pixels in all; lower --dpi or the size, or export SVG or PDF");
        }
    }

    private static void checkRange(String name, int value, int min, int max, String unit) {
        if (value < min || value > max) {
            throw new InvalidInputException(name + " must be from " + min + " to " + max + unit
                    + "; got " + value);
        }
    }
}
