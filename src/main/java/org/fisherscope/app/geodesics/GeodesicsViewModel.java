package org.fisherscope.app.geodesics;

import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Executor;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.concurrent.Service;
import javafx.concurrent.Task;
import org.fisherscope.figure.Formats;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.figure.GeodesicScene;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.PointText;
import org.fisherscope.geometry.StatisticalFamily;
import org.fisherscope.geometry.family.Families;

/**
 * State and behaviour of the Geodesics workspace, free of controls: the family, the two end points,
 * the slider's position, and the geodesic computed in the background whenever one of them changes.
 */
public final class GeodesicsViewModel {

    /** Which end point a user edits or drags. */
    public enum End { A, B }

    /** The families this first version draws, with the label shown in the chooser. */
    public enum Choice {
        NORMAL("normal", "Normal N(μ, σ)", new double[] {-1, 0.5}, new double[] {2, 1.5}),
        CATEGORICAL("categorical:k=3", "Categorical (k = 3)", new double[] {0.7, 0.2, 0.1},
                new double[] {0.1, 0.3, 0.6});

        private final String spec;
        private final String label;
        private final double[] defaultFrom;
        private final double[] defaultTo;

        Choice(String spec, String label, double[] defaultFrom, double[] defaultTo) {
            this.spec = spec;
            this.label = label;
            this.defaultFrom = defaultFrom;
            this.defaultTo = defaultTo;
        }

        public StatisticalFamily family() {
            return Families.create(spec, defaultFrom.length);
        }

        public String spec() {
            return spec;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    /**
     * Dragged positions are rounded to this many decimals: finer than a pixel at any sensible zoom,
     * and it keeps the typed-back text and the equivalent command line short.
     */
    static final int DRAG_DECIMALS = 3;

    private final ObjectProperty<Choice> choice = new SimpleObjectProperty<>(this, "choice", Choice.NORMAL);
    private final ObjectProperty<double[]> from = new SimpleObjectProperty<>(this, "from");
    private final ObjectProperty<double[]> to = new SimpleObjectProperty<>(this, "to");
    private final DoubleProperty marker = new SimpleDoubleProperty(this, "marker", 0.5);
    private final ObjectProperty<double[]> window = new SimpleObjectProperty<>(this, "window");
    private final ObjectProperty<FigureTheme> theme;
    private final StringProperty fromText = new SimpleStringProperty(this, "fromText", "");
    private final StringProperty toText = new SimpleStringProperty(this, "toText", "");
    private final ReadOnlyObjectWrapper<Geodesic> geodesic = new ReadOnlyObjectWrapper<>(this, "geodesic");
    private final ReadOnlyObjectWrapper<GeodesicFigure> figure = new ReadOnlyObjectWrapper<>(this, "figure");
    private final ReadOnlyStringWrapper distanceText = new ReadOnlyStringWrapper(this, "distanceText", "");
    private final ReadOnlyStringWrapper detailText = new ReadOnlyStringWrapper(this, "detailText", "");
    private final ReadOnlyStringWrapper midpointText = new ReadOnlyStringWrapper(this, "midpointText", "");
    private final ReadOnlyStringWrapper markerText = new ReadOnlyStringWrapper(this, "markerText", "");
    private final ReadOnlyStringWrapper conventionText = new ReadOnlyStringWrapper(this, "conventionText", "");
    private final ReadOnlyStringWrapper errorText = new ReadOnlyStringWrapper(this, "errorText", "");
    private final Service<Geodesic> solver;

    public GeodesicsViewModel(Executor executor, ObjectProperty<FigureTheme> theme) {
        this.theme = theme;
        solver = new Service<>() {
            @Override
            protected Task<Geodesic> createTask() {
                StatisticalFamily family = choice.get().family();
                double[] p = from.get().clone();
                double[] q = to.get().clone();
                return new Task<>() {
                    @Override
                    protected Geodesic call() {
                        return Geodesics.between(family, p, q, Geodesics.Choice.AUTO);
                    }
                };
            }
        };
        solver.setExecutor(executor);
        solver.setOnSucceeded(e -> {
            errorText.set("");
            geodesic.set(solver.getValue());
        });
        solver.setOnFailed(e -> errorText.set(message(solver.getException())));
        geodesic.addListener((obs, old, g) -> refresh());
        marker.addListener((obs, old, t) -> refresh());
        theme.addListener((obs, old, t) -> refresh());
        window.addListener((obs, old, w) -> refresh());
        choice.addListener((obs, old, c) -> reset());
        reset();
    }

    // --- actions ---------------------------------------------------------------------------------

    /** Sets an end point (from a drag); the geodesic follows in the background. */
    public void move(End end, double[] parameters) {
        double[] rounded = round(parameters);
        try {
            double[] checked = choice.get().family().checkParameters(rounded, true);
            endpoint(end).set(checked);
            text(end).set(Formats.argument(checked).replace(",", ", "));
            recompute();
        } catch (InvalidInputException e) {
            errorText.set(e.getMessage());
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

    /** Fits the (μ, σ) view to the current geodesic. */
    public void fitView() {
        window.set(null);
        Geodesic g = geodesic.get();
        if (g != null && choice.get() == Choice.NORMAL) {
            window.set(GeodesicFigure.fittedWindow(g));
        }
    }

    /** The equivalent headless command for the current figure. */
    public String commandLine() {
        double[] w = window.get();
        return "fisherscope figure geodesics --family " + choice.get().spec() + " --from "
                + Formats.argument(from.get()) + " --to " + Formats.argument(to.get())
                + " --marker " + marker.get()
                + (w == null ? "" : " --window " + Formats.argument(w))
                + (theme.get() == FigureTheme.DARK ? " --theme dark" : "");
    }

    private void reset() {
        Choice c = choice.get();
        from.set(c.defaultFrom.clone());
        to.set(c.defaultTo.clone());
        fromText.set(Formats.argument(c.defaultFrom).replace(",", ", "));
        toText.set(Formats.argument(c.defaultTo).replace(",", ", "));
        conventionText.set(c.family().metricDescription());
        window.set(null);
        geodesic.set(null);
        errorText.set("");
        recompute();
    }

    private void recompute() {
        solver.restart();
    }

    private void refresh() {
        Geodesic g = geodesic.get();
        if (g == null) {
            figure.set(null);
            return;
        }
        if (window.get() == null && choice.get() == Choice.NORMAL) {
            window.set(GeodesicFigure.fittedWindow(g));
            return;
        }
        distanceText.set(String.format(Locale.ROOT, "%.10f", g.length()));
        detailText.set(g.method().label() + ", end-point residual " + String.format(Locale.ROOT, "%.1e", g.residual()));
        midpointText.set(Formats.point(g.pointAt(0.5)));
        markerText.set(String.format(Locale.ROOT, "γ(%.2f) = %s", marker.get(), Formats.point(g.pointAt(marker.get()))));
        GeodesicScene scene = new GeodesicScene(g, marker.get(), Optional.ofNullable(window.get()));
        figure.set(new GeodesicFigure(scene, theme.get(), commandLine()));
    }

    private double[] round(double[] p) {
        double scale = Math.pow(10, DRAG_DECIMALS);
        double[] r = new double[p.length];
        for (int i = 0; i < p.length; i++) {
            r[i] = Math.round(p[i] * scale) / scale;
        }
        if (choice.get() == Choice.NORMAL) {
            r[1] = Math.max(r[1], 1 / scale);
        } else {
            // Keep the rounded probabilities on the simplex: the last takes up the rounding.
            double rest = 0;
            for (int i = 0; i < r.length - 1; i++) {
                r[i] = Math.max(0, r[i]);
                rest += r[i];
            }
            r[r.length - 1] = Math.max(0, Math.round((1 - rest) * scale) / scale);
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

    public ObjectProperty<Choice> choiceProperty() {
        return choice;
    }

    public DoubleProperty markerProperty() {
        return marker;
    }

    public StringProperty fromTextProperty() {
        return fromText;
    }

    public StringProperty toTextProperty() {
        return toText;
    }

    public ReadOnlyObjectProperty<Geodesic> geodesicProperty() {
        return geodesic.getReadOnlyProperty();
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
