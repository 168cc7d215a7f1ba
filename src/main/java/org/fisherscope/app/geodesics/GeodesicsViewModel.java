package org.fisherscope.app.geodesics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.figure.Formats;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.figure.GeodesicScene;
import org.fisherscope.figure.PlaneOverlays;
import org.fisherscope.figure.PlaneView;
import org.fisherscope.geometry.Connection;
import org.fisherscope.geometry.Divergences;
import org.fisherscope.geometry.DualGeodesics;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.PointText;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.Families;

/**
 * State and behaviour of the Geodesics workspace, free of controls: the family, the two end points,
 * the connections shown, the slider's position, and the geodesics computed in the background whenever
 * one of them changes (the latest request wins).
 */
public final class GeodesicsViewModel {

    /** Which end point a user edits or drags. */
    public enum End { A, B }

    /**
     * Dragged positions are rounded to this many decimals: finer than a pixel at any sensible zoom,
     * and it keeps the typed-back text and the equivalent command line short.
     */
    static final int DRAG_DECIMALS = 3;
    /** Bisection steps that pull a dragged point back into the domain (2⁻²⁰ of the drag). */
    private static final int CLAMP_STEPS = 20;

    /** Everything one background solve produces. */
    record Solution(Geodesic fisher, List<Geodesic> others, double klForward, double klBackward, List<String> problems,
                    PlaneOverlays overlays, double[] window) {
    }

    /** Which overlays a request asks for. */
    record OverlayRequest(boolean curvature, boolean ball, boolean tissot) {
        boolean any() {
            return curvature || ball || tissot;
        }
    }



    private final ObjectProperty<FamilyChoice> choice = new SimpleObjectProperty<>(this, "choice", FamilyChoice.NORMAL);
    private final ObjectProperty<double[]> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<double[]> to = new SimpleObjectProperty<>(this, "to");
    private final DoubleProperty marker = new SimpleDoubleProperty(this, "marker", 0.5);
    private final BooleanProperty showE = new SimpleBooleanProperty(this, "showE", false);
    private final BooleanProperty showM = new SimpleBooleanProperty(this, "showM", false);
    private final BooleanProperty showAlpha = new SimpleBooleanProperty(this, "showAlpha", false);
    private final BooleanProperty showCurvature = new SimpleBooleanProperty(this, "showCurvature", false);
    private final BooleanProperty showBall = new SimpleBooleanProperty(this, "showBall", false);
    private final BooleanProperty showTissot = new SimpleBooleanProperty(this, "showTissot", false);
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha", 0.5);
    private final ObjectProperty<double[]> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<Lesson> lesson = new SimpleObjectProperty<>(this, "lesson");
    private final ObjectProperty<PlaneView> view = new SimpleObjectProperty<>(this, "view", PlaneView.PARAMETERS);
    private final ObjectProperty<FigureTheme> theme;
    private final StringProperty fromText = new SimpleStringProperty(this, "fromText", "");
    private final StringProperty toText = new SimpleStringProperty(this, "toText", "");
    private final ReadOnlyObjectWrapper<Solution> solution = new ReadOnlyObjectWrapper<>(this, "solution");
    private final ReadOnlyObjectWrapper<GeodesicFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper distanceText = new ReadOnlyStringWrapper(this, "distanceText", "");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper(this, "detailText", "");
    private final ReadOnlyStringWrapper klText = new ReadOnlyStringWrapper(this, "klText", "");
    private final ReadOnlyStringWrapper lengthsText = new ReadOnlyStringWrapper(this, "lengthsText", "");
    private final ReadOnlyStringWrapper midpointText = new ReadOnlyStringWrapper(this, "midpointText", "");
    private final ReadOnlyStringWrapper markerText = new ReadOnlyStringWrapper(this, "markerText", "");
    private final ReadOnlyStringWrapper conventionText = new ReadOnlyStringWrapper(this, "conventionText", "");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final Service<Solution> solver;
    private boolean refit;
    private double[] surveyedWindow;

    public GeodesicsViewModel(Executor executor, ObjectProperty<FigureTheme> theme) {
        this.theme = theme;
        solver = new Service<>() {
            @Override
            protected Task<Solution> createTask() {
                StatisticalFamily family = choice.get().family();
                double[] p = from.get().clone();
                double[] q = to.get().clone();
                List<Connection> connections = connections();
                double[] viewWindow = window.get() == null ? null : window.get().clone();
                PlaneView shownView = shownView();
                OverlayRequest overlays = new OverlayRequest(
                        showCurvature.get() && overlayUnavailable(PlaneOverlays.Kind.CURVATURE).isEmpty(),
                        showBall.get() && overlayUnavailable(PlaneOverlays.Kind.CIRCLE).isEmpty(),
                        showTissot.get() && overlayUnavailable(PlaneOverlays.Kind.ELLIPSES).isEmpty());
                double markerAt = marker.get();
                return new Task<>() {
                    @Override
                    protected Solution call() {
                        Solution s = solve(family, p, q, connections);
                        if (!overlays.any()) {
                            return s;
                        }
                        double[] w = viewWindow != null ? viewWindow : GeodesicFigure.fittedWindow(
                                new GeodesicScene(s.fisher(), s.others(), markerAt, Optional.empty()), shownView);
                        return new Solution(s.fisher(), s.others(), s.klForward(), s.klBackward(), s.problems(),
                                PlaneOverlays.survey(family, s.fisher(), shownView, w, overlays.curvature(),
                                        overlays.ball(), overlays.tissot(), this::isCancelled), w);
                    }
                };
            }
        };
        solver.setExecutor(executor);
        solver.setOnSucceeded(e -> {
            Solution s = solver.getValue();
            errorText.set(String.join("\n", s.problems()));
            surveyedWindow = s.window();
            if (window.get() == null && s.window() != null) {
                window.set(s.window());
            }
            solution.set(s);
            if (refit) {
                // New curves (another connection): fit the view to them once they are in.
                refit = false;
                window.set(null);
            }
        });
        solver.setOnFailed(e -> errorText.set(message(solver.getException())));
        solution.addListener((obs, old, s) -> refresh());
        marker.addListener((obs, old, t) -> refresh());
        theme.addListener((obs, old, t) -> refresh());
        window.addListener((obs, old, w) -> {
            refresh();
            if (w != null && overlaysWanted() && !java.util.Arrays.equals(w, surveyedWindow)) {
                // The map and the ellipses were surveyed over another window.
                recompute();
            }
        });
        view.addListener((obs, old, v) -> {
            if (choice.get().family().name().startsWith("mvnormal")) {
                // Another data plane: another window.
                window.set(null);
            }
            if (showCurvature.get() || showTissot.get() || showBall.get()) {
                recompute();
            }
            refresh();
        });
        choice.addListener((obs, old, c) -> reset());
        lesson.addListener((obs, old, l) -> {
            if (l != null) {
                apply(l);
            }
        });
        showE.addListener((obs, old, v) -> recomputeAndRefit());
        showM.addListener((obs, old, v) -> recomputeAndRefit());
        showAlpha.addListener((obs, old, v) -> recomputeAndRefit());
        showCurvature.addListener((obs, old, v) -> recompute());
        showBall.addListener((obs, old, v) -> recompute());
        showTissot.addListener((obs, old, v) -> recompute());
        alpha.addListener((obs, old, v) -> {
            if (showAlpha.get()) {
                recomputeAndRefit();
            }
        });
        reset();
    }

    /** The Fisher geodesic, the chosen other connections and KL both ways; what fails is reported, not thrown. */
    static Solution solve(StatisticalFamily family, double[] p, double[] q, List<Connection> connections) {
        Geodesic fisher = Geodesics.between(family, p, q, Geodesics.Choice.AUTO);
        List<Geodesic> others = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Connection c : connections) {
            try {
                others.add(DualGeodesics.between(family, p, q, c));
            } catch (InvalidInputException e) {
                problems.add(c.label() + "-geodesic: " + e.getMessage());
            }
        }
        double forward = Double.NaN;
        double backward = Double.NaN;
        if (Divergences.isDefinedFor(family)) {
            try {
                forward = Divergences.kullbackLeibler(family, p, q);
                backward = Divergences.kullbackLeibler(family, q, p);
            } catch (InvalidInputException boundary) {
                // KL needs interior points: shown as "—".
            }
        }
        return new Solution(fisher, others, forward, backward, problems, PlaneOverlays.NONE, null);
    }

    /** The view drawn now: the chosen one if the family offers it, else the family's first. */
    public PlaneView shownView() {
        return viewFor(choice.get().family());
    }

    private PlaneView viewFor(StatisticalFamily family) {
        List<PlaneView> offered = PlaneView.availableFor(family);
        return offered.contains(view.get()) ? view.get() : offered.get(0);
    }


    private List<Connection> connections() {
        List<Connection> list = new ArrayList<>();
        if (showE.get()) {
            list.add(Connection.E);
        }
        if (showM.get()) {
            list.add(Connection.M);
        }
        if (showAlpha.get() && alpha.get() != 0) {
            list.add(new Connection(alpha.get()));
        }
        return list;
    }

    // --- actions ---------------------------------------------------------------------------------

    /**
     * Sets an end point from a drag. A position outside the family's domain is pulled back along the
     * drag to the last valid point, so a drag never produces an invalid distribution.
     */
    public void move(End end, double[] parameters) {
        StatisticalFamily family = choice.get().family();
        double[] current = endpoint(end).get();
        if (family.name().startsWith("mvnormal") && family.dimension() > 2) {
            // The plane is data space: a drag moves the two means shown and keeps everything else.
            int[] pair = shownView().dataPair();
            double[] moved = current.clone();
            moved[pair[0]] = parameters[0];
            moved[pair[1]] = parameters[1];
            parameters = moved;
        } else if (family.name().equals("dirichlet") && family.dimension() == 3) {
            // The plane shows the mean a/a₀: a drag moves the mean and keeps the concentration a₀.
            double concentration = current[0] + current[1] + current[2];
            parameters = new double[] {parameters[0] * concentration, parameters[1] * concentration,
                parameters[2] * concentration};
        }
        double[] target = round(parameters);
        double[] accepted = valid(family, target);
        if (accepted == null) {
            double lo = 0;
            double hi = 1;
            for (int i = 0; i < CLAMP_STEPS; i++) {
                double mid = (lo + hi) / 2;
                if (valid(family, lerp(current, target, mid)) != null) {
                    lo = mid;
                } else {
                    hi = mid;
                }
            }
            accepted = valid(family, lerp(current, target, lo));
        }
        if (accepted == null || java.util.Arrays.equals(accepted, current)) {
            return;
        }
        endpoint(end).set(accepted);
        text(end).set(Formats.argument(accepted).replace(",", ", "));
        recompute();
    }

    private static double[] valid(StatisticalFamily family, double[] p) {
        try {
            return family.checkParameters(p, true);
        } catch (InvalidInputException e) {
            return null;
        }
    }

    /** Parses typed text for an end point; returns false (and says why) if it is not a valid point. */
    public boolean commit(End end) {
        try {
            StatisticalFamily family = choice.get().family();
            double[] checked = family.checkParameters(PointText.parse(text(end).get()).resolve(family), true);
            endpoint(end).set(checked);
            recompute();
            return true;
        } catch (InvalidInputException e) {
            errorText.set(e.getMessage());
            return false;
        }
    }

    /** Fits the view to the current curves. */
    public void fitView() {
        window.set(null);
        Solution s = solution.get();
        if (s != null) {
            window.set(GeodesicFigure.fittedWindow(scene(s, null), viewFor(s.fisher().family())));
        }
    }

    /** The equivalent headless command for the current figure. */
    public String commandLine() {
        double[] w = window.get();
        List<String> labels = connections().stream().map(Connection::label).toList();
        return "fisherscope figure geodesics --family " + choice.get().spec() + " --from "
                + Formats.argument(from.get()) + " --to " + Formats.argument(to.get())
                + (labels.isEmpty() ? "" : " --connection " + String.join(",", labels))
                + " --marker " + marker.get()
                + (shownView() == availableViews().get(0) ? "" : " --view " + shownView().id())
                + overlayArgument()
                + (w == null ? "" : " --window " + Formats.argument(w))
                + (theme.get() == FigureTheme.DARK ? " --theme dark" : "");
    }

    /** Applies a lesson's preset: its family, end points and connections. */
    private void apply(Lesson l) {
        showE.set(l.showE());
        showM.set(l.showM());
        showAlpha.set(false);
        if (!choice.get().equals(l.choice())) {
            choice.set(l.choice());
        }
        setEnds(l.from(), l.to());
    }

    private String overlayArgument() {
        List<String> names = new ArrayList<>();
        if (showCurvature.get() && overlayUnavailable(PlaneOverlays.Kind.CURVATURE).isEmpty()) {
            names.add("curvature");
        }
        if (showBall.get() && overlayUnavailable(PlaneOverlays.Kind.CIRCLE).isEmpty()) {
            names.add("circle");
        }
        if (showTissot.get() && overlayUnavailable(PlaneOverlays.Kind.ELLIPSES).isEmpty()) {
            names.add("ellipses");
        }
        return names.isEmpty() ? "" : " --overlay " + String.join(",", names);
    }

    private void reset() {
        FamilyChoice c = choice.get();
        solution.set(null);
        view.set(availableViews().get(0));
        Lesson l = lesson.get();
        if (l != null && !l.choice().equals(c)) {
            lesson.set(null);
        }
        setEnds(c.defaultFrom(), c.defaultTo());
    }

    private void setEnds(double[] a, double[] b) {
        FamilyChoice c = choice.get();
        from.set(a.clone());
        to.set(b.clone());
        fromText.set(Formats.argument(a).replace(",", ", "));
        toText.set(Formats.argument(b).replace(",", ", "));
        conventionText.set(c.family().metricDescription());
        window.set(null);
        solution.set(null);
        errorText.set("");
        recompute();
    }

    private void recompute() {
        solver.restart();
    }

    /** Whether overlays are shown that were surveyed over the window (the planes and the half-plane). */
    private boolean overlaysWanted() {
        PlaneView v = shownView();
        boolean followsWindow = v == PlaneView.HALF_PLANE
                || (v == PlaneView.PARAMETERS && choice.get().family().parameterNames().size() == 2);
        return followsWindow && (showCurvature.get() || showTissot.get());
    }

    private void recomputeAndRefit() {
        refit = true;
        recompute();
    }

    private GeodesicScene scene(Solution s, double[] w) {
        return new GeodesicScene(s.fisher(), s.others(), marker.get(), Optional.ofNullable(w), s.overlays());
    }

    private void refresh() {
        Solution s = solution.get();
        if (s == null) {
            figure.set(null);
            return;
        }
        if (window.get() == null) {
            window.set(GeodesicFigure.fittedWindow(scene(s, null), viewFor(s.fisher().family())));
            return;
        }
        Geodesic g = s.fisher();
        distanceText.set(String.format(Locale.ROOT, "%.10f", g.length()));
        detailText.set(g.method().label() + (g.iterations() > 0 ? ", " + g.iterations() + " Newton steps" : "")
                + ", end-point residual " + String.format(Locale.ROOT, "%.1e", g.residual()));
        klText.set(Double.isNaN(s.klForward()) ? "—"
                : String.format(Locale.ROOT, "KL(A‖B) = %.6g,  KL(B‖A) = %.6g", s.klForward(), s.klBackward()));
        StringBuilder lengths = new StringBuilder();
        for (Geodesic other : s.others()) {
            if (lengths.length() > 0) {
                lengths.append("\n");
            }
            lengths.append(other.connection()).append(": length ").append(String.format(Locale.ROOT, "%.6f", other.length()));
        }
        lengthsText.set(lengths.toString());
        midpointText.set(Formats.point(g.pointAt(0.5)));
        markerText.set(String.format(Locale.ROOT, "γ(%.2f) = %s", marker.get(), Formats.point(g.pointAt(marker.get()))));
        // The solution may still be the previous family's while the next one is being solved.
        figure.set(new GeodesicFigure(scene(s, window.get()), theme.get(), viewFor(g.family()), commandLine()));
    }

    private double[] round(double[] p) {
        double scale = Math.pow(10, DRAG_DECIMALS);
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = Math.round(p[i] * scale) / scale;
        }
        if (choice.get().family() instanceof org.fisherscope.geometry.family.CategoricalFamily) {
            // Keep the rounded probabilities on the simplex: the last takes up the rounding.
            double rest = 0;
            for (int i = 0; i < r.length - 1; i++) {
                r[i] = Math.max(0, r[i]);
                rest += r[i];
            }
            r[r.length - 1] = Math.round((1 - rest) * scale) / scale;
        }
        return r;
    }

    private static double[] lerp(double[] a, double[] b, double t) {
        double[] r = new double[a.length];
        for (int i = 0; i < a.length; i++) {
            r[i] = a[i] + t * (b[i] - a[i]);
        }
        return r;
    }

    private static String message(Throwable e) {
        return e == null ? "" : e.getMessage() == null ? e.toString() : e.getMessage();
    }

    private ObjectProperty<double[]> endpoint(End end) {
        return end == End.A ? from : to;
    }

    private StringProperty text(End end) {
        return end == End.A ? fromText : toText;
    }

    // --- properties ------------------------------------------------------------------------------

    /** How the parameter plane is drawn. */
    public ObjectProperty<PlaneView> viewProperty() {
        return view;
    }

    /** The views the current family offers. */
    public List<PlaneView> availableViews() {
        return PlaneView.availableFor(choice.get().family());
    }

    /** The lesson being followed, or null. */
    public ObjectProperty<Lesson> lessonProperty() {
        return lesson;
    }

    public ObjectProperty<FamilyChoice> choiceProperty() {
        return choice;
    }

    /**
     * The family typed into the chooser, or, if the text names none the workspace draws, the current one
     * with the reason shown as the error.
     */
    public FamilyChoice parseChoice(String text) {
        try {
            FamilyChoice c = FamilyChoice.parse(text);
            errorText.set("");
            return c;
        } catch (InvalidInputException e) {
            errorText.set(e.getMessage());
            return choice.get();
        }
    }

    public DoubleProperty markerProperty() {
        return marker;
    }

    public BooleanProperty showCurvatureProperty() {
        return showCurvature;
    }

    public BooleanProperty showBallProperty() {
        return showBall;
    }

    public BooleanProperty showTissotProperty() {
        return showTissot;
    }

    /** Why an overlay cannot be drawn on the current view, or empty if it can. */
    public Optional<String> overlayUnavailable(PlaneOverlays.Kind kind) {
        return PlaneOverlays.unavailable(choice.get().family(), shownView(), kind);
    }

    public BooleanProperty showEProperty() {
        return showE;
    }

    public BooleanProperty showMProperty() {
        return showM;
    }

    public BooleanProperty showAlphaProperty() {
        return showAlpha;
    }

    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    public ReadOnlyObjectProperty<GeodesicFigure> figureProperty() {
        return figure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty distanceTextProperty() {
        return distanceText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty detailTextProperty() {
        return detailText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty klTextProperty() {
        return klText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty lengthsTextProperty() {
        return lengthsText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty midpointTextProperty() {
        return midpointText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty markerTextProperty() {
        return markerText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty conventionTextProperty() {
        return conventionText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorTextProperty() {
        return errorText.getReadOnlyProperty();
    }
}
