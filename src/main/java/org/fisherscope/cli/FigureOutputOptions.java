package org.fisherscope.cli;

import java.nio.file.Path;
import java.util.Locale;
import org.fisherscope.figure.ExportOptions;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine.Option;

/** The output options every {@code figure} subcommand shares. */
public final class FigureOutputOptions {

    @Option(names = "--out", required = true, paramLabel = "FILE",
            description = "Output file; the format follows the extension: .png, .svg or .pdf.")
    Path out;

    @Option(names = "--width", paramLabel = "PX", defaultValue = "1000",
            description = "Figure width in pixels of 1/96 inch. Default: ${DEFAULT-VALUE}.")
    int width;

    @Option(names = "--height", paramLabel = "PX", defaultValue = "640",
            description = "Figure height in pixels of 1/96 inch. Default: ${DEFAULT-VALUE}.")
    int height;

    @Option(names = "--dpi", paramLabel = "DPI", defaultValue = "192",
            description = "PNG resolution; 96 is the screen's. Default: ${DEFAULT-VALUE}.")
    int dpi;

    @Option(names = "--theme", paramLabel = "T", defaultValue = "light",
            description = "light or dark, as in the GUI's View menu. Default: ${DEFAULT-VALUE}.")
    String theme;

    ExportOptions exportOptions() {
        return new ExportOptions(width, height, dpi);
    }

    FigureTheme figureTheme() {
        return switch (theme.toLowerCase(Locale.ROOT)) {
            case "light" -> FigureTheme.LIGHT;
            case "dark" -> FigureTheme.DARK;
            default -> throw new InvalidInputException("--theme must be light or dark, got '" + theme + "'");
        };
    }

    String asArguments() {
        return ("light".equalsIgnoreCase(theme) ? "" : " --theme " + theme);
    }
}
