package org.fisherscope.app.landuse;

import java.awt.Rectangle;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Task;
import org.fisherscope.app.TaskMonitor;
import org.fisherscope.figure.Figure;
import org.fisherscope.figure.FigureMetadata;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.figure.LandUseCsvTables;
import org.fisherscope.figure.LandUseFigure;
import org.fisherscope.figure.NoticeFigure;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.io.RasterSource;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;
import org.fisherscope.landuse.Trajectory;

/**
 * State of the Land-use workspace: what is loaded (a folder, raster files or count tables, and the
 * study window), the analysis run in the background (progress and cancel in the status bar), the
 * figure chosen and the year of the map and box-counting views. A load that fails leaves what was
 * loaded before in place and says why.
 */
public final class LandUseViewModel {

    /** Smallest study window side in pixels: box counting needs a few box sizes. */
    static final int MIN_WINDOW_SIDE = 16;

    private final TaskMonitor tasks;
    private final ObjectProperty<FigureTheme> theme;
    private final LandUseLoader loader;
    private final ReadOnlyObjectWrapper<LandUseInput> input = new ReadOnlyObjectWrapper<>(this, "input");
    private final ReadOnlyObjectWrapper<LandUseLoader.Extent> extent = new ReadOnlyObjectWrapper<>(this, "extent");
    private final ReadOnlyObjectWrapper<LandUseAnalysis.Result> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ObjectProperty<LandUseFigure.View> view = new SimpleObjectProperty<>(this, "view",
            LandUseFigure.View.TRAJECTORY);
    private final ObjectProperty<Integer> year = new SimpleObjectProperty<>(this, "year");
    private final ReadOnlyObjectWrapper<Figure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper windowText = new ReadOnlyStringWrapper(this, "windowText", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading", false);
    private final StringProperty lessonText = new SimpleStringProperty(this, "lessonText", "");
    /** The last input asked for, loaded or not: a window typed after a failed load applies to it. */
    private LandUseInput lastAsked;
    private Task<LandUseLoader.Loaded> running;

    public LandUseViewModel(TaskMonitor tasks, ObjectProperty<FigureTheme> theme) {
        this(tasks, theme, LandUseLoader.defaultCellBudget());
    }

    /** @param cellBudget most cells one year's grid may have (tests lower it to try the refusal) */
    LandUseViewModel(TaskMonitor tasks, ObjectProperty<FigureTheme> theme, long cellBudget) {
        this.tasks = tasks;
        this.theme = theme;
        this.loader = new LandUseLoader(cellBudget);
        result.addListener((obs, old, r) -> refresh());
        view.addListener((obs, old, v) -> refresh());
        year.addListener((obs, old, y) -> refresh());
        theme.addListener((obs, old, t) -> refresh());
        loading.addListener((obs, old, busy) -> {
            if (result.get() == null) {
                refresh();
            }
        });
    }

    /** Analyses the rasters of a folder (or its two tables). */
    public void load(Path directory) {
        load(LandUseInput.folder(directory));
    }

    /**
     * Opens dropped or chosen paths: one folder, raster files or the two CSV tables. Anything else is
     * refused with a message and changes nothing.
     */
    public void open(List<Path> paths) {
        try {
            load(LandUseInput.of(paths));
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
        }
    }

    /** Analyses an input in the background; what was shown stays until it succeeds. */
    public void load(LandUseInput wanted) {
        lastAsked = wanted;
        // isRunning() lags behind a task just submitted; isDone() does not.
        if (running != null && !running.isDone()) {
            running.cancel();
        }
        Task<LandUseLoader.Loaded> task = new Task<>() {
            @Override
            protected LandUseLoader.Loaded call() throws Exception {
                updateMessage("Analysing " + wanted.label() + (wanted.window() == null ? "" : " (window)") + " …");
                updateProgress(-1, 1);
                LandUseLoader.Loaded loaded = loader.load(wanted, Legend.esri(), this::isCancelled);
                updateMessage("Analysed " + loaded.result().years().length + " years from " + wanted.label());
                return loaded;
            }
        };
        task.setOnSucceeded(e -> {
            if (running != task) {
                return;  // a newer load replaced this one
            }
            LandUseLoader.Loaded loaded = task.getValue();
            error.set("");
            input.set(loaded.input());
            extent.set(loaded.extent());
            int[] years = loaded.result().years();
            Integer keep = year.get();
            boolean yearStays = keep != null && java.util.Arrays.stream(years).anyMatch(y -> y == keep);
            year.set(yearStays ? keep : years[years.length - 1]);
            result.set(loaded.result());
            windowText.set(describeWindow());
            settle(task);
        });
        task.setOnFailed(e -> {
            if (running == task) {
                error.set(message(task.getException()));
            }
            settle(task);
        });
        task.setOnCancelled(e -> settle(task));
        running = task;
        loading.set(true);
        tasks.run(task);
    }

    /** The end of a load: busy no more, unless a newer load has replaced it. */
    private void settle(Task<LandUseLoader.Loaded> task) {
        if (running == task) {
            loading.set(false);
        }
    }

    /** A human message for a failed load. */
    static String message(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return "the analysis ran out of memory (" + (Runtime.getRuntime().maxMemory() >> 20) + " MB of heap):"
                    + " analyse a smaller window, or start Java with a larger -Xmx; nothing else changed";
        }
        if (e instanceof InvalidInputException || e instanceof java.io.IOException) {
            return e.getMessage() == null ? e.toString() : e.getMessage();
        }
        return "could not analyse the input: " + (e.getMessage() == null ? e.toString() : e.getMessage());
    }

    /**
     * The grid window (pixels of the whole rasters) that a box dragged on the map view covers, from
     * its corners in drawing coordinates; null if the box is smaller than {@link #MIN_WINDOW_SIDE}.
     */
    public Rectangle windowFromDrag(LandUseFigure.MapPlacement placement, double x0, double y0, double x1,
                                    double y1) {
        LandUseAnalysis.Result r = result.get();
        if (r == null || extent.get() == null) {
            return null;
        }
        Rectangle analysed = analysedGrid();
        double perX = (double) placement.previewColumns() * placement.stride() / placement.image().getWidth();
        double perY = (double) placement.previewRows() * placement.stride() / placement.image().getHeight();
        int c0 = clamp((int) Math.floor((Math.min(x0, x1) - placement.image().getX()) * perX), analysed.width);
        int c1 = clamp((int) Math.ceil((Math.max(x0, x1) - placement.image().getX()) * perX), analysed.width);
        int r0 = clamp((int) Math.floor((Math.min(y0, y1) - placement.image().getY()) * perY), analysed.height);
        int r1 = clamp((int) Math.ceil((Math.max(y0, y1) - placement.image().getY()) * perY), analysed.height);
        if (c1 - c0 < MIN_WINDOW_SIDE || r1 - r0 < MIN_WINDOW_SIDE) {
            return null;
        }
        return new Rectangle(analysed.x + c0, analysed.y + r0, c1 - c0, r1 - r0);
    }

    private static int clamp(int v, int max) {
        return Math.max(0, Math.min(max, v));
    }

    /** The part of the whole rasters analysed now (the window, or all of it). */
    Rectangle analysedGrid() {
        LandUseLoader.Extent e = extent.get();
        LandUseInput in = input.get();
        if (e == null || in == null) {
            return null;
        }
        return in.window() == null ? new Rectangle(0, 0, e.width(), e.height()) : new Rectangle(in.window());
    }

    /** Re-runs the analysis of the loaded rasters on a window of them (pixels of the whole rasters). */
    public void analyseWindow(Rectangle window) {
        LandUseInput in = input.get();
        if (in == null || !in.hasMaps()) {
            error.set("a study window needs rasters; count tables have no map");
            return;
        }
        load(in.withWindow(window));
    }

    /** Re-runs the analysis on the whole rasters. */
    public void resetWindow() {
        LandUseInput in = input.get();
        if (in != null && in.window() != null) {
            load(in.withWindow(null));
        }
    }

    /**
     * A window typed as {@code col,row,width,height}: applied to the rasters loaded, or to the last
     * ones asked for when they could not be loaded whole (too large for memory).
     */
    public void applyWindowText(String text) {
        LandUseInput target = lastAsked != null && lastAsked.hasMaps() ? lastAsked : input.get();
        if (target == null || !target.hasMaps()) {
            error.set("a study window needs rasters; open a folder or raster files first");
            return;
        }
        String[] parts = text.trim().split("\\s*,\\s*");
        if (parts.length != 4) {
            error.set("a window is col,row,width,height in pixels, e.g. 400,200,300,250; got '" + text.trim() + "'");
            return;
        }
        int[] v = new int[4];
        for (int i = 0; i < 4; i++) {
            try {
                v[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                error.set("a window is four whole numbers col,row,width,height; '" + parts[i] + "' is not one");
                return;
            }
        }
        if (v[0] < 0 || v[1] < 0 || v[2] < MIN_WINDOW_SIDE || v[3] < MIN_WINDOW_SIDE) {
            error.set("a window needs col, row ≥ 0 and width, height ≥ " + MIN_WINDOW_SIDE + " pixels");
            return;
        }
        load(target.withWindow(new Rectangle(v[0], v[1], v[2], v[3])));
    }

    private String describeWindow() {
        LandUseInput in = input.get();
        LandUseLoader.Extent e = extent.get();
        if (in == null) {
            return "";
        }
        if (!in.hasMaps() || e == null) {
            return "Count tables: no map, so no study window.";
        }
        Rectangle w = analysedGrid();
        StringBuilder s = new StringBuilder();
        if (in.window() == null) {
            s.append(String.format(Locale.ROOT, "Full extent: %d × %d pixels", e.width(), e.height()));
        } else {
            s.append(String.format(Locale.ROOT, "Window %d,%d,%d,%d (col,row,width,height) of %d × %d pixels", w.x,
                    w.y, w.width, w.height, e.width(), e.height()));
        }
        e.geo().ifPresent(t -> s.append("\nmap: ").append(bbox(t, w)));
        return s.toString();
    }

    /** The window in map coordinates as {@code --bbox} takes them: x from west to east, y from south to north. */
    static String bbox(RasterSource.GeoTransform t, Rectangle w) {
        double xmin = t.originX() + w.x * t.pixelWidth();
        double xmax = t.originX() + (w.x + w.width) * t.pixelWidth();
        double ymax = t.originY() - w.y * t.pixelHeight();
        double ymin = t.originY() - (w.y + w.height) * t.pixelHeight();
        // Enough decimals to tell neighbouring pixels apart.
        int decimals = Math.max(0, (int) Math.ceil(-Math.log10(Math.min(t.pixelWidth(), t.pixelHeight()))) + 1);
        String f = "%." + decimals + "f";
        return String.format(Locale.ROOT, "x " + f + " to " + f + ", y " + f + " to " + f, xmin, xmax, ymin, ymax);
    }

    /** The year shown by the map and box-counting views, as an index into the result's years. */
    public int yearIndex() {
        LandUseAnalysis.Result r = result.get();
        if (r == null) {
            return 0;
        }
        int index = r.years().length - 1;
        for (int i = 0; i < r.years().length; i++) {
            if (year.get() != null && r.years()[i] == year.get()) {
                index = i;
            }
        }
        return index;
    }

    /** Moves the selected year by {@code steps} (negative: earlier), staying within the years. */
    public void stepYear(int steps) {
        LandUseAnalysis.Result r = result.get();
        if (r != null) {
            int i = Math.max(0, Math.min(r.years().length - 1, yearIndex() + steps));
            year.set(r.years()[i]);
        }
    }

    /** The headless command that draws the figure on screen. */
    public String figureCommand() {
        LandUseAnalysis.Result r = result.get();
        LandUseInput in = input.get();
        if (r == null || in == null) {
            return "";
        }
        return "fisherscope figure landuse " + in.commandArguments() + " --view " + view.get().id()
                + (view.get().showsOneYear() ? " --year " + r.years()[yearIndex()] : "");
    }

    /** The headless command that prints every number of the tables. */
    public String analysisCommand() {
        LandUseInput in = input.get();
        return in == null ? "" : "fisherscope landuse " + in.commandArguments() + " --json";
    }

    private void refresh() {
        LandUseAnalysis.Result r = result.get();
        if (r == null) {
            // Nothing loaded yet: say what is happening rather than show an empty pane.
            figure.set(!loading.get() ? null : new NoticeFigure("Land-use simplex", "Analysing "
                    + (lastAsked == null ? "the rasters" : lastAsked.label()) + " … (progress and Cancel in the"
                    + " status bar)", theme.get(), new FigureMetadata("Land-use analysis under way", "", List.of(), "")));
            return;
        }
        int index = yearIndex();
        String reason = LandUseFigure.unavailable(r, view.get()).orElse(null);
        if (reason != null) {
            figure.set(new NoticeFigure(view.get().toString() + ": not available for this input", reason, theme.get(),
                    new FigureMetadata(view.get().toString() + " (not available)", reason, List.of(),
                            figureCommand())));
        } else {
            figure.set(new LandUseFigure(r, view.get(), index, theme.get(), figureCommand()));
        }
        summary.set(summarise(r));
    }

    private static String summarise(LandUseAnalysis.Result r) {
        Trajectory.Period fastest = r.simplex().periods().stream()
                .max(Comparator.comparingDouble(Trajectory.Period::velocity)).orElseThrow();
        LandUseAnalysis.YearResult last = r.perYear().get(r.perYear().size() - 1);
        Double crops = r.chain().expectedYears().get("Crops");
        StringBuilder s = new StringBuilder(String.format(Locale.ROOT, "peak velocity %.3f rad/yr in %d–%d; %d pulse(s)"
                        + "%nexpected years to Built from Crops: %s%nBuilt self-retention %.3f",
                fastest.velocity(), fastest.from(), fastest.to(), r.simplex().pulses().size(),
                crops == null ? "never (cannot reach Built)" : String.format(Locale.ROOT, "%.1f", crops),
                r.chain().builtSelfRetention()));
        if (last.percolation() != null) {
            s.append(String.format(Locale.ROOT, "%n%d: Built p = %.3f, largest cluster %.1f %% of Built%s", last.year(),
                    last.percolation().p(), 100 * last.percolation().largestShare(), last.boundary() == null ? ""
                            : String.format(Locale.ROOT, ", boundary d_f = %.3f", last.boundary().dimension())));
        } else {
            s.append(String.format(Locale.ROOT, "%nfrom count tables: no percolation or box counting"));
        }
        return s.toString();
    }

    /** Writes one table as CSV in the background; a failure is shown in the error line. */
    public void exportTable(LandUseCsvTables.Table table, Path target) {
        LandUseAnalysis.Result r = result.get();
        if (r == null) {
            error.set("nothing to export yet: no analysis is loaded");
            return;
        }
        String reason = LandUseCsvTables.unavailable(r, table).orElse(null);
        if (reason != null) {
            error.set("the " + table.toString().toLowerCase(Locale.ROOT) + " table is not available: " + reason);
            return;
        }
        String command = analysisCommand();
        Task<Path> task = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Writing " + target.getFileName() + " …");
                LandUseCsvTables.write(target, r, table, command);
                updateMessage("Wrote " + target);
                return target;
            }
        };
        task.setOnFailed(e -> error.set("could not write " + target.getFileName() + ": "
                + message(task.getException())));
        tasks.run(task);
    }

    /** Writes every table available for this input into a folder, one CSV each (landuse-*.csv). */
    public void exportAllTables(Path folder) {
        LandUseAnalysis.Result r = result.get();
        if (r == null) {
            error.set("nothing to export yet: no analysis is loaded");
            return;
        }
        String command = analysisCommand();
        Task<Integer> task = new Task<>() {
            @Override
            protected Integer call() throws Exception {
                int written = 0;
                for (LandUseCsvTables.Table table : LandUseCsvTables.Table.values()) {
                    if (LandUseCsvTables.unavailable(r, table).isEmpty()) {
                        updateMessage("Writing " + table.fileName() + " …");
                        LandUseCsvTables.write(folder.resolve(table.fileName()), r, table, command);
                        written++;
                    }
                }
                updateMessage("Wrote " + written + " tables to " + folder);
                return written;
            }
        };
        task.setOnFailed(e -> error.set("could not write the tables: " + message(task.getException())));
        tasks.run(task);
    }

    /** The explanation of the lesson being followed ("" for none). */
    public StringProperty lessonTextProperty() {
        return lessonText;
    }

    public ReadOnlyObjectProperty<LandUseInput> inputProperty() {
        return input.getReadOnlyProperty();
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

    public ReadOnlyObjectProperty<Figure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** The study window in pixels and map coordinates, or why there is none. */
    public ReadOnlyStringProperty windowTextProperty() {
        return windowText.getReadOnlyProperty();
    }

    /** True while an analysis runs. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether the loaded input has a study window (not the full extent). */
    public boolean hasWindow() {
        return input.get() != null && input.get().window() != null;
    }
}
