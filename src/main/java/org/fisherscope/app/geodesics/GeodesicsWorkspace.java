package org.fisherscope.app.geodesics;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.layout.Region;
import org.fisherscope.app.DataExport;
import org.fisherscope.app.LoadedPage;
import org.fisherscope.app.Workspace;
import org.fisherscope.app.WorkspaceContext;
import org.fisherscope.figure.CsvTableWriter;
import org.fisherscope.figure.FigureMetadata;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.geometry.Geodesic;

/** The Geodesics workspace: Fisher–Rao geodesics of the normal and categorical families. */
public final class GeodesicsWorkspace implements Workspace {

    /** Rows in the exported CSV: fine enough to redraw the curve smoothly. */
    static final int CSV_STEPS = 200;

    private final GeodesicsViewModel model;
    private final Region view;

    public GeodesicsWorkspace(WorkspaceContext context) {
        model = new GeodesicsViewModel(context.tasks().executor(), context.theme());
        LoadedPage<GeodesicsView> page = LoadedPage.of("geodesics", "geodesics");
        view = page.view();
        GeodesicsView controller = page.controller();
        controller.bind(model);
    }

    public GeodesicsViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "geodesics";
    }

    @Override
    public String title() {
        return "Geodesics";
    }

    @Override
    public String description() {
        return "Fisher–Rao geodesics, distances and midpoints of the normal and categorical families";
    }

    @Override
    public Node view() {
        return view;
    }

    @Override
    public Optional<ShownFigure> figure() {
        return ShownFigure.on(model.figureProperty().get(), view.lookup("#geodesicCanvas"));
    }

    @Override
    public boolean openLesson(String id) {
        return Lesson.byId(id).map(lesson -> {
            model.lessonProperty().set(lesson);
            return true;
        }).orElse(false);
    }

    @Override
    public Optional<DataExport> data() {
        GeodesicFigure figure = model.figureProperty().get();
        if (figure == null) {
            return Optional.empty();
        }
        List<Geodesic> curves = figure.scene().curves();
        FigureMetadata metadata = figure.metadata();
        return Optional.of(target -> write(target, curves, metadata));
    }

    /**
     * One row per t = k/200; for every curve drawn (Fisher–Rao first, then e, m, α) its Fisher arc
     * length and parameters, in columns prefixed by the connection's name.
     */
    static void write(Path target, List<Geodesic> curves, FigureMetadata metadata) throws IOException {
        List<String> header = new ArrayList<>(List.of("t"));
        for (Geodesic c : curves) {
            String prefix = c.connection().replace(":", "") + "_";
            header.add(prefix + "arc");
            for (String name : c.family().parameterNames()) {
                header.add(prefix + name);
            }
        }
        List<double[]> rows = new ArrayList<>();
        for (int k = 0; k <= CSV_STEPS; k++) {
            double t = (double) k / CSV_STEPS;
            double[] row = new double[header.size()];
            row[0] = t;
            int column = 1;
            for (Geodesic c : curves) {
                row[column++] = k == CSV_STEPS ? c.length() : c.arcAt(t);
                for (double v : c.pointAt(t)) {
                    row[column++] = v;
                }
            }
            rows.add(row);
        }
        CsvTableWriter.write(target, metadata, header, rows);
    }
}
