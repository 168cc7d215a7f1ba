package org.fisherscope.figure;

import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import org.jfree.pdf.PDFDocument;
import org.jfree.pdf.PDFGraphics2D;
import org.jfree.pdf.PDFHints;
import org.jfree.pdf.Page;

/**
 * Draws a figure as a one-page PDF with OrsonPDF (JFreePDF).
 *
 * <p>The page has the figure's physical size: 1 CSS pixel = 1/96 inch = 0.75 point, rounded to
 * whole points because OrsonPDF flips the y axis by the page height truncated to an integer;
 * the drawing is scaled per axis to fill the page exactly. Text is drawn as glyph outlines,
 * because OrsonPDF's text mode maps every font to the standard Type 1 fonts, which cannot show
 * Greek letters and measure differently from the font the layout was made with.
 *
 * <p>OrsonPDF can set only the title and author, and writes them unescaped, so both are passed
 * through {@link PdfInfo#literalBody}; the full metadata (subject, creator, command line,
 * conventions) is added by {@link PdfInfo#appendInfo} as a standard incremental update.
 */
public final class PdfExport {

    /** Points per CSS pixel: 72 points and 96 CSS pixels are both one inch. */
    public static final double POINTS_PER_CSS_PIXEL = 72.0 / 96.0;

    private PdfExport() {
    }

    /** Page width in points for these options. */
    public static long pageWidth(ExportOptions options) {
        return Math.round(options.width() * POINTS_PER_CSS_PIXEL);
    }

    /** Page height in points for these options. */
    public static long pageHeight(ExportOptions options) {
        return Math.round(options.height() * POINTS_PER_CSS_PIXEL);
    }

    /** The complete PDF file. */
    public static byte[] bytes(Figure figure, ExportOptions options) {
        FigureMetadata meta = figure.metadata();
        PDFDocument document = new PDFDocument();
        document.setTitle(PdfInfo.literalBody(meta.title()));
        document.setAuthor(PdfInfo.literalBody(meta.software()));
        long pageWidth = pageWidth(options);
        long pageHeight = pageHeight(options);
        Page page = document.createPage(new Rectangle2D.Double(0, 0, pageWidth, pageHeight));
        PDFGraphics2D g = page.getGraphics2D();
        g.setRenderingHint(PDFHints.KEY_DRAW_STRING_TYPE, PDFHints.VALUE_DRAW_STRING_TYPE_VECTOR);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.scale((double) pageWidth / options.width(), (double) pageHeight / options.height());
        figure.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        return PdfInfo.appendInfo(document.getPDFBytes(), meta);
    }
}
