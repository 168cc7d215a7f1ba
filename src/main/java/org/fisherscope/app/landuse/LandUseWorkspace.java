package org.fisherscope.app.landuse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.fxml.FXMLLoader;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.fisherscope.app.DataExport;
import org.fisherscope.app.Workspace;
import org.fisherscope.app.WorkspaceContext;
import org.fisherscope.figure.CsvTableWriter;
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
            + " last before it is built over. The sample is synthetic; load real annual maps with Open folder.";

    /** Opened at start when the program runs from the project folder. */
    static final Path SAMPLE = Path.of("sample-data", "landuse");

    private final LandUseViewModel model;
    private final Region view;

    public LandUseWorkspace(WorkspaceContext context) {
        model = new LandUseViewModel(context.tasks(), context.theme());
        FXMLLoader loader = new FXMLLoader(LandUseWorkspace.class.getResource("/fxml/landuse.fxml"));
        try {
            view = loader.load();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the land-use page", e);
        }
        LandUseView controller = loader.getController();
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
        model.load(path);
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
        LandUseFigure figure = model.figureProperty().get();
        Node canvas = view.lookup("#landuseCanvas");
        if (figure == null || canvas == null) {
            return Optional.empty();
        }
        return Optional.of(new ShownFigure(figure, canvas.getLayoutBounds().getWidth(),
                canvas.getLayoutBounds().getHeight()));
    }

    /** One row per year: shares, velocity into that year, Built p, largest-cluster share, d_f. */
    @Override
    public Optional<DataExport> data() {
        LandUseAnalysis.Result r = model.resultProperty().get();
        LandUseFigure figure = model.figureProperty().get();
        if (r == null || figure == null) {
            return Optional.empty();
        }
        return Optional.of(target -> {
            List<double[]> rows = new ArrayList<>();
            for (int y = 0; y < r.years().length; y++) {
                double[] s = r.simplex().distributions()[y];
                LandUseAnalysis.YearResult yr = r.perYear().get(y);
                rows.add(new double[] {r.years()[y], s[0], s[1], s[2],
                    y == 0 ? Double.NaN : r.simplex().periods().get(y - 1).velocity(), yr.percolation().p(),
                    yr.percolation().largestShare(), yr.boundary() == null ? Double.NaN : yr.boundary().dimension()});
            }
            CsvTableWriter.write(target, figure.metadata(), List.of("year", "commons", "agrarian", "capital",
                    "velocity_rad_per_year", "built_p", "largest_cluster_share", "boundary_df"), rows);
        });
    }
}
