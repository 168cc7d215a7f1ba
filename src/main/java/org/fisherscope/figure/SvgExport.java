package org.fisherscope.figure;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.jfree.svg.SVGGraphics2D;
import org.jfree.svg.ViewBox;

/**
 * Draws a figure as an SVG document with JFreeSVG. The document is {@code width} × {@code height}
 * CSS pixels with a matching viewBox (so it scales when embedded), keeps text as {@code <text>}
 * (searchable, selectable), and carries the figure's metadata in {@code <title>}, {@code <desc>}
 * and {@code <metadata>} right after the opening {@code <svg>} tag.
 */
public final class SvgExport {

    private SvgExport() {
    }

    /**
     * The complete SVG document (UTF-8 declared). It has no DOCTYPE, so XML parsers need not
     * fetch the SVG DTD from the network to read it.
     */
    public static String document(Figure figure, ExportOptions options) {
        SVGGraphics2D g = new SVGGraphics2D(options.width(), options.height());
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        figure.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        String element = g.getSVGElement(null, true,
                new ViewBox(0, 0, options.width(), options.height()), null, null);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + withMetadata(element, figure.metadata());
    }

    // JFreeSVG has no API for title/desc/metadata, so they go in after the root's opening tag.
    static String withMetadata(String svgElement, FigureMetadata meta) {
        int start = svgElement.indexOf("<svg");
        int end = start < 0 ? -1 : svgElement.indexOf('>', start);
        if (end < 0) {
            throw new IllegalStateException("JFreeSVG produced no <svg> element");
        }
        String head = "<title>" + Xml.escape(meta.title()) + "</title>"
                + "<desc>" + Xml.escape(meta.description()) + "</desc>"
                + "<metadata>" + Xml.escape(meta.text()) + "</metadata>";
        return svgElement.substring(0, end + 1) + head + svgElement.substring(end + 1);
    }
}
