package org.fisherscope.figure;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;

/**
 * A plot drawn once through {@link Graphics2D}. The screen and every exporter (PNG, SVG, PDF) call
 * the same {@link #draw} method, so what a user exports is exactly what they see.
 */
public interface Figure {

    /**
     * Draws the whole figure into {@code area}, whose units are CSS pixels (1/96 inch) in the
     * coordinate system of {@code g}; exporters scale {@code g} for their resolution or page.
     * Implementations must not assume a raster device and must leave {@code g}'s transform and
     * clip as they found them.
     */
    void draw(Graphics2D g, Rectangle2D area);

    /** What made this figure: title, parameters, conventions, version and command line. */
    FigureMetadata metadata();
}
