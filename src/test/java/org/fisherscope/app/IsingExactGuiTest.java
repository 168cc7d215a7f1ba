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
import java.util.stream.Stream;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import org.fisherscope.app.ising.IsingViewModel;
import org.fisherscope.app.ising.IsingWorkspace;
import org.fisherscope.figure.IsingFigure;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.ProgressListener;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The exact side of the Ising page: the R/n-against-K view computes the engine's numbers in the background and
 * reads them back from the cache; the exact-beats-sampling lesson opens on an exact series with the published
 * values beside it.
 */
class IsingExactGuiTest extends IsingPageFixture {

    private static double engine(int l, double k) {
        return ExactIsing.compute(l, k, ExactIsing.Method.AUTO, ProgressListener.NONE, () -> false).curvature().scalar();
    }

    private void computeSweep() throws Exception {
        clickOn("#isingCompute");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model().runningProperty().get()
                && model().sweepRows().size() == 8);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theSweepViewComputesTheEnginesPointsAndCachesThem() throws Exception {
        @SuppressWarnings("unchecked")
        ComboBox<IsingFigure.View> views = lookup("#isingViewChooser").queryAs(ComboBox.class);
        interact(() -> views.setValue(IsingFigure.View.SWEEP));
        WaitForAsyncUtils.waitForFxEvents();
        TextField sizes = lookup("#isingSweepSizes").queryAs(TextField.class);
        TextField couplings = lookup("#isingSweepCouplings").queryAs(TextField.class);
        assertTrue(sizes.isVisible() && couplings.isVisible(), "the sweep's fields show in the sweep view");
        assertFalse(lookup("#isingSizes").query().getParent().isVisible(), "the series' fields step aside");
        assertEquals("8,16,32", sizes.getText());
        assertEquals("0.3:0.6:31", couplings.getText());
        interact(() -> {
            sizes.setText("3,4");
            couplings.setText("0.4:0.5:3");
        });
        computeSweep();
        // 0.40, K_c, 0.45, 0.50 for L = 3 then L = 4, each the engine's own number.
        List<CurvaturePoint> points = model().sweepPoints();
        double kc = IsingLattice.CRITICAL_COUPLING;
        assertEquals(List.of(0.4, kc, 0.45, 0.5, 0.4, kc, 0.45, 0.5), points.stream().map(CurvaturePoint::coupling)
                .toList());
        for (CurvaturePoint p : points) {
            assertEquals(engine(p.size(), p.coupling()), p.r(), 0, "L = " + p.size() + ", K = " + p.coupling());
        }
        assertEquals(0, model().cacheHitsProperty().get());
        @SuppressWarnings("unchecked")
        TableView<IsingViewModel.Row> table = lookup("#isingTable").queryAs(TableView.class);
        assertEquals(8, table.getItems().size(), "the table lists the sweep");
        FigureCanvas canvas = lookup("#isingCanvas").queryAs(FigureCanvas.class);
        IsingFigure shown = (IsingFigure) canvas.figureProperty().get();
        assertEquals(IsingFigure.View.SWEEP, shown.view());
        assertSame(shown, workspace.figure().orElseThrow().figure());
        assertEquals("fisherscope figure ising --view sweep --L 3,4 --K 0.4:0.5:3", shown.metadata().commandLine());
        String summary = lookup("#isingSummary").queryAs(Label.class).getText();
        assertTrue(summary.contains(String.format(Locale.ROOT, "L = 4 at K_c: R/n = %.4f", engine(4, kc) / 16)),
                summary);

        // Export data writes what the table lists: one row per (L, K), full precision.
        Path csv = Files.createTempFile("sweep", ".csv");
        workspace.data().orElseThrow().writeCsv(csv);
        List<String> lines = Files.readAllLines(csv).stream().filter(l -> !l.startsWith("#")).toList();
        Files.delete(csv);
        assertEquals(9, lines.size());
        String[] fourth = lines.get(4).split(",");
        assertEquals(points.get(3).coupling(), Double.parseDouble(fourth[3]), 0);
        assertEquals(points.get(3).r(), Double.parseDouble(fourth[4]), 0);

        computeSweep();
        assertEquals(8, model().cacheHitsProperty().get(), "the second look reads every point from the cache");
        assertEquals(points, model().sweepPoints(), "bit for bit, the wall time of the first run included");

        interact(() -> views.setValue(IsingFigure.View.SCALING));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0, table.getItems().size(), "the scaling view lists its own (empty) series");
    }

    @Test
    void cancelStopsTheSweepAndKeepsThePointsThatFinished() throws Exception {
        interact(() -> {
            model().viewProperty().set(IsingFigure.View.SWEEP);
            // L = 3 is instant; each L = 64 point takes seconds, so the cancel lands inside L = 64.
            model().sweepSizesProperty().set("3,64");
            model().sweepCouplingsProperty().set("0.3:0.6:4");
        });
        clickOn("#isingCompute");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model().sweepRows().size() >= 5);
        assertTrue(model().runningProperty().get());
        clickOn("#isingCancel");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        int kept = model().sweepRows().size();
        assertTrue(kept >= 5 && kept < 10, "the L = 3 curve and part of L = 64: " + kept);
        assertTrue(lookup("#isingProgress").queryAs(Label.class).getText().startsWith("cancelled"));
        assertEquals(kept, model().computedProperty().get(), "every kept point was computed and cached");
    }

    @Test
    void badSweepInputIsExplainedAndNothingRuns() {
        interact(() -> {
            model().viewProperty().set(IsingFigure.View.SWEEP);
            model().sweepCouplingsProperty().set("0.6:0.3:5");
        });
        clickOn("#isingCompute");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(lookup("#isingError").queryAs(Label.class).getText().contains("upwards"));
        assertFalse(model().runningProperty().get());
        assertEquals(0, model().computedProperty().get());
    }

    @Test
    void theExactLessonOpensOnAnExactSeriesBesideThePublishedValues() throws Exception {
        boolean[] opened = new boolean[1];
        interact(() -> opened[0] = workspace.openLesson(IsingWorkspace.EXACT_LESSON_ID));
        assertTrue(opened[0]);
        Label lesson = lookup("#isingLesson").queryAs(Label.class);
        assertTrue(lesson.isVisible() && lesson.getText().startsWith("Exact beats sampling"));
        assertEquals(IsingViewModel.Method.EXACT, model().methodProperty().get());
        assertEquals(IsingFigure.View.SCALING, model().viewProperty().get());
        assertTrue(model().referenceProperty().get());
        assertTrue(model().runningProperty().get(), "the preset computes at once");
        // L = 4, 6, 8, 10 are quick; then stop: the rest is the same code at larger L.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model().rows().size() >= 4);
        interact(() -> model().cancel());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model().runningProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        List<CurvaturePoint> points = model().points();
        assertEquals(List.of(4, 6, 8, 10), points.subList(0, 4).stream().map(CurvaturePoint::size).toList());
        assertTrue(points.stream().allMatch(CurvaturePoint::exact));
        String summary = lookup("#isingSummary").queryAs(Label.class).getText();
        double r10 = Math.abs(engine(10, IsingLattice.CRITICAL_COUPLING));
        assertTrue(summary.contains(String.format(Locale.ROOT, "L = 10 %+.1fσ", (2091.94 - r10) / 3)), summary);
        double r8 = Math.abs(engine(8, IsingLattice.CRITICAL_COUPLING));
        assertTrue(summary.contains(String.format(Locale.ROOT, "8→10 %.4f", Math.log(r10 / r8) / Math.log(100.0 / 64))),
                summary);
    }

    /**
     * Cancel reaches into a free-fermion run, not only between sizes: L = 80 (seconds of work) is cancelled once its
     * progress shows; once the worker has left the computation, nothing was cached, tabled or reported for it.
     */
    @Test
    void cancelStopsAFreeFermionRunPartWay() throws Exception {
        interact(() -> {
            model().methodProperty().set(IsingViewModel.Method.EXACT);
            model().viewProperty().set(IsingFigure.View.SCALING);
            model().sizesProperty().set("80");
            model().couplingProperty().set(Double.toString(IsingLattice.CRITICAL_COUPLING));
            model().computeSeries();
        });
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model().progressProperty().get() > 0.01);
        interact(() -> model().cancel());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model().runningProperty().get());
        // The page is idle at once; wait for the worker itself: a run that ignored the cancel would go on to the end
        // (seconds) and then write its cache entry.
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !anyThreadIn("IsingViewModel", "FreeFermionCurvature",
                "CurvatureCache"));
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(model().rows().isEmpty(), "no row for the cancelled size");
        // A run that went on to the end tries to cache its point: the file appears, or (on the interrupted worker)
        // the write fails and says so. A run stopped part-way does neither.
        assertEquals("", model().errorProperty().get());
        Path cache = AppSettings.folder().resolve("ising-cache");
        try (Stream<Path> files = Files.isDirectory(cache) ? Files.list(cache) : Stream.empty()) {
            assertEquals(0, files.count(), "the cancelled L = 80 must not reach the cache");
        }
    }

    /** Whether a live thread is executing code of a class with one of these simple names. */
    private static boolean anyThreadIn(String... classes) {
        for (StackTraceElement[] stack : Thread.getAllStackTraces().values()) {
            for (StackTraceElement frame : stack) {
                String name = frame.getClassName();
                for (String c : classes) {
                    if (name.endsWith("." + c) || name.contains("." + c + "$")) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
