package org.fisherscope.app;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Slider;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fisherscope.app.landuse.LandUseInput;
import org.fisherscope.app.landuse.LandUseStack;
import org.fisherscope.app.landuse.LandUseViewModel;
import org.fisherscope.app.landuse.LandUseWorkspace;
import org.fisherscope.figure.LandUseCsvTables;
import org.fisherscope.figure.LandUseFigure;
import org.fisherscope.figure.NoticeFigure;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Land-use page: the sample analysed in the background, every figure, tables opened instead of
 * maps, bad input refused without losing the analysis, the year slider, a study window dragged on the
 * map and the tables exported.
 */
class LandUseWorkspaceGuiTest extends FxRobot {

    /** The sample's analysis takes about a second here; this only bounds a broken test. */
    private static final long WAIT_SECONDS = 60;
    /** Sums of counts divided once: the two routes agree up to rounding. */
    private static final double ROUNDING = 1e-14;

    private javafx.application.Application app;
    private LandUseViewModel model;
    private LandUseWorkspace workspace;

    @TempDir
    Path dir;

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

    /** Shows the Land-use page and waits for the sample's analysis. */
    private void showSample() throws Exception {
        @SuppressWarnings("unchecked")
        ListView<Workspace> navigation = lookup(".navigation").queryAs(ListView.class);
        workspace = (LandUseWorkspace) navigation.getItems().stream().filter(w -> w.id().equals("landuse"))
                .findFirst().orElseThrow();
        model = workspace.model();
        interact(() -> navigation.getSelectionModel().select(workspace));
        Label summary = lookup("#landuseSummary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> summary.getText().startsWith("peak velocity"));
        waitIdle();
    }

    private void waitIdle() throws Exception {
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> !model.loadingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private String error() {
        return lookup("#landuseError").queryAs(Label.class).getText();
    }

    private FigureCanvas canvas() {
        return lookup("#landuseCanvas").queryAs(FigureCanvas.class);
    }

    private void showView(LandUseFigure.View view) {
        interact(() -> model.viewProperty().set(view));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<Path> sampleFiles() throws Exception {
        try (var listing = Files.list(Path.of("sample-data", "landuse"))) {
            return listing.filter(p -> p.toString().endsWith(".tif")).sorted().toList();
        }
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
        showSample();
        Label summary = lookup("#landuseSummary").queryAs(Label.class);
        assertTrue(summary.getText().contains("2019–2020"), summary.getText());
        @SuppressWarnings("unchecked")
        ComboBox<LandUseFigure.View> views = lookup("#landuseViewChooser").queryAs(ComboBox.class);
        for (LandUseFigure.View view : LandUseFigure.View.values()) {
            interact(() -> views.setValue(view));
            WaitForAsyncUtils.waitForFxEvents();
            LandUseFigure figure = assertInstanceOf(LandUseFigure.class, canvas().figureProperty().get(), view.id());
            assertEquals(view, figure.view());
            assertEquals("", error(), view.id());
            assertEquals(view.showsOneYear(), lookup("#landuseYearBar").query().isVisible(), view.id());
        }
        assertTrue(lookup("#landuseWindow").queryAs(Label.class).getText().startsWith("Full extent: 1558 × 1113"));
    }

    @Test
    void countTablesOpenAndTheMapFiguresSaySoPlainly() throws Exception {
        showSample();
        LandUseStack stack = new LandUseStack(30, 40, 2012, 4, 17);
        Path counts = stack.writeCounts(dir.resolve("counts.csv"));
        Path transitions = stack.writeTransitions(dir.resolve("transitions.csv"));
        interact(() -> model.open(List.of(counts, transitions)));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS,
                () -> model.inputProperty().get().kind() == LandUseInput.Kind.TABLES);
        waitIdle();
        assertEquals("", error());
        LandUseAnalysis.Result r = model.resultProperty().get();
        for (int y = 0; y < stack.years.length; y++) {
            assertArrayEquals(stack.shares(y), r.simplex().distributions()[y], ROUNDING);
        }
        assertTrue(lookup("#landuseSummary").queryAs(Label.class).getText().contains("count tables"));
        for (LandUseFigure.View view : LandUseFigure.View.values()) {
            showView(view);
            boolean needsMaps = view == LandUseFigure.View.MAP || view == LandUseFigure.View.PERCOLATION
                    || view == LandUseFigure.View.BOXCOUNT || view == LandUseFigure.View.RETENTION;
            if (needsMaps) {
                NoticeFigure notice = assertInstanceOf(NoticeFigure.class, canvas().figureProperty().get(), view.id());
                assertTrue(notice.message().contains("tables"), notice.message());
                assertFalse(lookup("#landuseYearBar").query().isVisible(), view.id());
            } else {
                assertInstanceOf(LandUseFigure.class, canvas().figureProperty().get(), view.id());
            }
        }
        assertTrue(lookup("#landuseWindow").queryAs(Label.class).getText().contains("no study window"));
    }

    @Test
    void badInputIsExplainedAndTheAnalysisStays() throws Exception {
        showSample();
        LandUseAnalysis.Result before = model.resultProperty().get();
        LandUseInput loaded = model.inputProperty().get();
        // A damaged TIFF: a valid header cut off in the middle of its data.
        List<Path> sample = sampleFiles();
        Path damaged = Files.createDirectory(dir.resolve("damaged"));
        byte[] bytes = Files.readAllBytes(sample.get(0));
        Files.write(damaged.resolve("cut_2018.tif"), java.util.Arrays.copyOf(bytes, bytes.length / 3));
        Files.copy(sample.get(1), damaged.resolve("whole_2019.tif"));
        Path mismatched = Files.createDirectory(dir.resolve("mismatched"));
        new LandUseStack(20, 30, 2018, 1, 1).writeTiffs(mismatched);
        Files.copy(sample.get(1), mismatched.resolve("big_2019.tif"));
        Path huge = Files.createDirectory(dir.resolve("huge"));
        for (int year : new int[] {2020, 2021}) {
            Files.writeString(huge.resolve("tile_" + year + ".asc"),
                    "ncols 100000\nnrows 100000\nxllcorner 0\nyllcorner 0\ncellsize 10\n");
        }
        Path notes = Files.writeString(dir.resolve("notes.txt"), "not a raster");
        List<List<Path>> drops = List.of(List.of(damaged), List.of(mismatched), List.of(huge), List.of(notes));
        List<String> expected = List.of("cut_2018.tif", "one grid", "window", "notes.txt");
        for (int i = 0; i < drops.size(); i++) {
            List<Path> drop = drops.get(i);
            String wanted = expected.get(i);
            interact(() -> model.open(drop));
            WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> error().contains(wanted));
            waitIdle();
            assertSame(before, model.resultProperty().get(), "what was loaded stays");
            assertSame(loaded, model.inputProperty().get());
        }
    }

    @Test
    void theYearSliderAndArrowKeysChooseTheYearOfTheMapAndTheBoxCounting() throws Exception {
        showSample();
        showView(LandUseFigure.View.MAP);
        Slider slider = lookup("#landuseYearSlider").queryAs(Slider.class);
        assertEquals(7, slider.getMax());
        assertEquals(2024, model.yearProperty().get());
        interact(() -> slider.setValue(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2019, model.yearProperty().get());
        assertEquals("2019", lookup("#landuseYearLabel").queryAs(Label.class).getText());
        assertEquals("Land cover, 2019", canvas().figureProperty().get().metadata().title());
        clickOn(canvas()).type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2021, model.yearProperty().get());
        assertEquals(4, Math.round(slider.getValue()));
        type(KeyCode.LEFT);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(2020, model.yearProperty().get());
        showView(LandUseFigure.View.BOXCOUNT);
        assertTrue(canvas().figureProperty().get().metadata().title().contains("fit for 2020"),
                canvas().figureProperty().get().metadata().title());
        assertTrue(canvas().figureProperty().get().metadata().commandLine().endsWith("--view boxcount --year 2020"));
    }

    @Test
    void aBoxDraggedOnTheMapAnalysesThatWindow() throws Exception {
        showSample();
        showView(LandUseFigure.View.MAP);
        FigureCanvas canvas = canvas();
        LandUseFigure figure = (LandUseFigure) canvas.figureProperty().get();
        LandUseFigure.MapPlacement placement = figure.mapPlacement(new Rectangle2D.Double(0, 0, canvas.getWidth(),
                canvas.getHeight())).orElseThrow();
        Rectangle2D image = placement.image();
        double x0 = image.getX() + 0.25 * image.getWidth();
        double y0 = image.getY() + 0.2 * image.getHeight();
        double x1 = image.getX() + 0.7 * image.getWidth();
        double y1 = image.getY() + 0.65 * image.getHeight();
        // The robot moves to whole screen pixels: the window expected is the one of those points.
        Point2D from = round(canvas.localToScreen(x0, y0));
        Point2D to = round(canvas.localToScreen(x1, y1));
        Point2D localFrom = canvas.screenToLocal(from);
        Point2D localTo = canvas.screenToLocal(to);
        Rectangle expected = model.windowFromDrag(placement, localFrom.getX(), localFrom.getY(), localTo.getX(),
                localTo.getY());
        assertNotNull(expected);
        LandUseAnalysis.Result full = model.resultProperty().get();
        drag(from, MouseButton.PRIMARY).moveTo(new Point2D((from.getX() + to.getX()) / 2, (from.getY() + to.getY()) / 2))
                .moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model.resultProperty().get() != full);
        waitIdle();
        assertEquals(expected, model.inputProperty().get().window());
        String label = lookup("#landuseWindow").queryAs(Label.class).getText();
        assertTrue(label.startsWith(String.format("Window %d,%d,%d,%d", expected.x, expected.y, expected.width,
                expected.height)), label);
        assertTrue(label.contains("map: x 106.6"), label);
        // The engine on the same window, read straight from the sample.
        List<Path> files = sampleFiles();
        int[] years = full.years();
        List<LandUseAnalysis.YearRaster> rasters = new ArrayList<>();
        for (Path f : files) {
            rasters.add(() -> TiffRasterSource.open(f, expected));
        }
        LandUseAnalysis.Result engine = LandUseAnalysis.run(years, rasters, Legend.esri(), () -> false);
        LandUseAnalysis.Result shown = model.resultProperty().get();
        for (int y = 0; y < years.length; y++) {
            assertArrayEquals(engine.simplex().distributions()[y], shown.simplex().distributions()[y], 0.0);
            assertEquals(engine.perYear().get(y).percolation().p(), shown.perYear().get(y).percolation().p(), 0.0);
            assertEquals(expected.width, shown.perYear().get(y).percolation().columns());
            assertEquals(expected.height, shown.perYear().get(y).percolation().rows());
        }
        assertEquals(engine.chain().expectedYears(), shown.chain().expectedYears());
        assertTrue(canvas.figureProperty().get().metadata().commandLine().contains(String.format(" --window %d,%d,%d,%d",
                expected.x, expected.y, expected.width, expected.height)));
        // Full extent analyses the whole rasters again.
        clickOn("#landuseFullExtent");
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> model.inputProperty().get().window() == null);
        waitIdle();
        assertEquals(1558, model.resultProperty().get().perYear().get(0).percolation().columns());
        assertArrayEquals(full.simplex().distributions()[3], model.resultProperty().get().simplex().distributions()[3],
                0.0);
    }

    @Test
    void theTablesExportAsCsvAndReadBack() throws Exception {
        showSample();
        LandUseAnalysis.Result r = model.resultProperty().get();
        Path periods = dir.resolve("periods.csv");
        interact(() -> model.exportTable(LandUseCsvTables.Table.PERIODS, periods));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Files.exists(periods));
        List<CSVRecord> rows = read(periods);
        assertEquals(r.simplex().periods().size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            assertEquals(r.simplex().periods().get(i).velocity(), Double.parseDouble(rows.get(i)
                    .get("velocity_rad_per_year")), 0.0, "full precision");
            assertEquals(r.simplex().pulses().contains(r.simplex().periods().get(i)) ? "1" : "0",
                    rows.get(i).get("pulse"));
        }
        assertTrue(Files.readString(periods).contains("# command: fisherscope landuse --input sample-data"));
        // Export data writes the table behind the figure shown: percolation here.
        showView(LandUseFigure.View.PERCOLATION);
        Path data = dir.resolve("data.csv");
        workspace.data().orElseThrow().writeCsv(data);
        List<CSVRecord> percolation = read(data);
        for (int y = 0; y < r.years().length; y++) {
            assertEquals(r.perYear().get(y).percolation().clusters(), Integer.parseInt(percolation.get(y).get("clusters")));
        }
        Path all = Files.createDirectory(dir.resolve("all"));
        interact(() -> model.exportAllTables(all));
        WaitForAsyncUtils.waitFor(WAIT_SECONDS, TimeUnit.SECONDS, () -> Files.list(all).count()
                == LandUseCsvTables.Table.values().length);
        assertNull(lookup(".dialog-pane").tryQuery().orElse(null));
    }

    private static Point2D round(Point2D p) {
        return new Point2D(Math.round(p.getX()), Math.round(p.getY()));
    }

    private static List<CSVRecord> read(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get()
                    .parse(reader).getRecords();
        }
    }
}
