package org.fisherscope.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.fisherscope.io.GeoTiffWriter;
import org.fisherscope.io.RasterSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 4: one Sentinel-2 tile year (10980 × 10980, 8-bit) must fit the default heap, holding no more
 * than two years as full-size objects. Two such years as GeoTIFFs (UTM 48 S, 10 m) go through the real
 * {@code landuse} command in a JVM of its own with a fixed {@value #HEAP} heap.
 *
 * <p>Why {@value #HEAP}: the pipeline holds one bit mask of the grid (15 MB), one int per provisional
 * cluster label (here 2.5 M labels, 10 MB, from 3 % scattered Built specks), two decoder bands of 256
 * rows and small per-year tables — about 50 MB live; the run succeeds at -Xmx64m and fails at 48m on
 * this machine. One year as bytes would be 120 MB and as ints 480 MB, so a 128 MB heap could not hold
 * even one full year: a regression to per-cell arrays fails here at once.
 */
class SentinelTileMemoryTest {

    static final String HEAP = "128m";
    static final int SIDE = 10980;
    private static final long TIMEOUT_SECONDS = 300;
    /** The same count over the same cell count: one division either side. */
    private static final double EXACT = 0;
    /** Relative: hectares are summed per row in double precision over 10980 rows. */
    private static final double AREA_SUM = 1e-9;

    @TempDir
    Path folder;

    /** Crops with tree stripes, sea in the north, Built blocks on a lattice plus 3 % scattered Built specks. */
    static int code(int year, int r, int c) {
        if (r < SIDE / 5) {
            return 1;
        }
        boolean block = r % 300 < 200 && c % 300 < 200 && (r / 300 + c / 300) % (year == 0 ? 7 : 4) == 0;
        long h = r * 0x9E3779B97F4A7C15L ^ c * 0xC2B2AE3D27D4EB4FL ^ year * 0x165667B19E3779F9L;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        h ^= h >>> 32;
        boolean speck = (h & 1023) < 30;
        return block || speck ? 7 : (r + c) / 500 % 6 == 0 ? 2 : 5;
    }

    @Test
    void twoTileYearsRunInAModestFixedHeap() throws Exception {
        long[][] built = new long[2][1];
        long stayedBuilt = 0;
        for (int year = 0; year < 2; year++) {
            int y = year;
            GeoTiffWriter.write(folder.resolve("tile_" + (2020 + year) + ".tif"), SIDE, SIDE, (r, out) -> {
                for (int c = 0; c < SIDE; c++) {
                    out[c] = code(y, r, c);
                    if (out[c] == 7) {
                        built[y][0]++;
                    }
                }
            }, new RasterSource.GeoTransform(600_000, 9_340_000, 10, 10), GeoTiffWriter.Crs.utm(48, true),
                    GeoTiffWriter.FASTEST);
        }
        for (int r = 0; r < SIDE; r++) {
            for (int c = 0; c < SIDE; c++) {
                if (code(0, r, c) == 7 && code(1, r, c) == 7) {
                    stayedBuilt++;
                }
            }
        }

        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx" + HEAP, "-Djava.awt.headless=true", "-cp", classPath, HeapProbe.class.getName(),
                "landuse", "--input", folder.toString(), "--json"));
        Path out = folder.resolve("out.json");
        Path err = folder.resolve("err.txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("the forked analysis took over " + TIMEOUT_SECONDS + " s");
        }
        String errors = Files.readString(err);
        assertEquals(0, process.exitValue(), errors);
        System.out.println("two 10980 × 10980 years with -Xmx" + HEAP + ": " + errors.replace('\n', ' '));

        JsonNode json = new ObjectMapper().readTree(out.toFile());
        double cells = (double) SIDE * SIDE;
        assertEquals(built[0][0] / cells, json.get("percolation").get(0).get("p").asDouble(), EXACT, "p counted here");
        assertEquals(built[1][0] / cells, json.get("percolation").get(1).get("p").asDouble(), EXACT);
        assertTrue(json.get("fractalDimension").get(1).get("df").isNumber());
        // 10 m pixels: 100 to the hectare.
        assertEquals(built[1][0] / 100.0, json.get("areaHectares").get(1).get("classes").get("Built area").asDouble(),
                AREA_SUM * built[1][0]);
        int b = 4;
        assertEquals(stayedBuilt, json.get("markov").get("pooledCounts").get(b).get(b).asLong());
        assertEquals(stayedBuilt / (double) built[0][0], json.get("markov").get("builtSelfRetention").asDouble(),
                EXACT);
    }
}
