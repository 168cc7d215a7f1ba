package org.fisherscope.app.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.fisherscope.ising.CurvaturePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CurvatureCacheTest {

    @TempDir
    Path folder;

    private static final String KEY = "mcmc-wolff sweeps=2000 seeds=4 seed=1";
    private static final double K = 0.44068679350977147;

    @Test
    void aWrittenPointReadsBackBitForBit() throws Exception {
        CurvatureCache cache = new CurvatureCache(folder.resolve("cache"));
        CurvaturePoint p = CurvaturePoint.fromAB(8, K, 6020.377777777771, 1237.4612345, "mcmc-wolff", 22.713,
                1.4567, 0.8612);
        cache.write(p, KEY);
        assertEquals(p, cache.read(8, K, KEY).orElseThrow());
        CurvaturePoint exact = CurvaturePoint.fromAB(5, K, 2000.1, 215.3, "enumeration", Double.NaN, 0.2, Double.NaN);
        cache.write(exact, "exact");
        CurvaturePoint back = cache.read(5, K, "exact").orElseThrow();
        assertTrue(Double.isNaN(back.error()) && back.exact());
        assertEquals(exact.r(), back.r(), 0);
        try (Stream<Path> files = Files.list(folder.resolve("cache"))) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().endsWith(".properties")), "no temporary files left");
        }
    }

    @Test
    void anyDifferenceInTheKeyIsAMiss() throws Exception {
        CurvatureCache cache = new CurvatureCache(folder);
        cache.write(CurvaturePoint.fromAB(8, K, 6000, 1200, "mcmc-wolff", 20, 1, 1), KEY);
        assertTrue(cache.read(8, K, KEY).isPresent());
        assertTrue(cache.read(10, K, KEY).isEmpty());
        assertTrue(cache.read(8, Math.nextUp(K), KEY).isEmpty());
        assertTrue(cache.read(8, K, "mcmc-wolff sweeps=2000 seeds=4 seed=2").isEmpty());
    }

    @Test
    void aDamagedFileIsAMissNotAnError() throws Exception {
        CurvatureCache cache = new CurvatureCache(folder);
        CurvaturePoint p = CurvaturePoint.fromAB(4, K, 1600, 450, "mcmc-wolff", 5, 1, 1);
        cache.write(p, KEY);
        Files.writeString(cache.file(4, K, KEY), "format=1\nkey=L\\=4 K\\=" + K + " " + KEY + "\nR=oops\n");
        assertTrue(cache.read(4, K, KEY).isEmpty());
        Files.writeString(cache.file(4, K, KEY), "\u0000\u0001 not a properties file");
        assertTrue(cache.read(4, K, KEY).isEmpty());
        cache.write(p, KEY);
        assertEquals(p, cache.read(4, K, KEY).orElseThrow());
    }
}
