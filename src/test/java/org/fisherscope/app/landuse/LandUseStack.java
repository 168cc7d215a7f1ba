package org.fisherscope.app.landuse;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.fisherscope.io.GeoTiffWriter;

/**
 * A small seeded stack of yearly class maps for tests, written as GeoTIFFs or ASCII grids, and its
 * count tables counted here by hand (not by the engine): class counts per year and pooled transitions
 * between Markov classes, a pixel counting only if its code is a Markov class in both years.
 */
public final class LandUseStack {

    /** The Markov classes of the default legend; 10 (clouds) also appears and is outside them. */
    static final int[] MARKOV = {1, 2, 4, 5, 7, 8, 11};
    static final int CLOUDS = 10;
    static final double WEST = 106.63;
    static final double NORTH = -5.98;
    static final double PIXEL = 0.001;

    final int rows;
    final int columns;
    public final int[] years;
    final List<int[]> maps = new ArrayList<>();

    /** Each year about 8 % of pixels change class; Built stays Built; a few cloudy pixels come and go. */
    public LandUseStack(int rows, int columns, int firstYear, int yearCount, long seed) {
        this.rows = rows;
        this.columns = columns;
        this.years = new int[yearCount];
        Random random = new Random(seed);
        int[] map = new int[rows * columns];
        for (int i = 0; i < map.length; i++) {
            // Blocks of one class so that Built forms clusters with a boundary.
            int block = (i / columns / 6) * 100 + (i % columns) / 6;
            map[i] = MARKOV[Math.floorMod(Long.hashCode(block * 2654435761L + seed), MARKOV.length)];
        }
        for (int y = 0; y < yearCount; y++) {
            years[y] = firstYear + y;
            int[] next = map.clone();
            if (y > 0) {
                for (int i = 0; i < next.length; i++) {
                    if (next[i] == CLOUDS) {
                        next[i] = MARKOV[random.nextInt(MARKOV.length)];
                    } else if (next[i] != 7 && random.nextDouble() < 0.08) {
                        next[i] = random.nextDouble() < 0.4 ? 7 : MARKOV[random.nextInt(MARKOV.length)];
                    } else if (random.nextDouble() < 0.01) {
                        next[i] = CLOUDS;
                    }
                }
            }
            maps.add(next);
            map = next;
        }
    }

    /** Writes one GeoTIFF per year ({@code lulc_YEAR.tif}) and returns the files in year order. */
    public List<Path> writeTiffs(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int y = 0; y < years.length; y++) {
            Path f = folder.resolve("lulc_" + years[y] + ".tif");
            GeoTiffWriter.write(f, maps.get(y), rows, columns, WEST, NORTH, PIXEL, PIXEL);
            files.add(f);
        }
        return files;
    }

    /** Writes one ESRI ASCII grid per year of the window (col, row, width, height) of the maps. */
    public List<Path> writeAsciiWindow(Path folder, int col, int row, int width, int height) throws IOException {
        List<Path> files = new ArrayList<>();
        for (int y = 0; y < years.length; y++) {
            Path f = folder.resolve("crop_" + years[y] + ".asc");
            try (Writer w = Files.newBufferedWriter(f, StandardCharsets.US_ASCII)) {
                w.write("ncols " + width + "\nnrows " + height + "\nxllcorner 0\nyllcorner 0\ncellsize 1\n");
                for (int r = row; r < row + height; r++) {
                    StringBuilder line = new StringBuilder();
                    for (int c = col; c < col + width; c++) {
                        line.append(c > col ? " " : "").append(maps.get(y)[r * columns + c]);
                    }
                    w.write(line.append('\n').toString());
                }
            }
            files.add(f);
        }
        return files;
    }

    /** Writes the whole maps as ESRI ASCII grids ({@code grid_YEAR.asc}). */
    public List<Path> writeAscii(Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path f : writeAsciiWindow(folder, 0, 0, columns, rows)) {
            Path renamed = f.resolveSibling(f.getFileName().toString().replace("crop_", "grid_"));
            Files.move(f, renamed);
            files.add(renamed);
        }
        return files;
    }

    /** {@code year,class,count} for every code present. */
    public Path writeCounts(Path file) throws IOException {
        StringBuilder s = new StringBuilder("# class counts of the test stack\nyear,class,count\n");
        for (int y = 0; y < years.length; y++) {
            Map<Integer, Long> counts = new TreeMap<>();
            for (int code : maps.get(y)) {
                counts.merge(code, 1L, Long::sum);
            }
            for (Map.Entry<Integer, Long> e : counts.entrySet()) {
                s.append(years[y]).append(',').append(e.getKey()).append(',').append(e.getValue()).append('\n');
            }
        }
        Files.writeString(file, s);
        return file;
    }

    /** {@code from,to,count} pooled over the periods, Markov classes in both years only. */
    public Path writeTransitions(Path file) throws IOException {
        long[][] counts = pooledTransitions();
        StringBuilder s = new StringBuilder("from,to,count\n");
        for (int a = 0; a < MARKOV.length; a++) {
            for (int b = 0; b < MARKOV.length; b++) {
                if (counts[a][b] > 0) {
                    s.append(MARKOV[a]).append(',').append(MARKOV[b]).append(',').append(counts[a][b]).append('\n');
                }
            }
        }
        Files.writeString(file, s);
        return file;
    }

    /** Pooled transition counts in the order of {@link #MARKOV}. */
    long[][] pooledTransitions() {
        long[][] counts = new long[MARKOV.length][MARKOV.length];
        for (int y = 1; y < years.length; y++) {
            for (int i = 0; i < rows * columns; i++) {
                int a = indexOf(maps.get(y - 1)[i]);
                int b = indexOf(maps.get(y)[i]);
                if (a >= 0 && b >= 0) {
                    counts[a][b]++;
                }
            }
        }
        return counts;
    }

    /** Commons / Agrarian / Capital shares of a year, counted here. */
    public double[] shares(int yearIndex) {
        double commons = 0;
        double agrarian = 0;
        double capital = 0;
        for (int code : maps.get(yearIndex)) {
            switch (code) {
                case 2, 4, 11 -> commons++;
                case 5 -> agrarian++;
                case 7, 8 -> capital++;
                default -> { }
            }
        }
        double total = commons + agrarian + capital;
        return new double[] {commons / total, agrarian / total, capital / total};
    }

    private static int indexOf(int code) {
        for (int k = 0; k < MARKOV.length; k++) {
            if (MARKOV[k] == code) {
                return k;
            }
        }
        return -1;
    }
}
