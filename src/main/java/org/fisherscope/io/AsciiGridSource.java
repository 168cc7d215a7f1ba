package org.fisherscope.io;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.fisherscope.geometry.InvalidInputException;

/**
 * An ESRI ASCII grid ({@code .asc}): a header of {@code ncols}, {@code nrows}, {@code xllcorner} or
 * {@code xllcenter}, {@code yllcorner} or {@code yllcenter}, {@code cellsize} and optionally
 * {@code NODATA_value}, then nrows lines of ncols integer codes, north first. No-data cells are read as
 * −1, which no legend uses.
 */
public final class AsciiGridSource implements RasterSource {

    /** The code no-data cells are read as. */
    public static final int NO_DATA = -1;

    private final Path file;
    private final BufferedReader reader;
    private final int width;
    private final int height;
    private final GeoTransform transform;
    private final Double noData;
    private int nextRow;
    private String pending;

    private AsciiGridSource(Path file, BufferedReader reader, Map<String, String> header, String firstDataLine) {
        this.file = file;
        this.reader = reader;
        this.width = positive(header, "ncols");
        this.height = positive(header, "nrows");
        double cell = number(header, "cellsize");
        boolean center = header.containsKey("xllcenter");
        double x = number(header, center ? "xllcenter" : "xllcorner") - (center ? cell / 2 : 0);
        double y = number(header, header.containsKey("yllcenter") ? "yllcenter" : "yllcorner")
                - (header.containsKey("yllcenter") ? cell / 2 : 0);
        this.transform = new GeoTransform(x, y + height * cell, cell, cell);
        this.noData = header.containsKey("nodata_value") ? number(header, "nodata_value") : null;
        this.pending = firstDataLine;
    }

    /** Opens a grid and reads its header; the data rows follow on demand. */
    public static AsciiGridSource open(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException(file + " does not exist or is not a file");
        }
        BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        Map<String, String> header = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            String trimmed = line.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("\\s+");
            if (parts.length == 2 && Character.isLetter(parts[0].charAt(0))) {
                header.put(parts[0].toLowerCase(Locale.ROOT), parts[1]);
            } else {
                break;
            }
        }
        try {
            return new AsciiGridSource(file, reader, header, line);
        } catch (RuntimeException e) {
            reader.close();
            throw e;
        }
    }

    private int positive(Map<String, String> header, String key) {
        double v = number(header, key);
        if (v < 1 || v != Math.rint(v) || v > Integer.MAX_VALUE) {
            throw new InvalidInputException(file.getFileName() + ": header " + key + " must be a whole number ≥ 1, got "
                    + header.get(key));
        }
        return (int) v;
    }

    private double number(Map<String, String> header, String key) {
        String text = header.get(key);
        if (text == null) {
            throw new InvalidInputException(file.getFileName() + ": the ASCII grid header lacks " + key
                    + " (needed: ncols, nrows, xllcorner/xllcenter, yllcorner/yllcenter, cellsize)");
        }
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            throw new InvalidInputException(file.getFileName() + ": header " + key + " is not a number: '" + text + "'");
        }
    }

    @Override
    public int width() {
        return width;
    }

    @Override
    public int height() {
        return height;
    }

    @Override
    public void readRow(int row, int[] out) throws IOException {
        if (row != nextRow) {
            throw new IllegalStateException("rows are read in order: expected " + nextRow + ", got " + row);
        }
        int filled = 0;
        while (filled < width) {
            String line = pending != null ? pending : reader.readLine();
            pending = null;
            if (line == null) {
                throw new InvalidInputException(file.getFileName() + " ends in row " + (row + 1) + " of " + height
                        + ": the file is truncated");
            }
            for (String token : line.trim().split("\\s+")) {
                if (token.isEmpty()) {
                    continue;
                }
                if (filled == width) {
                    throw new InvalidInputException(file.getFileName() + ": row " + (row + 1) + " has more than "
                            + width + " values");
                }
                double v;
                try {
                    v = Double.parseDouble(token);
                } catch (NumberFormatException e) {
                    throw new InvalidInputException(file.getFileName() + ": row " + (row + 1) + " holds '" + token
                            + "', not a class code");
                }
                out[filled++] = noData != null && v == noData ? NO_DATA : (int) v;
            }
        }
        nextRow++;
    }

    @Override
    public Optional<GeoTransform> geoTransform() {
        return Optional.of(transform);
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }
}
