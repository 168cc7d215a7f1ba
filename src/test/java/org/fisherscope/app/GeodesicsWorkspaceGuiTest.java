package org.fisherscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.fisherscope.figure.GeodesicFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real main window: drag an end point, type a point, and watch the numbers follow. */
class GeodesicsWorkspaceGuiTest extends FxRobot {

    /** Background solves finish in milliseconds; this only bounds a broken test. */
    private static final long WAIT_SECONDS = 15;

    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(FisherscopeApp.class);
        waitForDistance();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private String distance() {
        return lookup("#distanceLabel").queryAs(Label.class).getText();
    }

    private void waitForDistance() throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !distance().isEmpty());
    }

    @Test
    void startsWithTheReferenceGeodesic() {
        // REFERENCE.md: d((−1, 0.5), (2, 1.5)) = 3.142254915.
        assertTrue(distance().startsWith("3.14225491"), distance());
    }

    @Test
    void draggingEndPointBChangesTheDistance() throws Exception {
        String before = distance();
        FigureCanvas canvas = lookup("#geodesicCanvas").queryAs(FigureCanvas.class);
        GeodesicFigure figure = (GeodesicFigure) canvas.figureProperty().get();
        Point2D handle = figure.mapping().orElseThrow().toDrawing(figure.scene().geodesic().to());
        javafx.geometry.Point2D screen = canvas.localToScreen(handle.getX(), handle.getY());
        drag(screen, MouseButton.PRIMARY).moveBy(-60, 50).moveBy(-20, 10).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !distance().equals(before));
        assertNotEquals(before, distance());
        String typed = lookup("#toField").queryAs(TextField.class).getText();
        assertNotEquals("2.0, 1.5", typed, "the dragged point is written back into the field");
    }

    @Test
    void typingAnInvalidPointExplainsAndKeepsTheGeodesic() throws Exception {
        String before = distance();
        TextField to = lookup("#toField").queryAs(TextField.class);
        clickOn(to).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("0, -1").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> !lookup("#errorLabel").queryAs(Label.class).getText().isEmpty());
        assertTrue(lookup("#errorLabel").queryAs(Label.class).getText().contains("sigma"));
        assertEquals(before, distance());
    }

    @Test
    void gammaWithTheEAndMGeodesicsShowsLongerCurvesAndKl() throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> chooser = lookup("#familyChooser").queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> chooser.getSelectionModel().select(
                org.fisherscope.app.geodesics.FamilyChoice.GAMMA));
        // The numerical Fisher–Rao distance Gamma(0.7, 2) → Gamma(2, 3), as on the command line.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> distance().startsWith("1.70547967"));
        clickOn("#eBox");
        clickOn("#mBox");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> lookup("#lengthsLabel").queryAs(Label.class).getText().contains("m: length"));
        String lengths = lookup("#lengthsLabel").queryAs(Label.class).getText();
        for (String line : lengths.split("\\R")) {
            double length = Double.parseDouble(line.substring(line.indexOf("length") + 7).trim());
            assertTrue(length > 1.7054796700, "every other connection's curve is longer: " + line);
        }
        assertTrue(lookup("#klLabel").queryAs(Label.class).getText().startsWith("KL(A‖B) = 1.90276"));
    }

    @Test
    void aLessonSetsUpItsPresetAndExplains() throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> lessons = lookup("#lessonChooser").queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> lessons.getSelectionModel().select(
                org.fisherscope.app.geodesics.Lesson.byId("simplex-sphere").orElseThrow()));
        // Near-corners (0.96, 0.02, 0.02) and (0.02, 0.96, 0.02): 2·arccos(2√(0.96·0.02) + 0.02), REFERENCE form.
        double expected = 2 * Math.acos(2 * Math.sqrt(0.96 * 0.02) + 0.02);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> distance().startsWith(String.format(java.util.Locale.ROOT, "%.8f", expected)));
        Label text = lookup("#lessonText").queryAs(Label.class);
        assertTrue(text.isVisible() && text.getText().contains("sphere of radius 2"));
    }

    @Test
    void playMovesThePointAlongThePath() throws Exception {
        javafx.scene.control.Slider slider = lookup("#markerSlider").queryAs(javafx.scene.control.Slider.class);
        interact(() -> slider.setValue(0.9));
        clickOn("#playButton");
        javafx.scene.control.Button play = lookup("#playButton").queryAs(javafx.scene.control.Button.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> "▶ Play".equals(play.getText()));
        assertEquals(1.0, slider.getValue(), 0, "the animation ends at B");
    }

    @Test
    void overlaysAreSurveyedInTheBackgroundAndDrawn() throws Exception {
        clickOn("#curvatureBox");
        clickOn("#ballBox");
        FigureCanvas canvas = lookup("#geodesicCanvas").queryAs(FigureCanvas.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> {
            GeodesicFigure f = (GeodesicFigure) canvas.figureProperty().get();
            return f != null && f.scene().overlays().curvature() != null && f.scene().overlays().ball() != null;
        });
        GeodesicFigure figure = (GeodesicFigure) canvas.figureProperty().get();
        // The normal family has R = −1 everywhere (REFERENCE.md).
        for (org.fisherscope.figure.PlaneOverlays.CurvatureMap.Cell cell : figure.scene().overlays().curvature().cells()) {
            // Rounding of the cumulant formula grows near σ = 0 (the window starts there): 1e-6 bounds it.
            assertTrue(Math.abs(cell.scalar() + 1) < 1e-6, "R = " + cell.scalar());
        }
        assertTrue(figure.scene().overlays().curvature().constant());
    }

    @Test
    void draggingABivariateNormalMovesItsMeanAndKeepsItsCovariance() throws Exception {
        @SuppressWarnings("unchecked")
        javafx.scene.control.ComboBox<Object> chooser = lookup("#familyChooser").queryAs(javafx.scene.control.ComboBox.class);
        interact(() -> chooser.getSelectionModel().select(
                org.fisherscope.app.geodesics.FamilyChoice.BIVARIATE_NORMAL));
        // The numerical distance the command line prints for the same points.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> distance().startsWith("3.16308351"));
        FigureCanvas canvas = lookup("#geodesicCanvas").queryAs(FigureCanvas.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> canvas.figureProperty().get() != null
                && ((GeodesicFigure) canvas.figureProperty().get()).mapping().isPresent());
        GeodesicFigure figure = (GeodesicFigure) canvas.figureProperty().get();
        Point2D handle = figure.mapping().orElseThrow().startHandle(figure.scene().geodesic().from());
        drag(canvas.localToScreen(handle.getX(), handle.getY()), MouseButton.PRIMARY).moveBy(30, -20)
                .release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !distance().startsWith("3.16308351"));
        String from = lookup("#fromField").queryAs(TextField.class).getText();
        assertTrue(from.endsWith("1.0, 0.6, 0.8"), "the covariance stays: " + from);
    }

    @Test
    void typingAValidPointRecomputes() throws Exception {
        TextField to = lookup("#toField").queryAs(TextField.class);
        clickOn(to).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write("mu=-1, sigma=1").type(KeyCode.ENTER);
        // From (−1, 0.5) to (−1, 1): √2 ln 2, REFERENCE.md.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> distance().startsWith("0.98025814"));
    }
}
