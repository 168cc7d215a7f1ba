package org.fisherscope.app.landuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.fisherscope.app.DataExport;
import org.fisherscope.app.LoadedPage;
import org.fisherscope.app.Workspace;
import org.fisherscope.app.WorkspaceContext;
import org.fisherscope.figure.Figure;
import org.fisherscope.figure.LandUseCsvTables;
import org.fisherscope.figure.LandUseFigure;
import org.fisherscope.landuse.LandUseAnalysis;

/** The Land-use workspace: a stack of yearly rasters on the simplex, its chain into Built and its percolation. */
public final class LandUseWorkspace implements Workspace {

    /** The workspace's lesson, as in {@code gui --lesson pulse-of-enclosure}. */
    public static final String LESSON_ID = "pulse-of-enclosure";

    /** What the lesson asks the reader to look at, one figure after another. */
    static final String LESSON_TEXT = "The pulse of enclosure. Each year of the synthetic coast is a point on the"
            + " Commons/Agrarian/Capital simplex; the arcs between years are Fisher–Rao geodesics, and their lengths"
            + " per year are the velocities. One period stands out in red: 2019–2020 moves faster than the mean plus"
            + " one standard deviation — a pulse. Switch to 'Fisher–Rao velocity' to see it as a bar, to"
            + " 'Percolation of Built' to see the development knit into one cluster as it happens (its share of all"
            + " Built jumps), and to 'Transitions and years to Built' for how long each kind of land is expected to"
            + " last before it is built over. The sample is synthetic; open real annual maps with Open (or drop them on the page), and drag a box on the map to study a part of it.";

    /** Opened at start when the program runs from the project folder. */
    static final Path SAMPLE = Path.of("sample-data", "landuse");

    private final LandUseViewModel model;
    private final Region view;
    private final LandUseView controller;

    public LandUseWorkspace(WorkspaceContext context) {
        model = new LandUseViewModel(context.tasks(), context.theme());
        LoadedPage<LandUseView> page = LoadedPage.of("landuse", "land-use");
        view = page.view();
        controller = page.controller();
        controller.bind(model);
        if (Files.isDirectory(SAMPLE)) {
            model.load(SAMPLE);
        }
    }

    public LandUseViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "landuse";
    }

    @Override
    public String title() {
        return "Land-use simplex";
    }

    @Override
    public String description() {
        return "Yearly land-cover rasters as a path on the Commons/Agrarian/Capital simplex, absorption into Built,"
                + " percolation and fractal boundary";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public boolean open(Path path) {
        model.open(List.of(path));
        return true;
    }

    @Override
    public boolean openLesson(String id) {
        if (!LESSON_ID.equals(id)) {
            return false;
        }
        model.lessonTextProperty().set(LESSON_TEXT);
        model.viewProperty().set(LandUseFigure.View.TRAJECTORY);
        if (model.resultProperty().get() == null && Files.isDirectory(SAMPLE)) {
            model.load(SAMPLE);
        }
        return true;
    }

    @Override
    public Optional<ShownFigure> figure() {
        return ShownFigure.on(model.figureProperty().get(), view.lookup("#landuseCanvas"));
    }

    /** The table behind the figure on screen (File → Export data as CSV); every table: Export table. */
    @Override
    public Optional<DataExport> data() {
        LandUseAnalysis.Result r = model.resultProperty().get();
        if (r == null) {
            return Optional.empty();
        }
        LandUseCsvTables.Table table = LandUseCsvTables.forView(model.viewProperty().get());
        if (LandUseCsvTables.unavailable(r, table).isPresent()) {
            table = LandUseCsvTables.Table.YEARLY;
        }
        LandUseCsvTables.Table chosen = table;
        String command = model.analysisCommand();
        return Optional.of(target -> LandUseCsvTables.write(target, r, chosen, command));
    }

    /** File menu: the three ways to open land-use data, the same as the page's Open button. */
    @Override
    public List<MenuItem> fileMenuItems() {
        MenuItem folder = new MenuItem("Open land-use _folder…");
        folder.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        folder.setOnAction(e -> controller.onOpenFolder());
        MenuItem rasters = new MenuItem("Open land-use _raster files…");
        rasters.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN,
                KeyCombination.SHIFT_DOWN));
        rasters.setOnAction(e -> controller.onOpenRasters());
        MenuItem tables = new MenuItem("Open land-use count _tables…");
        tables.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN, KeyCombination.ALT_DOWN));
        tables.setOnAction(e -> controller.onOpenTables());
        return List.of(folder, rasters, tables);
    }
}
