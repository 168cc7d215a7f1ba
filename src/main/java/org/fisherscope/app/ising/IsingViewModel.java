package org.fisherscope.app.ising;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import org.fisherscope.app.TaskMonitor;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.figure.IsingChainRecorder;
import org.fisherscope.figure.IsingFigure;
import org.fisherscope.figure.IsingLattice;
import org.fisherscope.figure.PublishedIsingCurvature;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.ising.CouplingGrid;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.CurvatureSource;
import org.fisherscope.ising.CurvatureSources;
import org.fisherscope.ising.LatticeSizes;
import org.fisherscope.ising.MonteCarloRun;
import org.fisherscope.ising.MonteCarloSource;
import org.fisherscope.ising.ScalingFit;

/**
 * State of the Ising workspace: the method and its parameters, the set of L, the series computed in the background
 * (one row per L as it finishes, from the disk cache when the same numbers were computed before), the live chain
 * and the figure shown.
 */
public final class IsingViewModel {

    /** K_c = ½ ln(1 + √2), the 2D critical coupling. */
    public static final double CRITICAL = 0.5 * Math.log(1 + Math.sqrt(2));
    /** The sweep's defaults, those of {@code ising sweep}: three sizes a factor 2 apart, K_c in the middle. */
    static final String DEFAULT_SWEEP_SIZES = "8,16,32";
    static final String DEFAULT_SWEEP_COUPLINGS = "0.3:0.6:31";
    /** The exact lesson's series: to L = 32 in well under a minute, past the published Monte Carlo sizes. */
    static final String EXACT_LESSON_SIZES = "4,6,8,10,12,14,16,18,20,24,32,48,64,96";
    /** The live lattice is redrawn at most this often: smooth to the eye, cheap for the chain. */
    static final long LIVE_INTERVAL_NANOS = 100_000_000L;

    /** How the curvature is computed. */
    public enum Method {
        MONTE_CARLO, EXACT
    }

    /** One row of the table: a point and whether it came from the cache. */
    public record Row(CurvaturePoint point, boolean cached) {
    }

    private final TaskMonitor tasks;
    private final ObjectProperty<FigureTheme> theme;
    private final CurvatureCache cache;

    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(this, "method", Method.MONTE_CARLO);
    private final StringProperty sizes = new SimpleStringProperty(this, "sizes", "4,6,8,10,12");
    private final StringProperty coupling = new SimpleStringProperty(this, "coupling", Double.toString(CRITICAL));
    private final IntegerProperty sweeps = new SimpleIntegerProperty(this, "sweeps", 2000);
    private final IntegerProperty seeds = new SimpleIntegerProperty(this, "seeds", 4);
    private final IntegerProperty firstSeed = new SimpleIntegerProperty(this, "firstSeed", 1);
    private final ObjectProperty<MonteCarloRun.Algorithm> algorithm = new SimpleObjectProperty<>(this, "algorithm",
            MonteCarloRun.Algorithm.WOLFF);
    private final BooleanProperty recompute = new SimpleBooleanProperty(this, "recompute", false);
    private final BooleanProperty live = new SimpleBooleanProperty(this, "live", true);
    private final BooleanProperty reference = new SimpleBooleanProperty(this, "reference", true);
    private final ObjectProperty<IsingFigure.View> view = new SimpleObjectProperty<>(this, "view",
            IsingFigure.View.SCALING);
    private final StringProperty lessonText = new SimpleStringProperty(this, "lessonText", "");
    private final StringProperty sweepSizes = new SimpleStringProperty(this, "sweepSizes", DEFAULT_SWEEP_SIZES);
    private final StringProperty sweepCouplings = new SimpleStringProperty(this, "sweepCouplings",
            DEFAULT_SWEEP_COUPLINGS);

    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<Row> sweepRows = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<IsingLattice> lattice = new ReadOnlyObjectWrapper<>(this, "lattice");
    private final ReadOnlyObjectWrapper<IsingFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyIntegerWrapper computed = new ReadOnlyIntegerWrapper(this, "computed", 0);
    private final ReadOnlyIntegerWrapper cacheHits = new ReadOnlyIntegerWrapper(this, "cacheHits", 0);

    /** What the current series was made with: parameters text and command-line arguments. */
    private String parameters = "";
    private String arguments = "";
    /** What the current sweep was made with, as command-line arguments. */
    private String sweepArguments = "";
    private double seriesCoupling = CRITICAL;
    private Task<Void> task;

    public IsingViewModel(TaskMonitor tasks, ObjectProperty<FigureTheme> theme, java.nio.file.Path cacheFolder) {
        this.tasks = tasks;
        this.theme = theme;
        this.cache = new CurvatureCache(cacheFolder);
        rows.addListener((javafx.collections.ListChangeListener<Row>) c -> refresh());
        sweepRows.addListener((javafx.collections.ListChangeListener<Row>) c -> refresh());
        view.addListener((obs, old, v) -> refresh());
        reference.addListener((obs, old, v) -> refresh());
        theme.addListener((obs, old, t) -> refresh());
        lattice.addListener((obs, old, l) -> {
            if (view.get() == IsingFigure.View.LATTICE) {
                refresh();
            }
        });
        refresh();
    }

    /**
     * Starts computing what the chosen view shows in the background: the sweep of R/n against K for the sweep
     * view, the series of L otherwise. Bad input is explained and changes nothing.
     */
    public void compute() {
        if (view.get() == IsingFigure.View.SWEEP) {
            computeSweep();
        } else {
            computeSeries();
        }
    }

    /** Starts computing the series of L at one K; bad input is explained and changes nothing. */
    public void computeSeries() {
        if (running.get()) {
            return;
        }
        int[] ls;
        double k;
        CurvatureSource source;
        IsingChainRecorder recorder = null;
        try {
            ls = method.get() == Method.EXACT ? LatticeSizes.exact(sizes.get()) : LatticeSizes.monteCarlo(sizes.get());
            k = parseCoupling(coupling.get());
            if (method.get() == Method.EXACT) {
                source = CurvatureSources.exact();
            } else {
                AtomicReference<IsingLattice> latest = new AtomicReference<>();
                recorder = live.get() ? new IsingChainRecorder(sweeps.get(), seeds.get(), algorithm.get(),
                        LIVE_INTERVAL_NANOS, picture -> {
                            // Coalesce: only the newest picture is shown; one hand-over at a time.
                            if (latest.getAndSet(picture) == null) {
                                Platform.runLater(() -> lattice.set(latest.getAndSet(null)));
                            }
                        }) : null;
                source = new MonteCarloSource(sweeps.get(), seeds.get(), firstSeed.get(), algorithm.get(), recorder);
            }
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        parameters = describe(source);
        arguments = "--L " + sizes.get().replaceAll("\\s+", "") + (Math.abs(k - CRITICAL) < 1e-15 ? "" : " --K " + k)
                + " " + source.arguments();
        seriesCoupling = k;
        lattice.set(null);
        rows.clear();
        run(ls, new double[] {k}, source, recorder, rows, "sizes");
    }

    /** Starts computing R/n against K for the sweep's sizes and couplings (exact, cached per point). */
    public void computeSweep() {
        if (running.get()) {
            return;
        }
        int[] ls;
        double[] ks;
        try {
            ls = LatticeSizes.exact(sweepSizes.get());
            ks = CouplingGrid.parse(sweepCouplings.get());
        } catch (InvalidInputException e) {
            error.set(e.getMessage());
            return;
        }
        error.set("");
        sweepArguments = "--L " + sweepSizes.get().replaceAll("\\s+", "") + " --K "
                + CouplingGrid.argument(sweepCouplings.get());
        sweepRows.clear();
        run(ls, ks, CurvatureSources.exact(), null, sweepRows, "points");
    }

    /**
     * Computes every (L, K), L outermost, in a background task: each from the cache when it holds the same
     * numbers, else by the source (then cached), added to {@code target} as it finishes.
     */
    private void run(int[] ls, double[] ks, CurvatureSource source, IsingChainRecorder watcher, ObservableList<Row> target,
                     String unit) {
        boolean fresh = recompute.get();
        int total = ls.length * ks.length;
        Task<Void> work = new Task<>() {
            @Override
            protected Void call() {
                for (int i = 0; i < total; i++) {
                    if (isCancelled()) {
                        break;
                    }
                    int l = ls[i / ks.length];
                    double k = ks[i % ks.length];
                    int index = i;
                    String step = ks.length == 1
                            ? String.format(Locale.ROOT, "L = %d (%d of %d)", l, i + 1, total)
                            : String.format(Locale.ROOT, "L = %d, K = %.4f (%d of %d)", l, k, i + 1, total);
                    updateMessage(step + " …");
                    updateProgress(i, total);
                    Optional<CurvaturePoint> hit = fresh ? Optional.empty() : cache.read(l, k, source.key());
                    CurvaturePoint point;
                    if (hit.isPresent()) {
                        point = hit.get();
                        Platform.runLater(() -> cacheHits.set(cacheHits.get() + 1));
                    } else {
                        if (watcher != null) {
                            watcher.startSize(l, k);
                        }
                        point = source.compute(l, k, this::isCancelled, f -> {
                            updateProgress(index + f, total);
                            updateMessage(String.format(Locale.ROOT, "%s: %.0f %%", step, 100 * f));
                        });
                        // Cancel interrupts this thread, and an interrupted thread cannot write files (the channel
                        // closes); a point that finished anyway is still worth keeping, so write it uninterrupted.
                        boolean interrupted = Thread.interrupted();
                        try {
                            cache.write(point, source.key());
                        } catch (IOException e) {
                            // The result stands; only the next look will have to compute it again.
                            Platform.runLater(() -> error.set("could not cache L = " + l + ": " + e.getMessage()));
                        } finally {
                            if (interrupted) {
                                Thread.currentThread().interrupt();
                            }
                        }
                        // A point that finished after Cancel is kept on disk, but the table already says
                        // "cancelled": adding it now would change what the user stopped looking at.
                        if (isCancelled()) {
                            break;
                        }
                        Platform.runLater(() -> computed.set(computed.get() + 1));
                    }
                    Row row = new Row(point, hit.isPresent());
                    Platform.runLater(() -> target.add(row));
                }
                updateProgress(1, 1);
                updateMessage(String.format(Locale.ROOT, "Ising curvature: %d %s done", total, unit));
                return null;
            }
        };
        task = work;
        running.set(true);
        progressText.bind(work.messageProperty());
        progress.bind(work.progressProperty());
        work.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.SUCCEEDED || state == Worker.State.FAILED || state == Worker.State.CANCELLED) {
                progressText.unbind();
                progress.unbind();
                running.set(false);
                if (state == Worker.State.FAILED) {
                    Throwable e = work.getException();
                    error.set("computation failed: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
                    progressText.set("failed");
                } else if (state == Worker.State.CANCELLED) {
                    progressText.set("cancelled; the " + unit + " finished before stay (and are cached)");
                } else {
                    progressText.set(String.format(Locale.ROOT, "done: %d %s", total, unit));
                }
                refresh();
            }
        });
        tasks.run(work);
    }

    /** Cancels the running series; finished sizes stay. */
    public void cancel() {
        Task<Void> t = task;
        if (t != null && t.isRunning()) {
            t.cancel();
        }
    }

    static double parseCoupling(String text) {
        String t = text == null ? "" : text.trim();
        if (t.equalsIgnoreCase("K_c") || t.equalsIgnoreCase("kc") || t.equalsIgnoreCase("critical")) {
            return CRITICAL;
        }
        double k;
        try {
            k = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new InvalidInputException("K must be a number such as 0.4406868 (or K_c), got '" + text + "'");
        }
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new InvalidInputException("K must be a finite number > 0, got " + text);
        }
        return k;
    }


    private static String describe(CurvatureSource source) {
        if (source instanceof MonteCarloSource mc) {
            return String.format(Locale.ROOT, "Monte Carlo (%s), %d sweeps x %d seeds from seed %d",
                    mc.algorithm() == MonteCarloRun.Algorithm.WOLFF ? "Wolff" : "Metropolis", mc.sweeps(), mc.seeds(),
                    mc.firstSeed());
        }
        return "exact";
    }

    /** The points of the current series, in order of L. */
    public List<CurvaturePoint> points() {
        return rows.stream().map(Row::point).toList();
    }

    /** The points of the current sweep, L outermost then K, as they finished. */
    public List<CurvaturePoint> sweepPoints() {
        return sweepRows.stream().map(Row::point).toList();
    }

    private void refresh() {
        List<CurvaturePoint> points = new ArrayList<>(points());
        boolean sweep = view.get() == IsingFigure.View.SWEEP;
        String made = sweep ? "exact" : parameters.isEmpty() ? "nothing computed yet" : parameters;
        IsingFigure.Content content = new IsingFigure.Content(points, made, reference.get(), lattice.get(),
                sweepPoints());
        figure.set(new IsingFigure(content, view.get(), theme.get(), commandLine()));
        summary.set(sweep ? sweepSummary() : summaryText(points));
    }

    /** The command line that draws the figure shown. */
    String commandLine() {
        if (view.get() == IsingFigure.View.SWEEP) {
            return sweepArguments.isEmpty() ? "" : "fisherscope figure ising --view sweep " + sweepArguments;
        }
        if (arguments.isEmpty()) {
            return "";
        }
        return "fisherscope figure ising " + arguments + " --view " + view.get().id()
                + (reference.get() ? " --reference" : "");
    }

    private String summaryText(List<CurvaturePoint> points) {
        if (points.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        if (points.size() >= 2) {
            ScalingFit f = ScalingFit.of(points.stream().mapToDouble(CurvaturePoint::sites).toArray(),
                    points.stream().mapToDouble(CurvaturePoint::r).toArray());
            s.append(String.format(Locale.ROOT, "d_R = %.4f%s over L = %d…%d%nprediction 10/9 = %.4f%n", f.slope(),
                    Double.isNaN(f.slopeStdErr()) ? "" : String.format(Locale.ROOT, " ± %.4f", f.slopeStdErr()),
                    points.get(0).size(), points.get(points.size() - 1).size(), ScalingFit.ISING_2D_PREDICTION));
        }
        if (points.size() >= 2 && points.stream().allMatch(CurvaturePoint::exact)) {
            // The consecutive exponents are exact too: they show whether the slope is constant.
            s.append("d_eff:");
            for (int i = 0; i + 1 < points.size(); i++) {
                CurvaturePoint a = points.get(i);
                CurvaturePoint b = points.get(i + 1);
                s.append(String.format(Locale.ROOT, "%s %d→%d %.4f", i == 0 ? "" : ",", a.size(), b.size(),
                        Math.log(b.r() / a.r()) / Math.log((double) b.sites() / a.sites())));
            }
            s.append(String.format(Locale.ROOT, "%n"));
        }
        if (reference.get()) {
            List<PublishedIsingCurvature.Comparison> sampled = PublishedIsingCurvature.compare(points).stream()
                    .filter(PublishedIsingCurvature.Comparison::monteCarlo).toList();
            if (!sampled.isEmpty()) {
                s.append("published Monte Carlo − exact, in its errors:");
                for (int i = 0; i < sampled.size(); i++) {
                    s.append(String.format(Locale.ROOT, "%s L = %d %+.1fσ", i == 0 ? "" : ",", sampled.get(i).size(),
                            sampled.get(i).deviation()));
                }
                s.append(String.format(Locale.ROOT, "%n"));
            }
        }
        long fromCache = rows.stream().filter(Row::cached).count();
        s.append(String.format(Locale.ROOT, "%d size%s: %d computed, %d from the cache", points.size(),
                points.size() == 1 ? "" : "s", points.size() - fromCache, fromCache));
        double worst = points.stream().mapToDouble(p -> Math.max(p.r3Deviation(), Math.max(p.r4Deviation(),
                p.sumDeviation()))).max().orElse(0);
        s.append(String.format(Locale.ROOT, "%nR3 = −R1/2, R4 = −R2/2, ΣRi = R: worst deviation %.1e", worst));
        return s.toString();
    }

    private String sweepSummary() {
        List<CurvaturePoint> points = sweepPoints();
        if (points.isEmpty()) {
            return "";
        }
        StringBuilder s = new StringBuilder();
        for (CurvaturePoint p : points) {
            if (Math.abs(p.coupling() - CRITICAL) < 1e-15) {
                s.append(String.format(Locale.ROOT, "L = %d at K_c: R/n = %.4f%n", p.size(), p.r() / p.sites()));
            }
        }
        long fromCache = sweepRows.stream().filter(Row::cached).count();
        s.append(String.format(Locale.ROOT, "%d point%s: %d computed, %d from the cache", points.size(),
                points.size() == 1 ? "" : "s", points.size() - fromCache, fromCache));
        return s.toString();
    }

    /**
     * The exact lesson's preset: an exact series past the published Monte Carlo sizes, with the published values
     * and their deviations shown, computed at once.
     */
    public void applyExactLesson(String text) {
        lessonText.set(text);
        method.set(Method.EXACT);
        sizes.set(EXACT_LESSON_SIZES);
        coupling.set(Double.toString(CRITICAL));
        recompute.set(false);
        reference.set(true);
        view.set(IsingFigure.View.SCALING);
        computeSeries();
    }

    /** Puts the lesson's preset in place (Monte Carlo, L = 4…12, modest sweeps) and computes it. */
    public void applyLesson(String text) {
        lessonText.set(text);
        method.set(Method.MONTE_CARLO);
        sizes.set("4,6,8,10,12");
        coupling.set(Double.toString(CRITICAL));
        sweeps.set(2000);
        seeds.set(4);
        firstSeed.set(1);
        algorithm.set(MonteCarloRun.Algorithm.WOLFF);
        recompute.set(false);
        reference.set(true);
        view.set(IsingFigure.View.SCALING);
        computeSeries();
    }

    public double seriesCoupling() {
        return seriesCoupling;
    }

    public java.nio.file.Path cacheFolder() {
        return cache.folder();
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    public StringProperty sizesProperty() {
        return sizes;
    }

    public StringProperty couplingProperty() {
        return coupling;
    }

    public IntegerProperty sweepsProperty() {
        return sweeps;
    }

    public IntegerProperty seedsProperty() {
        return seeds;
    }

    public IntegerProperty firstSeedProperty() {
        return firstSeed;
    }

    public ObjectProperty<MonteCarloRun.Algorithm> algorithmProperty() {
        return algorithm;
    }

    public BooleanProperty recomputeProperty() {
        return recompute;
    }

    public BooleanProperty liveProperty() {
        return live;
    }

    public BooleanProperty referenceProperty() {
        return reference;
    }

    public ObjectProperty<IsingFigure.View> viewProperty() {
        return view;
    }

    public StringProperty sweepSizesProperty() {
        return sweepSizes;
    }

    public StringProperty sweepCouplingsProperty() {
        return sweepCouplings;
    }

    /** The sweep's rows, L outermost then K, as they finished. */
    public ObservableList<Row> sweepRows() {
        return FXCollections.unmodifiableObservableList(sweepRows);
    }

    public StringProperty lessonTextProperty() {
        return lessonText;
    }

    public ObservableList<Row> rows() {
        return FXCollections.unmodifiableObservableList(rows);
    }

    public ReadOnlyObjectProperty<IsingLattice> latticeProperty() {
        return lattice.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<IsingFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty progressTextProperty() {
        return progressText.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** How many sizes were actually computed (not read from the cache) in this session. */
    public ReadOnlyIntegerProperty computedProperty() {
        return computed.getReadOnlyProperty();
    }

    /** How many sizes were read from the cache in this session. */
    public ReadOnlyIntegerProperty cacheHitsProperty() {
        return cacheHits.getReadOnlyProperty();
    }
}
