package org.fisherscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import org.fisherscope.figure.LandUseFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The Land-use page analyses the shipped sample in the background and switches figures. */
class LandUseWorkspaceGuiTest extends FxRobot {

    /** The sample's analysis takes about a second here; this only bounds a broken test. */
    private static final long WAIT_SECONDS = 60;
    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(FisherscopeApp.class);
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void theLessonOpensInItsWorkspace() throws Exception {
        FxToolkit.cleanupApplication(app);
        FisherscopeApp.request = new org.fisherscope.cli.GuiRequest(java.util.Optional.empty(),
                java.util.Optional.of("pulse-of-enclosure"), java.util.Optional.empty());
        try {
            app = FxToolkit.setupApplication(FisherscopeApp.class);
            Label lesson = lookup("#landuseLesson").queryAs(Label.class);
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, lesson::isVisible);
            assertTrue(lesson.getText().startsWith("The pulse of enclosure"));
            @SuppressWarnings("unchecked")
            ListView<Workspace> navigation = lookup(".navigation").queryAs(ListView.class);
            assertEquals("landuse", navigation.getSelectionModel().getSelectedItem().id());
        } finally {
            FisherscopeApp.request = org.fisherscope.cli.GuiRequest.plain();
        }
    }

    @Test
    void theSampleLoadsAndEveryFigureShows() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Workspace> navigation = lookup(".navigation").queryAs(ListView.class);
        interact(() -> navigation.getSelectionModel().select(
                navigation.getItems().stream().filter(w -> w.id().equals("landuse")).findFirst().orElseThrow()));
        Label summary = lookup("#landuseSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> summary.getText().startsWith("peak velocity"));
        assertTrue(summary.getText().contains("2019–2020"), summary.getText());
        @SuppressWarnings("unchecked")
        ComboBox<LandUseFigure.View> views = lookup("#landuseViewChooser").queryAs(ComboBox.class);
        FigureCanvas canvas = lookup("#landuseCanvas").queryAs(FigureCanvas.class);
        for (LandUseFigure.View view : LandUseFigure.View.values()) {
            interact(() -> views.setValue(view));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(canvas.figureProperty().get().metadata().title().length() > 0);
            assertEquals("", lookup("#landuseError").queryAs(Label.class).getText(), view.id());
        }
    }
}
