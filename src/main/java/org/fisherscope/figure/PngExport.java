package org.fisherscope.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Rasterises a figure to PNG at the options' dpi, on white, with antialiasing. The file records
 * its resolution (pHYs) and the figure's metadata as text chunks: Title, Description, Software
 * and Comment (command line and conventions). Latin-1 text goes into tEXt chunks; text outside
 * Latin-1 (Greek letters, say) into UTF-8 iTXt chunks, since tEXt cannot hold it.
 */
public final class PngExport {

    private static final String NATIVE_FORMAT = "javax_imageio_png_1.0";
    private static final double METRES_PER_INCH = 0.0254;

    private PngExport() {
    }

    /**
     * Draws the figure into a white RGB image of {@link ExportOptions#pngWidth()} ×
     * {@link ExportOptions#pngHeight()} pixels.
     *
     * @throws org.fisherscope.geometry.InvalidInputException if that image would be too large
     */
    public static BufferedImage render(Figure figure, ExportOptions options) {
        options.checkPngSize();
        int w = options.pngWidth();
        int h = options.pngHeight();
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // Per-axis scale from the rounded pixel size, so the drawing fills the raster exactly.
            g.scale((double) w / options.width(), (double) h / options.height());
            figure.draw(g, new Rectangle2D.Double(0, 0, options.width(), options.height()));
        } finally {
            g.dispose();
        }
        return image;
    }

    /** Renders the figure and writes it as PNG with resolution and text metadata to {@code out}. */
    public static void write(Figure figure, ExportOptions options, OutputStream out) throws IOException {
        BufferedImage image = render(figure, options);
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("png");
        if (!writers.hasNext()) {
            throw new IOException("this Java runtime has no PNG writer");
        }
        ImageWriter writer = writers.next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata metadata = writer.getDefaultImageMetadata(
                    ImageTypeSpecifier.createFromRenderedImage(image), param);
            metadata.mergeTree(NATIVE_FORMAT, metadataTree(figure.metadata(), options.dpi()));
            // Memory cache: ImageIO's default may put a cache file in java.io.tmpdir.
            try (ImageOutputStream stream = new MemoryCacheImageOutputStream(out)) {
                writer.setOutput(stream);
                writer.write(null, new IIOImage(image, null, metadata), param);
            }
        } finally {
            writer.dispose();
        }
    }

    private static IIOMetadataNode metadataTree(FigureMetadata meta, int dpi) {
        IIOMetadataNode root = new IIOMetadataNode(NATIVE_FORMAT);
        IIOMetadataNode phys = new IIOMetadataNode("pHYs");
        String perMetre = Long.toString(Math.round(dpi / METRES_PER_INCH));
        phys.setAttribute("pixelsPerUnitXAxis", perMetre);
        phys.setAttribute("pixelsPerUnitYAxis", perMetre);
        phys.setAttribute("unitSpecifier", "meter");
        root.appendChild(phys);

        IIOMetadataNode latin = new IIOMetadataNode("tEXt");
        IIOMetadataNode unicode = new IIOMetadataNode("iTXt");
        addText(latin, unicode, "Title", meta.title());
        addText(latin, unicode, "Description", meta.description());
        addText(latin, unicode, "Software", meta.software());
        addText(latin, unicode, "Comment", comment(meta));
        // The PNG metadata format rejects empty tEXt/iTXt nodes.
        if (latin.getLength() > 0) {
            root.appendChild(latin);
        }
        if (unicode.getLength() > 0) {
            root.appendChild(unicode);
        }
        return root;
    }

    private static String comment(FigureMetadata meta) {
        StringBuilder text = new StringBuilder();
        if (!meta.commandLine().isBlank()) {
            text.append("command: ").append(meta.commandLine().strip());
        }
        for (String convention : meta.conventions()) {
            text.append(text.length() == 0 ? "" : "\n").append("convention: ").append(convention);
        }
        return text.toString();
    }

    private static void addText(IIOMetadataNode latin, IIOMetadataNode unicode, String keyword, String value) {
        if (value.isEmpty()) {
            return;
        }
        if (StandardCharsets.ISO_8859_1.newEncoder().canEncode(value)) {
            IIOMetadataNode entry = new IIOMetadataNode("tEXtEntry");
            entry.setAttribute("keyword", keyword);
            entry.setAttribute("value", value);
            latin.appendChild(entry);
        } else {
            IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
            entry.setAttribute("keyword", keyword);
            entry.setAttribute("compressionFlag", "FALSE");
            entry.setAttribute("compressionMethod", "0");
            entry.setAttribute("languageTag", "");
            entry.setAttribute("translatedKeyword", "");
            entry.setAttribute("text", value);
            unicode.appendChild(entry);
        }
    }
}
