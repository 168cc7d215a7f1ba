package org.fisherscope.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.fisherscope.app.diffusion.DiffusionViewModel;
import org.fisherscope.app.diffusion.DiffusionWorkspace;
import org.fisherscope.figure.DiffusionAnalysis;
import org.fisherscope.figure.DiffusionFigure;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Diffusion page: the default power law analysed in the background, every figure, t scrubbed, a sample
 * photograph loaded, and bad input (a file that is not an image, a 1 × 1 image, out-of-range numbers)
 * explained while the analysis shown stays.
 */
class DiffusionWorkspaceGuiTest extends FxRobot {

    /** A 256 × 256 photograph's analysis takes a few seconds on a loaded machine; this only bounds a broken test. */
    private static final long WAIT_SECONDS = 90;

    @TempDir
    Path dir;

    private javafx.application.Application app;
    private DiffusionViewModel model;

    @BeforeEach
    void start() throws Exception {
        FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(FisherscopeApp.class);
        showDiffusion();
    }

    @AfterEach
    void stop() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    private void showDiffusion() {
        @SuppressWarnings("unchecked")
        ListView<Workspace> navigation = lookup(".navigation").queryAs(ListView.class);
        Workspace diffusion = navigation.getItems().stream().filter(w -> w.id().equals("diffusion")).findFirst()
                .orElseThrow();
        interact(() -> navigation.getSelectionModel().select(diffusion));
        model = ((DiffusionWorkspace) diffusion).model();
    }

    private DiffusionAnalysis waitForAnalysis(java.util.function.Predicate<DiffusionAnalysis> done) throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model.analysisProperty().get() != null
                && done.test(model.analysisProperty().get()) && !model.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        return model.analysisProperty().get();
    }

    private String error() {
        return lookup("#diffusionError").queryAs(Label.class).getText();
    }

    @Test
    void everyFigureShowsAndTheSliderMovesT() throws Exception {
        DiffusionAnalysis first = waitForAnalysis(a -> true);
        assertEquals(4, first.rows().size());
        TableView<?> table = lookup("#diffusionLengths").queryAs(TableView.class);
        assertEquals(4, table.getItems().size());
        assertTrue(lookup("#diffusionSummary").queryAs(Label.class).getText().startsWith("SPD is the geodesic"));
        FigureCanvas canvas = lookup("#diffusionCanvas").queryAs(FigureCanvas.class);
        for (DiffusionFigure.View view : DiffusionFigure.View.values()) {
            interact(() -> model.viewProperty().set(view));
            if (view.needsFrames()) {
                WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model.framesProperty().get() != null
                        && ((DiffusionFigure) canvas.figureProperty().get()).view() == view);
            }
            WaitForAsyncUtils.waitForFxEvents();
            DiffusionFigure shown = (DiffusionFigure) canvas.figureProperty().get();
            assertEquals(view, shown.view());
            assertEquals("", error(), view.id());
        }
        // Scrub t on the preview: the slider moves the model, the frames follow in the background.
        interact(() -> model.viewProperty().set(DiffusionFigure.View.PREVIEW));
        Slider slider = lookup("#diffusionTSlider").queryAs(Slider.class);
        for (double t : new double[] {0.1, 0.35, 0.8}) {
            interact(() -> slider.setValue(t));
            assertEquals(t, model.tProperty().get(), 0);
        }
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model.framesProperty().get() != null
                && model.framesProperty().get().t() == 0.8);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(0.8, ((DiffusionFigure) canvas.figureProperty().get()).t(), 0);
        // Keys outside text fields step t.
        interact(() -> model.viewProperty().set(DiffusionFigure.View.SPEED));
        clickOn(canvas);
        type(KeyCode.RIGHT);
        assertEquals(0.81, model.tProperty().get(), 1e-12);
        assertEquals(0.81, ((DiffusionFigure) canvas.figureProperty().get()).t(), 1e-12, "the speed figure marks t");
        assertTrue(lookup("#diffusionTLabel").queryAs(Label.class).getText().contains("0.810"));
    }

    @Test
    void aSampleLoadsAndBadInputKeepsWhatIsShown() throws Exception {
        DiffusionAnalysis first = waitForAnalysis(a -> true);
        clickOn("#diffusionSampleChelsea");
        DiffusionAnalysis cat = waitForAnalysis(a -> a.input().image() != null);
        assertEquals(256, cat.spectrum().grid().size(), "451 × 300 crops to 256 × 256");
        assertEquals(DiffusionViewModel.Source.IMAGE, model.sourceProperty().get());
        assertTrue(lookup("#diffusionSource").queryAs(Label.class).getText().contains("chelsea.png"));
        assertTrue(first != cat);

        Path notImage = dir.resolve("notes.png");
        Files.writeString(notImage, "these are notes, not pixels");
        interact(() -> model.openImage(notImage));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !error().isEmpty() && !model.busyProperty().get());
        assertTrue(error().contains("not a PNG or JPEG image"), error());
        assertSame(cat, model.analysisProperty().get(), "the cat stays");
        assertEquals(Path.of("sample-data", "images", "chelsea.png"), model.imageProperty().get());

        Path tiny = dir.resolve("tiny.png");
        java.awt.image.BufferedImage pixel = new java.awt.image.BufferedImage(1, 1,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        javax.imageio.ImageIO.write(pixel, "png", tiny.toFile());
        interact(() -> model.openImage(tiny));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> error().contains("1 × 1")
                && !model.busyProperty().get());
        assertTrue(error().contains("at least 16 × 16"), error());
        assertSame(cat, model.analysisProperty().get());

        // Out-of-range numbers in the power-law fields: explained, nothing re-analysed, the source stays.
        TextField size = lookup("#diffusionSize").queryAs(TextField.class);
        interact(() -> size.setText("5000"));
        interact(() -> model.usePowerLaw());
        assertTrue(error().contains("size must be a whole number from 2 to 1024"), error());
        assertEquals(DiffusionViewModel.Source.IMAGE, model.sourceProperty().get());
        assertTrue(lookup("#diffusionImageSource").queryAs(javafx.scene.control.RadioButton.class).isSelected());
        interact(() -> {
            size.setText("32");
            model.c1Property().set("-1");
        });
        interact(() -> model.usePowerLaw());
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> error().contains("c1") && !model.busyProperty()
                .get());
        assertSame(cat, model.analysisProperty().get());

        // A good power law replaces the image again.
        interact(() -> model.c1Property().set("1.59"));
        interact(() -> model.usePowerLaw());
        DiffusionAnalysis back = waitForAnalysis(a -> a.input().image() == null);
        assertEquals("", error());
        assertNotNull(back.preview(), "a sample of the 2-D model to corrupt");
    }

    @Test
    void theLessonOpensInItsWorkspace() throws Exception {
        FxToolkit.cleanupApplication(app);
        FisherscopeApp.request = new org.fisherscope.cli.GuiRequest(java.util.Optional.empty(),
                java.util.Optional.of(DiffusionWorkspace.LESSON_ID), java.util.Optional.empty());
        try {
            app = FxToolkit.setupApplication(FisherscopeApp.class);
            @SuppressWarnings("unchecked")
            ListView<Workspace> navigation = lookup(".navigation").queryAs(ListView.class);
            assertEquals("diffusion", navigation.getSelectionModel().getSelectedItem().id());
            model = ((DiffusionWorkspace) navigation.getSelectionModel().getSelectedItem()).model();
            Label lesson = lookup("#diffusionLesson").queryAs(Label.class);
            assertTrue(lesson.isVisible());
            assertTrue(lesson.getText().startsWith("Sharpening, not blurring"));
            DiffusionAnalysis a = waitForAnalysis(x -> x.input().image() != null);
            assertEquals(2, a.schedules().size());
            assertEquals("spd", a.schedules().get(0).id());
            assertEquals("blur", a.schedules().get(1).id());
            assertEquals(DiffusionFigure.View.GAINS, model.viewProperty().get());
            // What the lesson text says: at t = 0.3 SPD keeps about half of |f| ≈ 1 and nearly all of |f| ≈ 64.
            DiffusionAnalysis.Rings rings = a.rings();
            double[] out = new double[4];
            int low = rings.nearest(1);
            int high = rings.nearest(64);
            a.schedules().get(0).evaluate(0.3, rings.radius()[low], 256, rings.power()[low], out);
            double lowGain = Math.sqrt(out[0]);
            a.schedules().get(0).evaluate(0.3, rings.radius()[high], 256, rings.power()[high], out);
            double highGain = Math.sqrt(out[0]);
            assertTrue(lowGain > 0.4 && lowGain < 0.6, "about half: " + lowGain);
            assertTrue(highGain > 0.95, "nearly all: " + highGain);
            a.schedules().get(1).evaluate(0.2, rings.radius()[high], 256, rings.power()[high], out);
            assertTrue(Math.sqrt(out[0]) < 0.02, "blurring has lost |f| ≈ 64 by t = 0.2: " + Math.sqrt(out[0]));
        } finally {
            FisherscopeApp.request = org.fisherscope.cli.GuiRequest.plain();
        }
    }
}
