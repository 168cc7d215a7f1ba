package org.fisherscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppSettingsTest {

    @TempDir
    Path folder;
    private String previous;

    @BeforeEach
    void pointAtTempFile() {
        previous = System.getProperty("fisherscope.settings");
        System.setProperty("fisherscope.settings", folder.resolve("sub/settings.properties").toString());
    }

    @AfterEach
    void restore() {
        if (previous == null) {
            System.clearProperty("fisherscope.settings");
        } else {
            System.setProperty("fisherscope.settings", previous);
        }
    }

    @Test
    void savedValuesComeBackAndNoTemporaryFileRemains() throws Exception {
        AppSettings settings = AppSettings.load();
        settings.put(AppSettings.THEME, "dark");
        settings.put(AppSettings.WINDOW_WIDTH, "1111.0");
        assertTrue(settings.save());
        AppSettings again = AppSettings.load();
        assertEquals("dark", again.get(AppSettings.THEME).orElseThrow());
        assertEquals(1111.0, again.getDouble(AppSettings.WINDOW_WIDTH, 0), 0);
        try (var files = Files.list(folder.resolve("sub"))) {
            assertEquals(1, files.count(), "only the settings file");
        }
    }

    @Test
    void aDamagedFileGivesDefaults() throws Exception {
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/settings.properties"), "window.width=wide\n\\u12");
        AppSettings settings = AppSettings.load();
        assertEquals(800, settings.getDouble(AppSettings.WINDOW_WIDTH, 800), 0);
    }
}
