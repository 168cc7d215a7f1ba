package org.fisherscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import org.fisherscope.app.geodesics.FamilyChoice;
import org.fisherscope.app.geodesics.GeodesicsWorkspace;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.figure.PlaneView;
import org.fisherscope.geometry.Geodesic;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The families beyond the planes (typed specifications, mvnormal d = 1 and 3, categorical k ≠ 3), the
 * overlay toggles each view allows, and that File → Export writes the curves the canvas draws.
 */
class GeodesicsFamiliesGuiTest extends FxRobot {

    /** Background solves finish in well under a second; this only bounds a broken test. */
    private static final long WAIT_SECONDS = 20;

    @TempDir
    Path folder;

    private javafx.application.Application app;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(FisherscopeApp.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !distance().isEmpty());
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private String distance() {
        return lookup("#distanceLabel").queryAs(Label.class).getText();
    }

    private String error() {
        return lookup("#errorLabel").queryAs(Label.class).getText();
    }

    private GeodesicFigure figure() {
        return (GeodesicFigure) lookup("#geodesicCanvas").queryAs(FigureCanvas.class).figureProperty().get();
    }

    @SuppressWarnings("unchecked")
    private ComboBox<FamilyChoice> chooser() {
        return lookup("#familyChooser").queryAs(ComboBox.class);
    }

    private void type(String family) {
        ComboBox<FamilyChoice> chooser = chooser();
        clickOn(chooser.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL);
        write(family).type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForFamily(String name) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> figure() != null
                && figure().scene().geodesic().family().name().equals(name) && !distance().isEmpty());
    }

    @Test
    void typingMvnormalD3OffersItsThreeDataPlanes() throws Exception {
        type("mvnormal:d=3");
        waitForFamily("mvnormal:d=3");
        assertEquals("", error());
        @SuppressWarnings("unchecked")
        ComboBox<PlaneView> views = lookup("#viewChooser").queryAs(ComboBox.class);
        assertEquals(List.of(PlaneView.X1_X2, PlaneView.X1_X3, PlaneView.X2_X3), views.getItems());
        interact(() -> views.setValue(PlaneView.X2_X3));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> figure().view() == PlaneView.X2_X3);
        // The plane shows data coordinates: its overlays are off, and say why.
        assertTrue(lookup("#ballBox").queryAs(CheckBox.class).isDisabled());
        assertTrue(lookup("#overlayNote").queryAs(Label.class).getText().contains("data space"));
    }

    @Test
    void anOutOfRangeDimensionIsExplainedAndChangesNothing() throws Exception {
        String before = distance();
        type("mvnormal:d=12");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !error().isEmpty());
        assertTrue(error().contains("from 1 to 8"), error());
        assertEquals(FamilyChoice.NORMAL, chooser().getValue());
        type("mvnormal:d=5");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> error().contains("d = 1, 2 and 3"));
        assertEquals(before, distance());
    }

    @Test
    void theUnivariateMvnormalUsesTheNormalClosedForm() throws Exception {
        interact(() -> chooser().setValue(FamilyChoice.UNIVARIATE_NORMAL));
        waitForFamily("mvnormal:d=1");
        // (−1, s11 = 0.25) to (2, 2.25) is N(−1, 0.5) to N(2, 1.5): 3.142254915 in REFERENCE.md.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> distance().startsWith("3.14225491"));
        assertEquals(Geodesic.Method.CLOSED_FORM, figure().scene().geodesic().method());
        assertFalse(lookup("#curvatureBox").queryAs(CheckBox.class).isDisabled(), "it is a plane: R = −1");
    }

    @Test
    void fiveOutcomesAreBarsOverTWithTheClosedFormDistance() throws Exception {
        type("categorical:k=5");
        waitForFamily("categorical");
        double[] a = figure().scene().geodesic().from();
        double[] b = figure().scene().geodesic().to();
        double bc = 0;
        for (int i = 0; i < 5; i++) {
            bc += Math.sqrt(a[i] * b[i]);
        }
        double expected = 2 * Math.acos(bc);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !distance().isEmpty());
        assertEquals(expected, Double.parseDouble(distance()), 1e-9, "2·arccos Σ√(a_i b_i), printed to 10 decimals");
        assertTrue(lookup("#klLabel").queryAs(Label.class).getText().startsWith("KL(A‖B)"));
        assertTrue(lookup("#tissotBox").queryAs(CheckBox.class).isDisabled());
        assertFalse(figure().mapping().orElseThrow().draggable(), "bars over t are typed, not dragged");
    }

    @Test
    void theDirichletTriangleTakesTheMapAndEllipsesButNoCircle() throws Exception {
        interact(() -> chooser().setValue(FamilyChoice.DIRICHLET));
        waitForFamily("dirichlet");
        assertTrue(lookup("#ballBox").queryAs(CheckBox.class).isDisabled());
        assertTrue(lookup("#overlayNote").queryAs(Label.class).getText().contains("3 dimensions"));
        clickOn("#curvatureBox");
        clickOn("#tissotBox");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> figure().scene().overlays().curvature() != null
                && figure().scene().overlays().tissot() != null);
        assertFalse(figure().scene().overlays().tissot().isEmpty());
    }

    /** What File → Export data writes is what the canvas draws: the same curves at the same t, bit for bit. */
    @Test
    void theExportedEAndMCurvesAreTheCurvesOnTheCanvas() throws Exception {
        interact(() -> chooser().setValue(FamilyChoice.GAMMA));
        waitForFamily("gamma");
        clickOn("#eBox");
        clickOn("#mBox");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> figure().scene().curves().size() == 3);
        @SuppressWarnings("unchecked")
        ListView<Workspace> navigation = lookup(".navigation").queryAs(ListView.class);
        GeodesicsWorkspace workspace = (GeodesicsWorkspace) navigation.getItems().stream()
                .filter(w -> w.id().equals("geodesics")).findFirst().orElseThrow();
        GeodesicFigure shown = figure();
        // Export figure writes the very figure object the canvas draws.
        assertSame(shown, workspace.figure().orElseThrow().figure());
        Path csv = folder.resolve("g.csv");
        workspace.data().orElseThrow().writeCsv(csv);
        List<String> lines = Files.readAllLines(csv);
        List<String> rows = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals("t,fisher_arc,fisher_shape,fisher_scale,e_arc,e_shape,e_scale,m_arc,m_shape,m_scale", rows.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("#") && l.contains("--connection e,m")),
                "the command line that redraws it");
        List<Geodesic> curves = shown.scene().curves();
        for (int k = 1; k < rows.size(); k++) {
            String[] cells = rows.get(k).split(",");
            double t = Double.parseDouble(cells[0]);
            int column = 1;
            for (Geodesic c : curves) {
                double arc = Double.parseDouble(cells[column++]);
                assertEquals(t == 1 ? c.length() : c.arcAt(t), arc, 0, c.connection() + " arc at t = " + t);
                double[] p = c.pointAt(t);
                for (double v : p) {
                    assertEquals(v, Double.parseDouble(cells[column++]), 0, c.connection() + " at t = " + t);
                }
            }
        }
        assertEquals(List.of("fisher", "e", "m"), curves.stream().map(Geodesic::connection).toList());
    }
}
