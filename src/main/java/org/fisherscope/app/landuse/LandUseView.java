package org.fisherscope.app.landuse;

import java.awt.Rectangle;
import java.awt.geom.Rectangle2D;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.fxml.FXML;
import javafx.scene.Cursor;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.DragEvent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.StringConverter;
import org.fisherscope.app.FigureCanvas;
import org.fisherscope.figure.Figure;
import org.fisherscope.figure.LandUseCsvTables;
import org.fisherscope.figure.LandUseFigure;
import org.fisherscope.landuse.LandUseAnalysis;

/**
 * The Land-use page bound to {@link LandUseViewModel}: open menu and drag and drop, figure chooser, the
 * year slider over the map and box-counting views, a study window dragged on the map or typed, and
 * table export.
 */
public final class LandUseView {

    @FXML private BorderPane root;
    @FXML private Label inputLabel;
    @FXML private ComboBox<LandUseFigure.View> viewChooser;
    @FXML private HBox yearBar;
    @FXML private Slider yearSlider;
    @FXML private Label yearLabel;
    @FXML private Label windowLabel;
    @FXML private TextField windowField;
    @FXML private Button fullExtentButton;
    @FXML private MenuButton exportTableMenu;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private Label lessonLabel;
    @FXML private Label dropHint;
    @FXML private FigureCanvas canvas;
    @FXML private javafx.scene.shape.Rectangle selection;

    private LandUseViewModel model;
    /** Where a window drag on the map started (drawing coordinates), or null when none is under way. */
    private javafx.geometry.Point2D dragStart;

    void bind(LandUseViewModel viewModel) {
        this.model = viewModel;
        viewChooser.getItems().setAll(LandUseFigure.View.values());
        viewChooser.valueProperty().bindBidirectional(model.viewProperty());
        model.inputProperty().addListener((obs, old, in) -> inputLabel.setText(in == null ? "" : in.label()));
        summaryLabel.textProperty().bind(model.summaryProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        windowLabel.textProperty().bind(model.windowTextProperty());
        canvas.figureProperty().bind(model.figureProperty());
        lessonLabel.textProperty().bind(model.lessonTextProperty());
        lessonLabel.visibleProperty().bind(model.lessonTextProperty().isNotEmpty());
        lessonLabel.managedProperty().bind(lessonLabel.visibleProperty());
        fullExtentButton.disableProperty().bind(Bindings.createBooleanBinding(() -> !model.hasWindow(),
                model.inputProperty()).or(model.loadingProperty()));
        bindYearSlider();
        bindWindowDrag();
        bindDrop();
        buildExportMenu();
        root.addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void bindYearSlider() {
        yearSlider.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double index) {
                LandUseAnalysis.Result r = model.resultProperty().get();
                int i = (int) Math.round(index);
                return r == null || i < 0 || i >= r.years().length ? "" : Integer.toString(r.years()[i]);
            }

            @Override
            public Double fromString(String text) {
                return 0.0;
            }
        });
        model.resultProperty().addListener((obs, old, r) -> {
            if (r != null) {
                yearSlider.setMin(0);
                yearSlider.setMax(r.years().length - 1);
                yearSlider.setValue(model.yearIndex());
                // Tick labels are cached per value; a new set of years must redraw them.
                StringConverter<Double> formatter = yearSlider.getLabelFormatter();
                yearSlider.setLabelFormatter(null);
                yearSlider.setLabelFormatter(formatter);
            }
        });
        yearSlider.valueProperty().addListener((obs, old, v) -> {
            LandUseAnalysis.Result r = model.resultProperty().get();
            int i = (int) Math.round(v.doubleValue());
            if (r != null && i >= 0 && i < r.years().length && !Integer.valueOf(r.years()[i]).equals(
                    model.yearProperty().get())) {
                model.yearProperty().set(r.years()[i]);
            }
        });
        model.yearProperty().addListener((obs, old, y) -> {
            if (model.resultProperty().get() != null && Math.round(yearSlider.getValue()) != model.yearIndex()) {
                yearSlider.setValue(model.yearIndex());
            }
        });
        yearLabel.textProperty().bind(Bindings.createStringBinding(() -> model.yearProperty().get() == null ? ""
                : model.yearProperty().get().toString(), model.yearProperty()));
        yearBar.visibleProperty().bind(Bindings.createBooleanBinding(() -> {
            LandUseAnalysis.Result r = model.resultProperty().get();
            return r != null && model.viewProperty().get().showsOneYear()
                    && LandUseFigure.unavailable(r, model.viewProperty().get()).isEmpty();
        }, model.viewProperty(), model.resultProperty()));
        yearBar.managedProperty().bind(yearBar.visibleProperty());
    }

    /** ← and → step the year of the map and box-counting views; Alt+1 … Alt+7 choose the figure. */
    private void onKey(KeyEvent e) {
        Node target = e.getTarget() instanceof Node n ? n : null;
        boolean typing = target instanceof TextInputControl || target instanceof ComboBox || target instanceof Slider;
        if (e.isAltDown() && e.getCode().isDigitKey()) {
            int i = e.getCode().getCode() - KeyCode.DIGIT1.getCode();
            if (i >= 0 && i < LandUseFigure.View.values().length) {
                model.viewProperty().set(LandUseFigure.View.values()[i]);
                e.consume();
            }
            return;
        }
        if (typing || !yearBar.isVisible()) {
            return;
        }
        if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
            model.stepYear(e.getCode() == KeyCode.LEFT ? -1 : 1);
            e.consume();
        } else if (e.getCode() == KeyCode.ESCAPE && dragStart != null) {
            dragStart = null;
            selection.setVisible(false);
            e.consume();
        }
    }

    /** The map view's placement in the canvas now, if the map is shown. */
    private java.util.Optional<LandUseFigure.MapPlacement> placement() {
        Figure f = canvas.figureProperty().get();
        if (!(f instanceof LandUseFigure figure)) {
            return java.util.Optional.empty();
        }
        return figure.mapPlacement(new Rectangle2D.Double(0, 0, canvas.getWidth(), canvas.getHeight()));
    }

    /** Dragging a box on the map re-runs the analysis on that window of the rasters. */
    private void bindWindowDrag() {
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, e -> canvas.setCursor(placement()
                .filter(p -> p.image().contains(e.getX(), e.getY())).isPresent() ? Cursor.CROSSHAIR : Cursor.DEFAULT));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            canvas.requestFocus();
            dragStart = null;
            if (e.getButton() != MouseButton.PRIMARY || model.loadingProperty().get()) {
                return;
            }
            placement().filter(p -> p.image().contains(e.getX(), e.getY())).ifPresent(p -> {
                dragStart = new javafx.geometry.Point2D(e.getX(), e.getY());
                showSelection(e.getX(), e.getY(), p);
            });
        });
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (dragStart != null) {
                placement().ifPresent(p -> showSelection(e.getX(), e.getY(), p));
            }
        });
        canvas.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (dragStart == null) {
                return;
            }
            javafx.geometry.Point2D start = dragStart;
            dragStart = null;
            selection.setVisible(false);
            placement().ifPresent(p -> {
                Rectangle window = model.windowFromDrag(p, start.getX(), start.getY(), e.getX(), e.getY());
                if (window != null) {
                    windowField.setText(window.x + "," + window.y + "," + window.width + "," + window.height);
                    model.analyseWindow(window);
                }
            });
        });
    }

    private void showSelection(double x, double y, LandUseFigure.MapPlacement p) {
        Rectangle2D image = p.image();
        double cx = Math.max(image.getMinX(), Math.min(image.getMaxX(), x));
        double cy = Math.max(image.getMinY(), Math.min(image.getMaxY(), y));
        selection.setX(Math.min(dragStart.getX(), cx));
        selection.setY(Math.min(dragStart.getY(), cy));
        selection.setWidth(Math.abs(cx - dragStart.getX()));
        selection.setHeight(Math.abs(cy - dragStart.getY()));
        selection.setVisible(true);
    }

    /** Files dragged over the page show a hint; dropped, they open like File → Open. */
    private void bindDrop() {
        root.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY_OR_MOVE);
                dropHint.setVisible(true);
                e.consume();
            }
        });
        root.addEventHandler(DragEvent.DRAG_EXITED, e -> dropHint.setVisible(false));
        root.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            dropHint.setVisible(false);
            boolean files = e.getDragboard().hasFiles();
            if (files) {
                drop(e.getDragboard().getFiles());
            }
            e.setDropCompleted(files);
            e.consume();
        });
    }

    /** What a drop does: the files open as one input (a folder, rasters or the two tables). */
    void drop(List<File> files) {
        model.open(files.stream().map(File::toPath).toList());
    }

    private void buildExportMenu() {
        for (LandUseCsvTables.Table table : LandUseCsvTables.Table.values()) {
            MenuItem item = new MenuItem(table.toString() + "…");
            item.setOnAction(e -> exportTable(table));
            item.disableProperty().bind(Bindings.createBooleanBinding(() -> model.resultProperty().get() == null
                    || LandUseCsvTables.unavailable(model.resultProperty().get(), table).isPresent(),
                    model.resultProperty()));
            exportTableMenu.getItems().add(item);
        }
        MenuItem all = new MenuItem("All tables into a folder…");
        all.setOnAction(e -> exportAllTables());
        exportTableMenu.getItems().addAll(new SeparatorMenuItem(), all);
    }

    private void exportTable(LandUseCsvTables.Table table) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export " + table.toString().toLowerCase(java.util.Locale.ROOT) + " as CSV");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV table", "*.csv"));
        chooser.setInitialFileName(table.fileName());
        initialFolder().ifPresent(chooser::setInitialDirectory);
        File file = chooser.showSaveDialog(window());
        if (file != null) {
            Path target = file.getName().contains(".") ? file.toPath() : file.toPath().resolveSibling(file.getName()
                    + ".csv");
            model.exportTable(table, target);
        }
    }

    private void exportAllTables() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder for the land-use tables (landuse-*.csv)");
        initialFolder().ifPresent(chooser::setInitialDirectory);
        File folder = chooser.showDialog(window());
        if (folder != null) {
            model.exportAllTables(folder.toPath());
        }
    }

    private Window window() {
        return root.getScene().getWindow();
    }

    /** The folder of what is loaded, to start choosers there. */
    private java.util.Optional<File> initialFolder() {
        LandUseInput in = model.inputProperty().get();
        if (in == null) {
            return java.util.Optional.empty();
        }
        Path first = in.paths().get(0).toAbsolutePath();
        Path folder = Files.isDirectory(first) ? first : first.getParent();
        return folder == null || !Files.isDirectory(folder) ? java.util.Optional.empty()
                : java.util.Optional.of(folder.toFile());
    }

    @FXML
    void onOpenFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder of yearly land-cover rasters");
        initialFolder().ifPresent(chooser::setInitialDirectory);
        File chosen = chooser.showDialog(window());
        if (chosen != null) {
            model.open(List.of(chosen.toPath()));
        }
    }

    @FXML
    void onOpenRasters() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Yearly land-cover rasters (the year in each file name)");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("GeoTIFF or ASCII grid", "*.tif",
                "*.tiff", "*.asc"));
        initialFolder().ifPresent(chooser::setInitialDirectory);
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            drop(chosen);
        }
    }

    @FXML
    void onOpenTables() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Class counts (year,class,count) and transitions (from,to,count[,period])");
        chooser.getExtensionFilters().setAll(new FileChooser.ExtensionFilter("CSV tables", "*.csv"));
        initialFolder().ifPresent(chooser::setInitialDirectory);
        List<File> chosen = chooser.showOpenMultipleDialog(window());
        if (chosen != null && !chosen.isEmpty()) {
            drop(chosen);
        }
    }

    @FXML
    private void onWindowTyped() {
        model.applyWindowText(windowField.getText());
    }

    @FXML
    private void onFullExtent() {
        windowField.clear();
        model.resetWindow();
    }
}
