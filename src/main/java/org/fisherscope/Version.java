package org.fisherscope;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The Fisherscope version, read from the resource that Maven filters at build time. */
public final class Version {
    private static final String VERSION = load();

    private Version() {
    }

    /** The version string, e.g. {@code 0.1.0-SNAPSHOT}. */
    public static String get() {
        return VERSION;
    }

    private static String load() {
        try (InputStream in = Version.class.getResourceAsStream("/org/fisherscope/fisherscope.properties")) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
