package org.fisherscope.app.landuse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import org.fisherscope.app.TaskMonitor;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.figure.LandUseFigure;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.AsciiGridSource;
import org.fisherscope.io.TiffRasterSource;
import org.fisherscope.io.YearFromName;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.Trajectory;

/**
 * State of the Land-use workspace: the folder of yearly rasters, the analysis run in the background
 * (progress and cancel in the status bar), the figure chosen and the year of the box-counting view.
 */
public final class LandUseViewModel {

    private final TaskMonitor tasks;
    private final ObjectProperty<FigureTheme> theme;
    private final ReadOnlyObjectWrapper<Path> folder = new ReadOnlyObjectWrapper<>(this, "folder");
    private final ReadOnlyObjectWrapper<LandUseAnalysis.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<LandUseFigure.View> view = new SimpleObjectProperty<>(this, "view",
            LandUseFigure.View.TRAJECTORY);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ReadOnlyObjectWrapper<LandUseFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final javafx.beans.property.StringProperty lessonText = new javafx.beans.property.SimpleStringProperty(
            this, "lessonText", "");

    public LandUseViewModel(TaskMonitor tasks, ObjectProperty<FigureTheme> theme) {
        this.tasks = tasks;
        this.theme = theme;
        result.addListener((obs, old, r) -> refresh());
        view.addListener((obs, old, v) -> refresh());
        year.addListener((obs, old, y) -> refresh());
        theme.addListener((obs, old, t) -> refresh());
    }

    /** Analyses every .tif/.tiff/.asc raster of a folder in the background; what was shown stays until it succeeds. */
    public void load(Path directory) {
        Task<LandUseAnalysis.Result> task = new Task<>() {
            @Override
            protected LandUseAnalysis.Result call() throws Exception {
                updateMessage("Analysing the rasters of " + directory.getFileName() + " …");
                updateProgress(-1, 1);
                List<Path> files = rasters(directory);
                int[] years = new int[files.size()];
                List<LandUseAnalysis.YearRaster> sources = new ArrayList<>();
                for (int i = 0; i < files.size(); i++) {
                    Path file = files.get(i);
                    years[i] = YearFromName.of(file.getFileName().toString()).orElseThrow(() ->
                            new InvalidInputException(file.getFileName() + " has no year (19xx or 20xx) in its name"));
                    sources.add(() -> file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".asc")
                            ? AsciiGridSource.open(file) : TiffRasterSource.open(file));
                }
                LandUseAnalysis.Result r = LandUseAnalysis.run(years, sources, Legend.esri(), this::isCancelled);
                updateMessage("Analysed " + files.size() + " years from " + directory);
                return r;
            }
        };
        task.setOnSucceeded(e -> {
            error.set("");
            folder.set(directory);
            year.set(task.getValue().years()[task.getValue().years().length - 1]);
            result.set(task.getValue());
        });
        task.setOnFailed(e -> error.set(task.getException().getMessage() == null ? task.getException().toString()
                : task.getException().getMessage()));
        tasks.run(task);
    }

    /** The rasters of a folder, sorted by the year in their names. */
    static List<Path> rasters(Path directory) throws java.io.IOException {
        if (!Files.isDirectory(directory)) {
            throw new InvalidInputException(directory + " is not a folder");
        }
        try (Stream<Path> listing = Files.list(directory)) {
            List<Path> files = listing.filter(p -> {
                String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return n.endsWith(".tif") || n.endsWith(".tiff") || n.endsWith(".asc");
            }).sorted(Comparator.comparingInt(p -> YearFromName.of(p.getFileName().toString()).orElse(0))).toList();
            if (files.size() < 2) {
                throw new InvalidInputException("the folder holds " + files.size() + " rasters; the analysis needs at"
                        + " least two years");
            }
            return files;
        }
    }

    private void refresh() {
        LandUseAnalysis.Result r = result.get();
        if (r == null) {
            figure.set(null);
            return;
        }
        int index = 0;
        for (int i = 0; i < r.years().length; i++) {
            if (year.get() != null && r.years()[i] == year.get()) {
                index = i;
            }
        }
        try {
            figure.set(new LandUseFigure(r, view.get(), index, theme.get(), "fisherscope figure landuse --input "
                    + folder.get() + " --view " + view.get().id()
                    + (view.get() == LandUseFigure.View.BOXCOUNT || view.get() == LandUseFigure.View.MAP
                    ? " --year " + r.years()[index] : "")));
            error.set("");
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
        }
        Trajectory.Period fastest = r.simplex().periods().stream()
                .max(Comparator.comparingDouble(Trajectory.Period::velocity)).orElseThrow();
        LandUseAnalysis.YearResult last = r.perYear().get(r.perYear().size() - 1);
        Double crops = r.chain().expectedYears().get("Crops");
        summary.set(String.format(Locale.ROOT, "peak velocity %.3f rad/yr in %d–%d; %d pulse(s)%n"
                        + "expected years to Built from Crops: %s%nBuilt self-retention %.3f%n"
                        + "%d: Built p = %.3f, largest cluster %.1f %% of Built%s",
                fastest.velocity(), fastest.from(), fastest.to(), r.simplex().pulses().size(),
                crops == null ? "never (cannot reach Built)" : String.format(Locale.ROOT, "%.1f", crops),
                r.chain().builtSelfRetention(), last.year(), last.percolation().p(),
                100 * last.percolation().largestShare(),
                last.boundary() == null ? "" : String.format(Locale.ROOT, ", boundary d_f = %.3f", last.boundary().dimension())));
    }

    /** The explanation of the lesson being followed ("" for none). */
    public javafx.beans.property.StringProperty lessonTextProperty() {
        return lessonText;
    }

    public ReadOnlyObjectProperty<Path> folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<LandUseAnalysis.Result> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ObjectProperty<LandUseFigure.View> viewProperty() {
        return view;
    }

    public ObjectProperty<Integer> yearProperty() {
        return year;
    }

    public ReadOnlyObjectProperty<LandUseFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }
}
