package org.fisherscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableView;
import javax.imageio.ImageIO;
import org.fisherscope.app.ising.IsingViewModel;
import org.fisherscope.app.ising.IsingWorkspace;
import org.fisherscope.figure.ExportOptions;
import org.fisherscope.figure.FigureExporter;
import org.fisherscope.figure.IsingFigure;
import org.fisherscope.ising.CurvaturePoint;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Ising page computes a small Monte Carlo series in the background, fills its table, switches views, reads a
 * second look from the cache without computing, cancels, and exports what it shows.
 */
class IsingWorkspaceGuiTest extends IsingPageFixture {

    @TempDir
    Path folder;

    private void computeSmallSeries() throws Exception {
        interact(() -> {
            model().sizesProperty().set("3,4");
            model().sweepsProperty().set(200);
            model().seedsProperty().set(3);
            model().firstSeedProperty().set(11);
        });
        clickOn("#isingCompute");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model().runningProperty().get()
                && model().rows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aSeriesFillsTheTableAndASecondLookComesFromTheCache() throws Exception {
        computeSmallSeries();
        @SuppressWarnings("unchecked")
        TableView<IsingViewModel.Row> table = lookup("#isingTable").queryAs(TableView.class);
        assertEquals(2, table.getItems().size());
        assertEquals(2, model().computedProperty().get());
        assertEquals(0, model().cacheHitsProperty().get());
        List<CurvaturePoint> first = model().points();
        assertEquals(List.of(3, 4), first.stream().map(CurvaturePoint::size).toList());
        assertTrue(first.stream().allMatch(p -> p.r() < 0 && p.error() > 0 && "mcmc-wolff".equals(p.method())));
        assertTrue(lookup("#isingSummary").queryAs(Label.class).getText().startsWith("d_R = "));

        computeSmallSeries();
        assertEquals(2, model().computedProperty().get(), "nothing computed the second time");
        assertEquals(2, model().cacheHitsProperty().get());
        assertSameNumbers(first, model().points());
        assertTrue(model().rows().stream().allMatch(IsingViewModel.Row::cached));

        interact(() -> model().recomputeProperty().set(true));
        computeSmallSeries();
        assertEquals(4, model().computedProperty().get(), "Recompute ignores the cache");
        assertSameNumbers(first, model().points());
    }

    /** Everything but the wall time, bit for bit: the cache and the same seeds reproduce the numbers. */
    private static void assertSameNumbers(List<CurvaturePoint> expected, List<CurvaturePoint> actual) {
        assertEquals(expected.size(), actual.size());
        for (int i = 0; i < expected.size(); i++) {
            CurvaturePoint e = expected.get(i);
            CurvaturePoint a = actual.get(i);
            assertEquals(List.of(e.size(), e.coupling(), e.r(), e.r1(), e.r2(), e.r3(), e.r4(), e.a(), e.b(), e.method(),
                    e.error(), e.tauInt()), List.of(a.size(), a.coupling(), a.r(), a.r1(), a.r2(), a.r3(), a.r4(), a.a(),
                    a.b(), a.method(), a.error(), a.tauInt()), "L = " + e.size());
        }
    }

    @Test
    void everyViewShowsAndExports() throws Exception {
        computeSmallSeries();
        @SuppressWarnings("unchecked")
        ComboBox<IsingFigure.View> views = lookup("#isingViewChooser").queryAs(ComboBox.class);
        FigureCanvas canvas = lookup("#isingCanvas").queryAs(FigureCanvas.class);
        for (IsingFigure.View view : IsingFigure.View.values()) {
            interact(() -> views.setValue(view));
            WaitForAsyncUtils.waitForFxEvents();
            IsingFigure shown = (IsingFigure) canvas.figureProperty().get();
            assertEquals(view, shown.view());
            Workspace.ShownFigure exported = workspace.figure().orElseThrow();
            assertSame(shown, exported.figure(), "Export figure writes what the canvas draws");
            Path png = folder.resolve(view.id() + ".png");
            FigureExporter.export(exported.figure(), png, new ExportOptions((int) exported.width(),
                    (int) exported.height(), 96));
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals((int) exported.width(), image.getWidth());
            // The sweep has its own sizes and couplings and nothing of it is computed here: no command to repeat.
            assertTrue(view == IsingFigure.View.SWEEP ? shown.metadata().commandLine().isEmpty()
                    : shown.metadata().commandLine().contains("--view " + view.id()));
        }
        // The chain ran live, so the lattice view has a picture of it.
        assertTrue(model().latticeProperty().get() != null);
        assertEquals(4, model().latticeProperty().get().size());
        Path csv = folder.resolve("ising.csv");
        workspace.data().orElseThrow().writeCsv(csv);
        List<String> rows = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
        assertEquals(3, rows.size());
        assertTrue(rows.get(0).startsWith("L,n,m,K,R,R1,R2,R3,R4,A,B,method,error,seconds"));
        String[] cells = rows.get(2).split(",");
        assertEquals(model().points().get(1).r(), Double.parseDouble(cells[4]), 0);
    }

    @Test
    void cancelStopsTheSeriesAndKeepsWhatFinished() throws Exception {
        interact(() -> {
            model().sizesProperty().set("3,16");
            model().sweepsProperty().set(5_000);
            model().seedsProperty().set(3);
        });
        clickOn("#isingCompute");
        // L = 16 has started (past half the series) but is far from done: 15 000 samples take many seconds.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model().rows().size() == 1
                && model().progressProperty().get() > 0.5);
        assertTrue(model().runningProperty().get());
        clickOn("#isingCancel");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, model().rows().size(), "L = 3 finished before the cancel, L = 16 did not");
        assertTrue(lookup("#isingProgress").queryAs(Label.class).getText().startsWith("cancelled"));
        assertFalse(lookup("#isingCompute").queryButton().isDisabled());
    }

    @Test
    void badInputIsExplained() {
        interact(() -> model().sizesProperty().set("2,4"));
        clickOn("#isingCompute");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#isingError").queryAs(Label.class).getText().contains("between 3 and"));
        assertEquals(0, model().computedProperty().get());
    }

    /** The exact choice runs the exact engine: the published transfer-matrix |R| at L = 3, 4 to two decimals. */
    @Test
    void theExactSeriesGivesThePublishedValues() throws Exception {
        RadioButton exact = lookup("#isingExact").queryAs(RadioButton.class);
        assertTrue(!exact.isDisabled());
        interact(() -> {
            exact.setSelected(true);
            model().sizesProperty().set("3,4");
        });
        clickOn("#isingCompute");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model().runningProperty().get()
                && model().rows().size() == 2);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(105.64, -model().rows().get(0).point().r(), 0.005);
        assertEquals(265.31, -model().rows().get(1).point().r(), 0.005);
        assertTrue(Double.isNaN(model().rows().get(0).point().error()), "exact values carry no error bar");
    }

    @Test
    void theLessonSetsItsPresetAndRuns() throws Exception {
        boolean[] opened = new boolean[2];
        interact(() -> {
            opened[0] = workspace.openLesson(IsingWorkspace.LESSON_ID);
            opened[1] = workspace.openLesson("pulse-of-enclosure");
        });
        assertTrue(opened[0]);
        assertFalse(opened[1], "another workspace's lesson");
        Label lesson = lookup("#isingLesson").queryAs(Label.class);
        assertTrue(lesson.isVisible() && lesson.getText().startsWith("Curvature grows faster than the lattice"));
        assertEquals("4,6,8,10,12", model().sizesProperty().get());
        assertTrue(model().runningProperty().get(), "the preset computes at once");
    }
}
