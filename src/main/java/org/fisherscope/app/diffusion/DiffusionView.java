package org.fisherscope.app.diffusion;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.Slider;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.stage.FileChooser;
import org.fisherscope.app.FigureCanvas;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleComparison;
import org.fisherscope.figure.DiffusionAnalysis;
import org.fisherscope.figure.DiffusionFigure;

/** The Diffusion-schedules page bound to {@link DiffusionViewModel}. */
public final class DiffusionView {

    @FXML private BorderPane root;
    @FXML private Label lessonLabel;
    @FXML private RadioButton powerLawRadio;
    @FXML private RadioButton imageRadio;
    @FXML private TextField c1Field;
    @FXML private TextField c2Field;
    @FXML private TextField mField;
    @FXML private TextField sizeField;
    @FXML private ComboBox<Integer> dimsChooser;
    @FXML private ComboBox<String> channelChooser;
    @FXML private ComboBox<String> useChooser;
    @FXML private Label sourceLabel;
    @FXML private CheckBox spdCheck;
    @FXML private CheckBox linearCheck;
    @FXML private CheckBox cosineCheck;
    @FXML private CheckBox blurCheck;
    @FXML private CheckBox tableCheck;
    @FXML private Label tableLabel;
    @FXML private RadioButton continuousRadio;
    @FXML private RadioButton discreteRadio;
    @FXML private TextField stepsField;
    @FXML private TableView<ScheduleComparison.Row> lengthsTable;
    @FXML private TableColumn<ScheduleComparison.Row, String> scheduleColumn;
    @FXML private TableColumn<ScheduleComparison.Row, String> lengthColumn;
    @FXML private TableColumn<ScheduleComparison.Row, String> distanceColumn;
    @FXML private TableColumn<ScheduleComparison.Row, String> ratioColumn;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private ComboBox<DiffusionFigure.View> viewChooser;
    @FXML private Label snrLabel;
    @FXML private ComboBox<String> snrChooser;
    @FXML private CheckBox splitCheck;
    @FXML private Slider tSlider;
    @FXML private Label tLabel;
    @FXML private FigureCanvas canvas;

    private DiffusionViewModel model;

    void bind(DiffusionViewModel viewModel) {
        this.model = viewModel;
        bindSource();
        bindSchedules();
        bindTable();
        bindFigureControls();
        summaryLabel.textProperty().bind(model.summaryProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        sourceLabel.textProperty().bind(model.sourceTextProperty());
        lessonLabel.textProperty().bind(model.lessonTextProperty());
        lessonLabel.visibleProperty().bind(model.lessonTextProperty().isNotEmpty());
        lessonLabel.managedProperty().bind(lessonLabel.visibleProperty());
        canvas.figureProperty().bind(model.figureProperty());
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        // A click on the figure takes the focus from a field, so that ← and → move t.
        canvas.addEventHandler(javafx.scene.input.MouseEvent.MOUSE_PRESSED, e -> canvas.requestFocus());
        bindDrop();
    }

    private void bindSource() {
        c1Field.textProperty().bindBidirectional(model.c1Property());
        c2Field.textProperty().bindBidirectional(model.c2Property());
        mField.textProperty().bindBidirectional(model.mProperty());
        sizeField.textProperty().bindBidirectional(model.sizeProperty());
        dimsChooser.getItems().setAll(1, 2);
        dimsChooser.valueProperty().bindBidirectional(model.dimsProperty());
        dimsChooser.setOnAction(e -> model.usePowerLaw());
        channelChooser.getItems().setAll("luminance", "red", "green", "blue");
        channelChooser.valueProperty().bindBidirectional(model.channelProperty());
        channelChooser.setOnAction(e -> {
            if (model.sourceProperty().get() == DiffusionViewModel.Source.IMAGE) {
                model.useImage();
            }
        });
        useChooser.getItems().setAll("rings", "fit");
        useChooser.valueProperty().bindBidirectional(model.useProperty());
        useChooser.setOnAction(e -> {
            if (model.sourceProperty().get() == DiffusionViewModel.Source.IMAGE) {
                model.useImage();
            }
        });
        showSource();
        model.sourceProperty().addListener((obs, old, s) -> showSource());
        model.failuresProperty().addListener((obs, old, n) -> showSource());
        powerLawRadio.setOnAction(e -> model.usePowerLaw());
        imageRadio.setOnAction(e -> model.useImage());
    }

    /** The radio buttons show the source of what is analysed (a failed switch falls back). */
    private void showSource() {
        boolean image = model.sourceProperty().get() == DiffusionViewModel.Source.IMAGE;
        (image ? imageRadio : powerLawRadio).setSelected(true);
    }

    private void bindSchedules() {
        spdCheck.selectedProperty().bindBidirectional(model.spdProperty());
        linearCheck.selectedProperty().bindBidirectional(model.linearProperty());
        cosineCheck.selectedProperty().bindBidirectional(model.cosineProperty());
        blurCheck.selectedProperty().bindBidirectional(model.blurProperty());
        tableCheck.selectedProperty().bindBidirectional(model.useTableProperty());
        for (CheckBox box : List.of(spdCheck, linearCheck, cosineCheck, blurCheck, tableCheck)) {
            box.setOnAction(e -> model.analyse());
        }
        tableCheck.disableProperty().bind(model.tableProperty().isNull());
        tableLabel.textProperty().bind(Bindings.createStringBinding(() -> model.tableProperty().get() == null ? ""
                : model.tableProperty().get().getFileName().toString(), model.tableProperty()));
        stepsField.textProperty().bindBidirectional(model.stepsProperty());
        (model.discreteProperty().get() ? discreteRadio : continuousRadio).setSelected(true);
        model.discreteProperty().addListener((obs, old, d) -> (d ? discreteRadio : continuousRadio).setSelected(true));
        continuousRadio.setOnAction(e -> {
            model.discreteProperty().set(false);
            model.analyse();
        });
        discreteRadio.setOnAction(e -> {
            model.discreteProperty().set(true);
            model.analyse();
        });
        stepsField.disableProperty().bind(model.discreteProperty().not());
    }

    private void bindTable() {
        lengthsTable.setItems(model.rows());
        scheduleColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(shortName(c.getValue().schedule())));
        lengthColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(format(c.getValue().length(), "%.2f")));
        distanceColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(format(c.getValue().endpointDistance(),
                "%.2f")));
        ratioColumn.setCellValueFactory(c -> new ReadOnlyStringWrapper(format(c.getValue().ratio(), "%.4f")));
        lengthsTable.setPlaceholder(new Label("analysing …"));
    }

    /** A name that fits the narrow table. */
    static String shortName(Schedule s) {
        return switch (s.id()) {
            case "spd" -> "SPD";
            case "linear" -> "DDPM linear";
            case "cosine" -> "cosine";
            case "blur" -> "blurring";
            default -> s.label();
        };
    }

    private static String format(double v, String pattern) {
        return Double.isFinite(v) ? String.format(Locale.ROOT, pattern, v) : "—";
    }

    private void bindFigureControls() {
        viewChooser.getItems().setAll(DiffusionFigure.View.values());
        viewChooser.valueProperty().bindBidirectional(model.viewProperty());
        model.analysisProperty().addListener((obs, old, a) -> fillSnrChooser(a));
        fillSnrChooser(model.analysisProperty().get());
        snrChooser.getSelectionModel().selectedIndexProperty().addListener((obs, old, i) -> {
            if (i.intValue() >= 0) {
                model.snrScheduleProperty().set(i.intValue());
            }
        });
        model.snrScheduleProperty().addListener((obs, old, i) -> {
            if (snrChooser.getSelectionModel().getSelectedIndex() != i.intValue() && i.intValue() < snrChooser.getItems()
                    .size()) {
                snrChooser.getSelectionModel().select(i.intValue());
            }
        });
        snrChooser.visibleProperty().bind(model.viewProperty().isEqualTo(DiffusionFigure.View.SNR));
        snrChooser.managedProperty().bind(snrChooser.visibleProperty());
        snrLabel.visibleProperty().bind(snrChooser.visibleProperty());
        snrLabel.managedProperty().bind(snrChooser.visibleProperty());
        splitCheck.selectedProperty().bindBidirectional(model.splitProperty());
        splitCheck.visibleProperty().bind(model.viewProperty().isEqualTo(DiffusionFigure.View.PREVIEW));
        splitCheck.managedProperty().bind(splitCheck.visibleProperty());
        tSlider.valueProperty().bindBidirectional(model.tProperty());
        tLabel.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "t = %.3f",
                model.tProperty().get()), model.tProperty()));
    }

    private void fillSnrChooser(DiffusionAnalysis a) {
        if (a == null) {
            return;
        }
        int keep = model.snrScheduleProperty().get();
        snrChooser.getItems().setAll(a.schedules().stream().map(Schedule::label).toList());
        snrChooser.getSelectionModel().select(Math.min(keep, a.schedules().size() - 1));
    }

    /** ← and → move t by 0.01 (Shift: 0.1) outside text fields; Alt+1 … Alt+7 choose the figure. */
    private void onKey(KeyEvent e) {
        Node target = e.getTarget() instanceof Node n ? n : null;
        if (e.isAltDown() && e.getCode().isDigitKey()) {
            int i = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (i >= 0 && i < DiffusionFigure.View.values().length) {
                model.viewProperty().set(DiffusionFigure.View.values()[i]);
                e.consume();
            }
            return;
        }
        boolean typing = target instanceof TextInputControl || target instanceof ComboBox || target instanceof Slider
                || target instanceof TableView;
        if (!typing && (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT)) {
            double step = e.isShiftDown() ? 0.1 : 0.01;
            model.stepTime(e.getCode() == KeyCode.LEFT ? -step : step);
            e.consume();
        }
    }

    /** An image dropped on the page opens like Open image; a CSV loads as a schedule table. */
    private void bindDrop() {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            boolean files = e.getDragboard().hasFiles() && !e.getDragboard().getFiles().isEmpty();
            if (files) {
                open(e.getDragboard().getFiles().get(0).toPath());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** A CSV is a schedule table; anything else is read as an image. */
    void open(Path path) {
        if (path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".csv")) {
            model.loadTable(path);
        } else {
            model.openImage(path);
        }
    }

    private File initialFolder(Path near) {
        Path folder = near == null ? DiffusionViewModel.SAMPLES : near.toAbsolutePath().getParent();
        return folder != null && folder.toFile().isDirectory() ? folder.toFile() : null;
    }

    @FXML
    void onOpenImage() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Photograph for the spectrum and the corruption preview");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("PNG or JPEG image", "*.png", "*.jpg",
                "*.jpeg"), new FileChooser.ExtensionFilter("Any file", "*"));
        File folder = initialFolder(model.imageProperty().get());
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.openImage(chosen.toPath());
        }
    }

    @FXML
    void onLoadTable() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Schedule table: t,alphaBar or t and one column per frequency radius");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV table", "*.csv"));
        File folder = initialFolder(model.tableProperty().get());
        if (folder != null) {
            chooser.setInitialDirectory(folder);
        }
        File chosen = chooser.showOpenDialog(root.getScene().getWindow());
        if (chosen != null) {
            model.loadTable(chosen.toPath());
        }
    }

    @FXML
    private void onSampleChelsea() {
        model.openImage(DiffusionViewModel.SAMPLES.resolve("chelsea.png"));
    }

    @FXML
    private void onSampleCoffee() {
        model.openImage(DiffusionViewModel.SAMPLES.resolve("coffee.png"));
    }

    @FXML
    private void onApplyPowerLaw() {
        model.usePowerLaw();
    }

    @FXML
    private void onApplySteps() {
        model.analyse();
    }
}
