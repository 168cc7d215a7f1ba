package org.fisherscope.app.ising;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Properties;
import org.fisherscope.figure.AtomicFiles;
import org.fisherscope.ising.CurvaturePoint;

/**
 * Curvature results on disk, one small properties file per (L, K, source key): the source key names the method
 * and everything that decides its numbers (sweeps, seeds, first seed, algorithm), so a hit is exactly what a new
 * computation would give. Files are written through a temporary file moved into place; a missing, unreadable
 * or mismatched file is a miss, never an error.
 */
final class CurvatureCache {

    /** Bumped when the file layout or the meaning of a key changes: older files then miss. */
    static final String FORMAT = "1";

    private final Path folder;

    CurvatureCache(Path folder) {
        this.folder = folder;
    }

    Path folder() {
        return folder;
    }

    /** The identity of a result: lattice size, coupling at full precision, source key. */
    static String key(int size, double coupling, String sourceKey) {
        return "L=" + size + " K=" + Double.toString(coupling) + " " + sourceKey;
    }

    Path file(int size, double coupling, String sourceKey) {
        return folder.resolve("L" + size + "-" + digest(key(size, coupling, sourceKey)) + ".properties");
    }

    Optional<CurvaturePoint> read(int size, double coupling, String sourceKey) {
        Path file = file(size, coupling, sourceKey);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (InputStream in = Files.newInputStream(file)) {
            p.load(in);
            if (!FORMAT.equals(p.getProperty("format")) || !key(size, coupling, sourceKey).equals(p.getProperty("key"))) {
                return Optional.empty();
            }
            return Optional.of(new CurvaturePoint(Integer.parseInt(p.getProperty("L")), number(p, "K"), number(p, "R"),
                    number(p, "R1"), number(p, "R2"), number(p, "R3"), number(p, "R4"), number(p, "A"), number(p, "B"),
                    p.getProperty("method"), number(p, "error"), number(p, "seconds"), number(p, "tauInt")));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void write(CurvaturePoint point, String sourceKey) throws IOException {
        Files.createDirectories(folder);
        Properties p = new Properties();
        p.setProperty("format", FORMAT);
        p.setProperty("key", key(point.size(), point.coupling(), sourceKey));
        p.setProperty("L", Integer.toString(point.size()));
        put(p, "K", point.coupling());
        put(p, "R", point.r());
        put(p, "R1", point.r1());
        put(p, "R2", point.r2());
        put(p, "R3", point.r3());
        put(p, "R4", point.r4());
        put(p, "A", point.a());
        put(p, "B", point.b());
        p.setProperty("method", point.method());
        put(p, "error", point.error());
        put(p, "seconds", point.seconds());
        put(p, "tauInt", point.tauInt());
        AtomicFiles.write(file(point.size(), point.coupling(), sourceKey), out -> p.store(out, "Fisherscope Ising curvature"));
    }

    // Double.toString reads back to the same double (NaN included), so a hit equals the computed point.
    private static void put(Properties p, String name, double value) {
        p.setProperty(name, Double.toString(value));
    }

    private static double number(Properties p, String name) {
        String text = p.getProperty(name);
        if (text == null) {
            throw new IllegalArgumentException("no " + name);
        }
        return Double.parseDouble(text);
    }

    private static String digest(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
