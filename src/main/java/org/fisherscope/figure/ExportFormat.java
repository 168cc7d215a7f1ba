package org.fisherscope.figure;

import java.nio.file.Path;
import java.util.Locale;
import org.fisherscope.geometry.InvalidInputException;

/** The file formats a figure can be exported to, chosen by file extension. */
public enum ExportFormat {
    PNG, SVG, PDF;

    /** The extension without the dot, in lower case. */
    public String extension() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named by {@code file}'s extension, ignoring case.
     *
     * @throws InvalidInputException if the extension is not .png, .svg or .pdf
     */
    public static ExportFormat of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String extension = dot < 0 ? "" : text.substring(dot + 1).toLowerCase(Locale.ROOT);
        for (ExportFormat format : values()) {
            if (format.extension().equals(extension)) {
                return format;
            }
        }
        throw new InvalidInputException("cannot export to " + file
                + ": unknown file extension; accepted are .png, .svg, .pdf");
    }
}
