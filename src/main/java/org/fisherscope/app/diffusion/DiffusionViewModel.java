package org.fisherscope.app.diffusion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import org.fisherscope.app.TaskMonitor;
import org.fisherscope.diffusion.CorruptionPreview;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleComparison;
import org.fisherscope.diffusion.ScheduleSpec;
import org.fisherscope.diffusion.SpectrumSpec;
import org.fisherscope.figure.DiffusionAnalysis;
import org.fisherscope.figure.DiffusionCsvTables;
import org.fisherscope.figure.DiffusionFigure;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.figure.PreviewFrames;
import org.fisherscope.geometry.InvalidInputException;

/**
 * State of the Diffusion-schedules workspace. The inputs (spectrum source, power-law fields, image, schedules,
 * table, time discretisation) are turned into the command line's SPEC and schedule list and analysed in the
 * background; only a successful analysis replaces what is shown, so bad input leaves the last good state
 * with a message. The corrupted images of the preview follow t in the background, the newest request
 * winning.
 */
public final class DiffusionViewModel {

    /** Where the spectrum comes from. */
    public enum Source { POWER_LAW, IMAGE }

    /** The GUI's largest power-law grid side: bigger grids take long; the command line takes up to 4096. */
    static final int MAX_GUI_SIZE = 1024;

    /** The shipped photographs. */
    static final Path SAMPLES = Path.of("sample-data", "images");

    /** What an analysis ran on. */
    record Setup(Source source, String spectrumSpec, Path image, boolean[] standard, Path table, int steps) {
    }

    private final TaskMonitor tasks;
    private final ObjectProperty<FigureTheme> theme;

    private final StringProperty c1 = new SimpleStringProperty(this, "c1", "1.59");
    private final StringProperty c2 = new SimpleStringProperty(this, "c2", "0.0086");
    private final StringProperty m = new SimpleStringProperty(this, "m", "2");
    private final StringProperty size = new SimpleStringProperty(this, "size", "32");
    private final ObjectProperty<Integer> dims = new SimpleObjectProperty<>(this, "dims", 2);
    private final StringProperty channel = new SimpleStringProperty(this, "channel", "luminance");
    private final StringProperty use = new SimpleStringProperty(this, "use", "rings");
    private final BooleanProperty spd = new SimpleBooleanProperty(this, "spd", true);
    private final BooleanProperty linear = new SimpleBooleanProperty(this, "linear", true);
    private final BooleanProperty cosine = new SimpleBooleanProperty(this, "cosine", true);
    private final BooleanProperty blur = new SimpleBooleanProperty(this, "blur", true);
    private final BooleanProperty useTable = new SimpleBooleanProperty(this, "useTable", false);
    private final BooleanProperty discrete = new SimpleBooleanProperty(this, "discrete", false);
    private final StringProperty steps = new SimpleStringProperty(this, "steps", "1000");

    private final ReadOnlyObjectWrapper<Source> source = new ReadOnlyObjectWrapper<>(this, "source", Source.POWER_LAW);
    private final ReadOnlyObjectWrapper<Path> image = new ReadOnlyObjectWrapper<>(this, "image");
    private final ReadOnlyObjectWrapper<Path> table = new ReadOnlyObjectWrapper<>(this, "table");

    private final DoubleProperty t = new SimpleDoubleProperty(this, "t", 0.5);
    private final ObjectProperty<DiffusionFigure.View> view = new SimpleObjectProperty<>(this, "view",
            DiffusionFigure.View.SPEED);
    private final IntegerProperty snrSchedule = new SimpleIntegerProperty(this, "snrSchedule", 0);
    private final BooleanProperty split = new SimpleBooleanProperty(this, "split", false);

    private final ReadOnlyObjectWrapper<DiffusionAnalysis> analysis = new ReadOnlyObjectWrapper<>(this, "analysis");
    private final ReadOnlyObjectWrapper<PreviewFrames> frames = new ReadOnlyObjectWrapper<>(this, "frames");
    private final ReadOnlyObjectWrapper<DiffusionFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper sourceText = new ReadOnlyStringWrapper(this, "sourceText", "");
    private final StringProperty lessonText = new SimpleStringProperty(this, "lessonText", "");
    private final ObservableList<ScheduleComparison.Row> rows = FXCollections.observableArrayList();
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy", false);
    private final IntegerProperty failures = new SimpleIntegerProperty(this, "failures", 0);

    private Task<DiffusionAnalysis> running;
    private Task<PreviewFrames> framesTask;
    private boolean framesPending;
    /** The strip of the current analysis, kept while only t changes (the strip does not depend on it). */
    private PreviewFrames strip;
    private Setup setup;

    public DiffusionViewModel(TaskMonitor tasks, ObjectProperty<FigureTheme> theme) {
        this.tasks = tasks;
        this.theme = theme;
        analysis.addListener((obs, old, a) -> {
            strip = null;
            frames.set(null);
            rows.setAll(a == null ? List.of() : a.rows());
            if (snrSchedule.get() >= (a == null ? 0 : a.schedules().size())) {
                snrSchedule.set(0);
            }
            summarise();
            refresh();
            requestFrames();
        });
        t.addListener((obs, old, now) -> {
            refresh();
            if (view.get() == DiffusionFigure.View.PREVIEW) {
                requestFrames();
            }
        });
        view.addListener((obs, old, now) -> {
            refresh();
            requestFrames();
        });
        split.addListener((obs, old, now) -> {
            refresh();
            requestFrames();
        });
        snrSchedule.addListener((obs, old, now) -> refresh());
        frames.addListener((obs, old, now) -> refresh());
        theme.addListener((obs, old, now) -> refresh());
    }

    // ------------------------------------------------------------------ inputs

    /** Analyses with the power-law fields. */
    public void usePowerLaw() {
        run(Source.POWER_LAW, image.get(), table.get());
    }

    /** Analyses an image; the one shown stays if it cannot be read. */
    public void openImage(Path path) {
        run(Source.IMAGE, path, table.get());
    }

    /** Analyses with the image source: the image loaded before, or the first sample. */
    public void useImage() {
        Path path = image.get() != null ? image.get() : SAMPLES.resolve("chelsea.png");
        run(Source.IMAGE, path, table.get());
    }

    /** Adds (or replaces) a user schedule table; it stays out if it cannot be read. */
    public void loadTable(Path path) {
        boolean before = useTable.get();
        useTable.set(true);
        run(source.get(), image.get(), path, () -> useTable.set(before));
    }

    /** Analyses again with the current fields and the source shown. */
    public void analyse() {
        run(source.get(), image.get(), table.get());
    }

    /** Starts the analysis of a candidate setup, or says why the fields do not make one. */
    private void run(Source wanted, Path imagePath, Path tablePath) {
        run(wanted, imagePath, tablePath, () -> { });
    }

    /** As above; {@code undo} puts back an input choice when the analysis fails. */
    private void run(Source wanted, Path imagePath, Path tablePath, Runnable undo) {
        Setup candidate;
        try {
            candidate = setup(wanted, imagePath, tablePath);
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            undo.run();
            failures.set(failures.get() + 1);
            return;
        }
        if (running != null) {
            running.cancel();
        }
        Task<DiffusionAnalysis> task = new Task<>() {
            @Override
            protected DiffusionAnalysis call() throws Exception {
                updateMessage("Analysing the schedules …");
                updateProgress(0, 1);
                SpectrumSpec.Parsed parsed = SpectrumSpec.parse(candidate.spectrumSpec());
                List<Schedule> schedules = ScheduleSpec.parse(schedulesSpec(candidate));
                DiffusionAnalysis.Input input = new DiffusionAnalysis.Input(parsed.spectrum(), parsed.image(), schedules,
                        candidate.steps(), candidate.spectrumSpec(), schedulesSpec(candidate),
                        CorruptionPreview.DEFAULT_SEED);
                DiffusionAnalysis result = DiffusionAnalysis.compute(input, (fraction, message) -> {
                    updateProgress(fraction, 1);
                    updateMessage(message);
                }, this::isCancelled);
                updateMessage("Analysed " + schedules.size() + " schedules on " + parsed.spectrum().description());
                return result;
            }
        };
        running = task;
        busy.set(true);
        task.setOnSucceeded(e -> {
            if (running == task) {
                busy.set(false);
                running = null;
            }
            setup = candidate;
            error.set("");
            source.set(candidate.source());
            if (candidate.source() == Source.IMAGE) {
                image.set(candidate.image());
            }
            table.set(candidate.table());
            analysis.set(task.getValue());
        });
        task.setOnFailed(e -> {
            if (running == task) {
                busy.set(false);
                running = null;
            }
            Throwable x = task.getException();
            error.set(message(x, candidate));
            undo.run();
            // What is shown stays; the view puts its source buttons back to the last good source.
            failures.set(failures.get() + 1);
        });
        task.setOnCancelled(e -> {
            if (running == task) {
                busy.set(false);
                running = null;
            }
        });
        tasks.run(task);
    }

    private static String message(Throwable x, Setup candidate) {
        if (x instanceof InvalidInputException) {
            return x.getMessage();
        }
        if (x instanceof java.io.IOException) {
            return "could not read " + (candidate.image() != null ? candidate.image() : "the input") + ": "
                    + (x.getMessage() == null ? x.toString() : x.getMessage());
        }
        if (x instanceof OutOfMemoryError) {
            return "not enough memory for this spectrum; choose a smaller grid";
        }
        return x.getMessage() == null ? x.toString() : x.getMessage();
    }

    /** The setup the fields describe now, checked where the engine's own messages would be unclear. */
    Setup setup(Source wanted, Path imagePath, Path tablePath) {
        boolean[] standard = {spd.get(), linear.get(), cosine.get(), blur.get()};
        boolean anyStandard = standard[0] || standard[1] || standard[2] || standard[3];
        if (!anyStandard && !(useTable.get() && tablePath != null)) {
            throw new InvalidInputException("choose at least one schedule");
        }
        int n = 0;
        if (discrete.get()) {
            try {
                n = Integer.parseInt(steps.get().trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("steps must be a whole number from 1 to 100000, got '" + steps.get() + "'");
            }
            if (n < 1 || n > 100_000) {
                throw new InvalidInputException("steps must be a whole number from 1 to 100000, got " + n);
            }
        }
        String spec;
        if (wanted == Source.IMAGE) {
            if (imagePath == null) {
                throw new InvalidInputException("open an image first (File → Open image…)");
            }
            if (!Files.isRegularFile(imagePath)) {
                throw new InvalidInputException(imagePath + " is not a file");
            }
            spec = "image:" + imagePath + ",channel=" + channel.get() + ",use=" + use.get();
        } else {
            int side;
            try {
                side = Integer.parseInt(size.get().trim());
            } catch (NumberFormatException e) {
                throw new InvalidInputException("size must be a whole number from 2 to " + MAX_GUI_SIZE + ", got '"
                        + size.get() + "'");
            }
            if (side < 2 || side > MAX_GUI_SIZE) {
                throw new InvalidInputException("size must be a whole number from 2 to " + MAX_GUI_SIZE + " here, got "
                        + side + " (the command line takes up to 4096)");
            }
            spec = "powerlaw:c1=" + number("c1", c1.get()) + ",c2=" + number("c2", c2.get()) + ",m="
                    + number("m", m.get()) + ",size=" + side + ",dims=" + dims.get();
        }
        return new Setup(wanted, spec, imagePath, standard, useTable.get() ? tablePath : null, n);
    }

    private static String number(String name, String text) {
        try {
            double v = Double.parseDouble(text.trim());
            if (!Double.isFinite(v)) {
                throw new NumberFormatException();
            }
            return text.trim();
        } catch (NumberFormatException e) {
            throw new InvalidInputException(name + " must be a finite number, got '" + text + "'");
        }
    }

    static String schedulesSpec(Setup s) {
        List<String> parts = new ArrayList<>();
        String[] ids = {"spd", "linear", "cosine", "blur"};
        for (int i = 0; i < ids.length; i++) {
            if (s.standard()[i]) {
                parts.add(ids[i]);
            }
        }
        if (s.table() != null) {
            parts.add("table:" + s.table());
        }
        return String.join(",", parts);
    }

    // ------------------------------------------------------------------ preview frames

    /** Computes the frames the preview or strip needs, in the background; the newest request wins. */
    private void requestFrames() {
        DiffusionAnalysis a = analysis.get();
        DiffusionFigure.View v = view.get();
        if (a == null || a.preview() == null || !v.needsFrames()) {
            return;
        }
        if (v == DiffusionFigure.View.STRIP && strip != null) {
            frames.set(strip);
            return;
        }
        if (framesTask != null) {
            framesPending = true;
            return;
        }
        double time = t.get();
        boolean parts = split.get();
        boolean isStrip = v == DiffusionFigure.View.STRIP;
        Task<PreviewFrames> task = new Task<>() {
            @Override
            protected PreviewFrames call() {
                updateMessage(isStrip ? "Corrupting the image at t = 0, 0.1, …, 1 …" : "Corrupting the image at t = "
                        + time + " …");
                updateProgress(-1, 1);
                PreviewFrames f = isStrip ? PreviewFrames.strip(a.preview(), a.schedules(), this::isCancelled)
                        : PreviewFrames.preview(a.preview(), a.schedules(), time, parts, this::isCancelled);
                updateMessage(isStrip ? "Frame strip ready" : "Preview at t = " + time);
                return f;
            }
        };
        framesTask = task;
        task.setOnSucceeded(e -> {
            framesTask = null;
            if (analysis.get() == a) {
                if (isStrip) {
                    strip = task.getValue();
                }
                frames.set(task.getValue());
            }
            if (framesPending) {
                framesPending = false;
                requestFrames();
            }
        });
        task.setOnFailed(e -> {
            framesTask = null;
            framesPending = false;
            Throwable x = task.getException();
            error.set("could not corrupt the image: " + (x.getMessage() == null ? x.toString() : x.getMessage()));
        });
        if (isStrip) {
            // The strip takes a few seconds on a large image: shown in the status bar with Cancel.
            task.setOnCancelled(e -> framesTask = null);
            tasks.run(task);
        } else {
            tasks.executor().execute(task);
        }
    }

    /** True when the frames shown belong to the figure asked for now. */
    private boolean framesMatch(PreviewFrames f) {
        if (f == null) {
            return false;
        }
        if (view.get() == DiffusionFigure.View.STRIP) {
            return Double.isNaN(f.t());
        }
        return !Double.isNaN(f.t()) && f.rows() == (split.get() ? 3 : 1);
    }

    // ------------------------------------------------------------------ figure

    private void refresh() {
        DiffusionAnalysis a = analysis.get();
        if (a == null) {
            figure.set(null);
            return;
        }
        DiffusionFigure.View v = view.get();
        PreviewFrames f = frames.get();
        double time = t.get();
        if (v.needsFrames()) {
            if (!framesMatch(f)) {
                f = null;
            } else if (v == DiffusionFigure.View.PREVIEW) {
                // While newer frames are computed, the last ones stay on screen with their own t.
                time = f.t();
            }
        }
        int index = Math.min(snrSchedule.get(), a.schedules().size() - 1);
        figure.set(new DiffusionFigure(a, v, time, Math.max(0, index), split.get(), f, theme.get(),
                commandLine(a, v, time, index)));
    }

    /** The command line that writes the figure shown. */
    String commandLine(DiffusionAnalysis a, DiffusionFigure.View v, double time, int index) {
        List<String> keys = DiffusionCsvTables.keys(a.schedules());
        return "fisherscope figure diffusion " + a.input().arguments() + " --view " + v.id() + " --t " + time
                + (v == DiffusionFigure.View.SNR ? " --schedule " + keys.get(Math.max(0, index)) : "")
                + (split.get() && v == DiffusionFigure.View.PREVIEW ? " --split" : "")
                + (theme.get() == FigureTheme.DARK ? " --theme dark" : "");
    }

    private void summarise() {
        DiffusionAnalysis a = analysis.get();
        if (a == null) {
            summary.set("");
            sourceText.set("");
            return;
        }
        // One sentence on what the table shows: who is the geodesic, how much longer the others are.
        StringBuilder s = new StringBuilder();
        double low = Double.POSITIVE_INFINITY;
        double high = Double.NEGATIVE_INFINITY;
        int others = 0;
        for (ScheduleComparison.Row row : a.rows()) {
            if (row.schedule().id().equals("spd")) {
                s.append(String.format(Locale.ROOT, "SPD is the geodesic: length %.4f = its end-point distance "
                        + "(ratio %.6f). ", row.length(), row.ratio()));
            } else if (Double.isFinite(row.ratio())) {
                low = Math.min(low, row.ratio());
                high = Math.max(high, row.ratio());
                others++;
            }
        }
        if (others > 0) {
            s.append(String.format(Locale.ROOT, others == 1 ? "The other schedule is %.1f %% longer than the distance"
                    + " between its own end points. " : "The others are %.1f–%.1f %% longer than the distances between"
                    + " their own end points. ", 100 * (low - 1), 100 * (high - 1)));
        }
        s.append(a.input().steps() > 0 ? a.input().steps() + " discrete steps." : "Continuous t.");
        summary.set(s.toString());
        String text = a.spectrum().description();
        if (a.input().image() != null && a.input().image().fit() != null) {
            text += String.format(Locale.ROOT, "; fitted m = %.3f (R² = %.3f)", a.input().image().fit().m(),
                    a.input().image().fitR2());
        }
        sourceText.set(text);
    }

    /** Moves t by a step, kept in [0, 1]. */
    public void stepTime(double delta) {
        t.set(Math.max(0, Math.min(1, Math.round((t.get() + delta) * 1000) / 1000.0)));
    }

    // ------------------------------------------------------------------ properties

    public StringProperty c1Property() {
        return c1;
    }

    public StringProperty c2Property() {
        return c2;
    }

    public StringProperty mProperty() {
        return m;
    }

    public StringProperty sizeProperty() {
        return size;
    }

    public ObjectProperty<Integer> dimsProperty() {
        return dims;
    }

    public StringProperty channelProperty() {
        return channel;
    }

    public StringProperty useProperty() {
        return use;
    }

    public BooleanProperty spdProperty() {
        return spd;
    }

    public BooleanProperty linearProperty() {
        return linear;
    }

    public BooleanProperty cosineProperty() {
        return cosine;
    }

    public BooleanProperty blurProperty() {
        return blur;
    }

    public BooleanProperty useTableProperty() {
        return useTable;
    }

    public BooleanProperty discreteProperty() {
        return discrete;
    }

    public StringProperty stepsProperty() {
        return steps;
    }

    public ReadOnlyObjectProperty<Source> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> imageProperty() {
        return image.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Path> tableProperty() {
        return table.getReadOnlyProperty();
    }

    public DoubleProperty tProperty() {
        return t;
    }

    public ObjectProperty<DiffusionFigure.View> viewProperty() {
        return view;
    }

    public IntegerProperty snrScheduleProperty() {
        return snrSchedule;
    }

    public BooleanProperty splitProperty() {
        return split;
    }

    public ReadOnlyObjectProperty<DiffusionAnalysis> analysisProperty() {
        return analysis.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<PreviewFrames> framesProperty() {
        return frames.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DiffusionFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty sourceTextProperty() {
        return sourceText.getReadOnlyProperty();
    }

    public StringProperty lessonTextProperty() {
        return lessonText;
    }

    public ObservableList<ScheduleComparison.Row> rows() {
        return rows;
    }

    /** Counts failed analyses, so that a view can undo a choice that did not take. */
    public javafx.beans.value.ObservableIntegerValue failuresProperty() {
        return failures;
    }

    public BooleanProperty busyProperty() {
        return busy;
    }
}
