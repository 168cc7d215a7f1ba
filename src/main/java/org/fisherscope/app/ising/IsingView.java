package org.fisherscope.app.ising;

import java.util.Locale;
import java.util.function.Function;
import javafx.beans.property.SimpleStringProperty;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.util.StringConverter;
import org.fisherscope.app.FigureCanvas;
import org.fisherscope.figure.IsingFigure;
import javafx.scene.control.Tooltip;
import org.fisherscope.ising.CouplingGrid;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.LatticeSizes;
import org.fisherscope.ising.CurvatureSources;
import org.fisherscope.ising.MonteCarloCurvature;
import org.fisherscope.ising.MonteCarloRun;

/** The Ising page: method, sizes and coupling, the computed table and the figures, bound to {@link IsingViewModel}. */
public final class IsingView {

    @FXML private RadioButton monteCarloChoice;
    @FXML private RadioButton exactChoice;
    @FXML private javafx.scene.layout.HBox exactBox;
    @FXML private GridPane monteCarloOptions;
    @FXML private Spinner<Integer> sweepsSpinner;
    @FXML private Spinner<Integer> seedsSpinner;
    @FXML private Spinner<Integer> seedSpinner;
    @FXML private ComboBox<MonteCarloRun.Algorithm> algorithmChooser;
    @FXML private TextField sizesField;
    @FXML private TextField couplingField;
    @FXML private CheckBox recomputeBox;
    @FXML private CheckBox liveBox;
    @FXML private Button computeButton;
    @FXML private Button cancelButton;
    @FXML private Label progressLabel;
    @FXML private ProgressBar progressBar;
    @FXML private ComboBox<IsingFigure.View> viewChooser;
    @FXML private CheckBox referenceBox;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private Label lessonLabel;
    @FXML private FigureCanvas canvas;
    @FXML private TableView<IsingViewModel.Row> table;
    @FXML private Label figureLabel;
    @FXML private javafx.scene.layout.VBox seriesBox;
    @FXML private javafx.scene.layout.VBox sweepBox;
    @FXML private TextField sweepSizesField;
    @FXML private TextField sweepCouplingsField;
    @FXML private Label sweepHint;
    @FXML private javafx.scene.control.Tooltip sizesTip;

    private IsingViewModel model;

    void bind(IsingViewModel viewModel) {
        this.model = viewModel;
        ToggleGroup methods = new ToggleGroup();
        monteCarloChoice.setToggleGroup(methods);
        exactChoice.setToggleGroup(methods);
        (model.methodProperty().get() == IsingViewModel.Method.EXACT ? exactChoice : monteCarloChoice).setSelected(true);
        methods.selectedToggleProperty().addListener((obs, old, now) -> model.methodProperty().set(
                now == exactChoice ? IsingViewModel.Method.EXACT : IsingViewModel.Method.MONTE_CARLO));
        model.methodProperty().addListener((obs, old, m) -> (m == IsingViewModel.Method.EXACT ? exactChoice
                : monteCarloChoice).setSelected(true));
        monteCarloOptions.disableProperty().bind(model.methodProperty().isEqualTo(IsingViewModel.Method.EXACT));
        // Exact methods have no chain to watch.
        liveBox.disableProperty().bind(model.methodProperty().isEqualTo(IsingViewModel.Method.EXACT));

        sweepsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(2, 1_000_000,
                model.sweepsProperty().get(), 500));
        seedsSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(MonteCarloCurvature.MIN_SEEDS,
                64, model.seedsProperty().get(), 1));
        seedSpinner.setValueFactory(new SpinnerValueFactory.IntegerSpinnerValueFactory(0, Integer.MAX_VALUE,
                model.firstSeedProperty().get(), 1));
        bindSpinner(sweepsSpinner, model.sweepsProperty());
        bindSpinner(seedsSpinner, model.seedsProperty());
        bindSpinner(seedSpinner, model.firstSeedProperty());
        algorithmChooser.getItems().setAll(MonteCarloRun.Algorithm.values());
        algorithmChooser.setConverter(new StringConverter<>() {
            @Override
            public String toString(MonteCarloRun.Algorithm a) {
                return a == null ? "" : a == MonteCarloRun.Algorithm.WOLFF ? "Wolff clusters" : "Metropolis (teaching)";
            }

            @Override
            public MonteCarloRun.Algorithm fromString(String s) {
                return s.startsWith("Wolff") ? MonteCarloRun.Algorithm.WOLFF : MonteCarloRun.Algorithm.METROPOLIS;
            }
        });
        algorithmChooser.valueProperty().bindBidirectional(model.algorithmProperty());
        sizesField.textProperty().bindBidirectional(model.sizesProperty());
        couplingField.textProperty().bindBidirectional(model.couplingProperty());
        recomputeBox.selectedProperty().bindBidirectional(model.recomputeProperty());
        liveBox.selectedProperty().bindBidirectional(model.liveProperty());
        computeButton.disableProperty().bind(model.runningProperty());
        cancelButton.disableProperty().bind(model.runningProperty().not());
        progressLabel.textProperty().bind(model.progressTextProperty());
        progressBar.progressProperty().bind(model.progressProperty());
        progressBar.visibleProperty().bind(model.runningProperty());
        progressBar.managedProperty().bind(progressBar.visibleProperty());
        progressLabel.managedProperty().bind(progressLabel.textProperty().isNotEmpty());

        viewChooser.getItems().setAll(IsingFigure.View.values());
        viewChooser.valueProperty().bindBidirectional(model.viewProperty());
        figureLabel.setLabelFor(viewChooser);
        // The sweep has its own sizes and couplings and is always exact; the series controls step aside for it.
        var sweep = model.viewProperty().isEqualTo(IsingFigure.View.SWEEP);
        sweepBox.visibleProperty().bind(sweep);
        sweepBox.managedProperty().bind(sweep);
        seriesBox.visibleProperty().bind(sweep.not());
        seriesBox.managedProperty().bind(sweep.not());
        // The published values are of |R| at K_c: nothing to draw against K.
        referenceBox.visibleProperty().bind(sweep.not());
        referenceBox.managedProperty().bind(sweep.not());
        sweepSizesField.textProperty().bindBidirectional(model.sweepSizesProperty());
        sweepCouplingsField.textProperty().bindBidirectional(model.sweepCouplingsProperty());
        // Limits come from the engines, so the hints follow them when they change.
        sizesTip.setText("Comma-separated sizes or ranges such as 4-12: " + LatticeSizes.MIN + " to "
                + MonteCarloCurvature.MAX_SIDE + " for Monte Carlo, to " + ExactIsing.MAX_SIDE + " exact; Enter computes");
        sweepSizesField.setTooltip(new Tooltip("One exact curve per size, e.g. 8,16,32 (" + LatticeSizes.MIN + " to "
                + ExactIsing.MAX_SIDE + "); every point is cached; Enter computes"));
        sweepCouplingsField.setTooltip(new Tooltip("FROM:TO:POINTS, evenly spaced with both ends, or a list such as"
                + " 0.3,0.44,0.5. K_c itself is added when inside the range; points within " + CouplingGrid.CRITICAL_GUARD
                + " of K_c move onto it (the engine refuses couplings a hair away from K_c). Enter computes"));
        sweepHint.setText("Exact: the regular path for K ≠ K_c, the zero-mode formula at K_c. Larger L costs more per"
                + " point; the cache keeps every point.");
        model.viewProperty().addListener((obs, old, v) -> showRows(v));
        showRows(model.viewProperty().get());
        referenceBox.selectedProperty().bindBidirectional(model.referenceProperty());
        summaryLabel.textProperty().bind(model.summaryProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        lessonLabel.textProperty().bind(model.lessonTextProperty());
        lessonLabel.visibleProperty().bind(model.lessonTextProperty().isNotEmpty());
        lessonLabel.managedProperty().bind(lessonLabel.visibleProperty());
        canvas.figureProperty().bind(model.figureProperty());

        table.getColumns().setAll(java.util.List.of(
                column("L", 36, p -> Integer.toString(p.size())),
                column("K", 70, p -> fixed(p.coupling(), 5)),
                column("n", 44, p -> Integer.toString(p.sites())),
                column("m", 48, p -> Integer.toString(p.bonds())),
                column("R", 78, p -> fixed(p.r(), 2)),
                column("R/n", 78, p -> fixed(p.r() / p.sites(), 4)),
                column("R1", 70, p -> fixed(p.r1(), 1)),
                column("R2", 64, p -> fixed(p.r2(), 1)),
                column("R3", 64, p -> fixed(p.r3(), 1)),
                column("R4", 64, p -> fixed(p.r4(), 1)),
                column("method", 104, CurvaturePoint::method),
                column("error", 58, p -> p.exact() ? "exact" : fixed(p.error(), 2)),
                column("seconds", 62, p -> fixed(p.seconds(), 2)),
                column("τ_int", 48, p -> Double.isNaN(p.tauInt()) ? "" : fixed(p.tauInt(), 2))));
        TableColumn<IsingViewModel.Row, String> from = new TableColumn<>("from");
        from.setCellValueFactory(c -> new SimpleStringProperty(c.getValue().cached() ? "cache" : "computed"));
        from.setPrefWidth(72);
        from.setSortable(false);
        table.getColumns().add(from);
        // Columns keep their widths; a narrow window scrolls the table sideways instead of cutting numbers.
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
    }


    /** The table lists what the figure shows: the sweep's points in the sweep view, the series otherwise. */
    private void showRows(IsingFigure.View view) {
        table.setItems(view == IsingFigure.View.SWEEP ? model.sweepRows() : model.rows());
    }

    private static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    private static TableColumn<IsingViewModel.Row, String> column(String title, double width,
                                                                  Function<CurvaturePoint, String> text) {
        TableColumn<IsingViewModel.Row, String> c = new TableColumn<>(title);
        c.setPrefWidth(width);
        c.setCellValueFactory(cell -> new SimpleStringProperty(text.apply(cell.getValue().point())));
        c.setSortable(false);
        c.setStyle("-fx-alignment: CENTER-RIGHT;");
        return c;
    }

    /** Keeps an editable spinner and a property in step; typed text counts once the field loses focus or Enter. */
    private static void bindSpinner(Spinner<Integer> spinner, javafx.beans.property.IntegerProperty property) {
        spinner.setEditable(true);
        spinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                property.set(v);
            }
        });
        property.addListener((obs, old, v) -> spinner.getValueFactory().setValue(v.intValue()));
        spinner.focusedProperty().addListener((obs, old, focused) -> {
            if (!focused) {
                spinner.increment(0);
            }
        });
    }

    @FXML
    private void onCompute() {
        // Commit text typed into a spinner that still has the focus.
        for (Spinner<Integer> s : java.util.List.of(sweepsSpinner, seedsSpinner, seedSpinner)) {
            commit(s);
        }
        model.compute();
    }

    private static void commit(Spinner<Integer> spinner) {
        String text = spinner.getEditor().getText();
        try {
            spinner.getValueFactory().setValue(spinner.getValueFactory().getConverter().fromString(text.trim()));
        } catch (RuntimeException e) {
            spinner.getEditor().setText(String.valueOf(spinner.getValue()));
        }
    }

    @FXML
    private void onCancel() {
        model.cancel();
    }

    @FXML
    private void onCritical() {
        model.couplingProperty().set(Double.toString(IsingViewModel.CRITICAL));
    }
}
