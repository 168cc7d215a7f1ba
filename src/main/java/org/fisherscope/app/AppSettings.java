package org.fisherscope.app;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.Properties;

/**
 * What the app remembers between runs: window size, theme and the last folders used. Kept as a
 * small properties file ({@code ~/.config/fisherscope/settings.properties}, or the path in the
 * system property {@code fisherscope.settings}) written to a temporary file and moved into place,
 * so a crash never leaves a half-written file.
 */
public final class AppSettings {

    public static final String WINDOW_WIDTH = "window.width";
    public static final String WINDOW_HEIGHT = "window.height";
    public static final String WINDOW_MAXIMIZED = "window.maximized";
    public static final String THEME = "theme";
    public static final String WORKSPACE = "workspace";
    public static final String EXPORT_FOLDER = "folder.export";

    private final Path file;
    private final Properties properties = new Properties();

    private AppSettings(Path file) {
        this.file = file;
    }

    /** Loads the settings; an unreadable or missing file gives the defaults. */
    public static AppSettings load() {
        Path file = file();
        AppSettings settings = new AppSettings(file);
        if (Files.isRegularFile(file)) {
            try (InputStream in = Files.newInputStream(file)) {
                settings.properties.load(in);
            } catch (IOException | IllegalArgumentException e) {
                settings.properties.clear();
            }
        }
        return settings;
    }

    /** The settings file: the system property {@code fisherscope.settings}, else the one in the user's config folder. */
    static Path file() {
        String override = System.getProperty("fisherscope.settings");
        return override != null ? Path.of(override)
                : Path.of(System.getProperty("user.home"), ".config", "fisherscope", "settings.properties");
    }

    /** The folder holding the settings file, where caches live too. */
    public static Path folder() {
        Path parent = file().toAbsolutePath().getParent();
        return parent == null ? Path.of(".").toAbsolutePath() : parent;
    }

    public Optional<String> get(String key) {
        return Optional.ofNullable(properties.getProperty(key));
    }

    public double getDouble(String key, double fallback) {
        try {
            double v = Double.parseDouble(properties.getProperty(key, ""));
            return Double.isFinite(v) ? v : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    public void put(String key, String value) {
        properties.setProperty(key, value);
    }

    /** Writes the settings; failure to save is not worth interrupting the user for, so it is reported back. */
    public boolean save() {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Path temp = Files.createTempFile(file.toAbsolutePath().getParent(), ".settings", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                properties.store(out, "Fisherscope settings");
            }
            try {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
