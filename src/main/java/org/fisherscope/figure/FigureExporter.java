package org.fisherscope.figure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Exports a {@link Figure} to PNG, SVG or PDF, chosen by the file extension. Every format draws
 * through {@link Figure#draw} and embeds the figure's {@link FigureMetadata}; every file is
 * written through {@link AtomicFiles}, so a failed export leaves an existing file untouched.
 */
public final class FigureExporter {

    private FigureExporter() {
    }

    /**
     * Writes {@code figure} to {@code target}. All checks (extension, sizes, folder) happen
     * before anything is written.
     *
     * @throws InvalidInputException for an unknown extension, a PNG too large, or a missing folder
     * @throws IOException if writing fails
     */
    public static void export(Figure figure, Path target, ExportOptions options) throws IOException {
        ExportFormat format = ExportFormat.of(target);
        switch (format) {
            case PNG -> {
                options.checkPngSize();
                AtomicFiles.write(target, out -> PngExport.write(figure, options, out));
            }
            case SVG -> {
                byte[] svg = SvgExport.document(figure, options).getBytes(StandardCharsets.UTF_8);
                AtomicFiles.write(target, out -> out.write(svg));
            }
            case PDF -> {
                byte[] pdf = PdfExport.bytes(figure, options);
                AtomicFiles.write(target, out -> out.write(pdf));
            }
            default -> throw new IllegalStateException("unhandled format " + format);
        }
    }
}
