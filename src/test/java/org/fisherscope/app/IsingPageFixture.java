package org.fisherscope.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.control.ListView;
import org.fisherscope.app.ising.IsingViewModel;
import org.fisherscope.app.ising.IsingWorkspace;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The app opened on the Ising page with an empty result cache, and closed after cancelling whatever still runs:
 * the set-up the Ising GUI tests share.
 */
abstract class IsingPageFixture extends FxRobot {

    /** The tests' series take seconds at most; this only bounds a broken test. */
    static final long WAIT_SECONDS = 120;

    private javafx.application.Application app;
    IsingWorkspace workspace;

    @BeforeEach
    void openTheIsingPage() throws Exception {
        deleteCache();
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(FisherscopeApp.class);
        @SuppressWarnings("unchecked")
        ListView<Workspace> navigation = lookup(".navigation").queryAs(ListView.class);
        workspace = (IsingWorkspace) navigation.getItems().stream().filter(w -> w.id().equals("ising")).findFirst()
                .orElseThrow();
        interact(() -> navigation.getSelectionModel().select(workspace));
    }

    @AfterEach
    void cancelAndClose() throws Exception {
        interact(() -> workspace.model().cancel());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !workspace.model().runningProperty().get());
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    static void deleteCache() throws Exception {
        Path cache = AppSettings.folder().resolve("ising-cache");
        if (Files.isDirectory(cache)) {
            try (Stream<Path> files = Files.walk(cache)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
    }

    IsingViewModel model() {
        return workspace.model();
    }
}
