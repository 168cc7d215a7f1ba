package org.fisherscope.app;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.application.Platform;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.concurrent.Task;
import javafx.concurrent.Worker;
import javafx.fxml.FXML;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceDialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.StackPane;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import org.fisherscope.Version;
import org.fisherscope.cli.GuiRequest;
import org.fisherscope.figure.ExportOptions;
import org.fisherscope.figure.FigureExporter;
import org.fisherscope.figure.FigureTheme;

/** The main window: navigation between workspaces, menus, export and the status bar. */
public final class MainController {

    /** PNG resolutions offered on export; 96 dpi is the screen, 300 and 600 suit print. */
    static final List<Integer> PNG_DPI_CHOICES = List.of(96, 144, 192, 300, 600);
    static final int DEFAULT_PNG_DPI = 192;

    @FXML private ListView<Workspace> navigation;
    @FXML private StackPane content;
    @FXML private Label statusLabel;
    @FXML private ProgressBar progressBar;
    @FXML private Button cancelButton;
    @FXML private RadioMenuItem lightTheme;
    @FXML private RadioMenuItem darkTheme;

    private final TaskMonitor tasks = new TaskMonitor();
    private final ObjectProperty<FigureTheme> theme = new SimpleObjectProperty<>(FigureTheme.LIGHT);
    private Stage stage;
    private AppSettings settings;

    void initialise(Stage stage, AppSettings settings, GuiRequest request) {
        this.stage = stage;
        this.settings = settings;
        List<Workspace> workspaces = WorkspaceRegistry.create(new WorkspaceContext(tasks, theme));
        navigation.getItems().setAll(workspaces);
        navigation.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(Workspace item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.title());
                setTooltip(empty || item == null ? null : new Tooltip(item.description()));
            }
        });
        navigation.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                content.getChildren().setAll(now.view());
            }
        });
        String wanted = request.workspace().orElse(settings.get(AppSettings.WORKSPACE).orElse(workspaces.get(0).id()));
        navigation.getSelectionModel().select(workspaces.stream().filter(w -> w.id().equals(wanted)).findFirst()
                .orElse(workspaces.get(0)));

        // A lesson belongs to one workspace: the first that knows it opens it and is shown.
        request.lesson().flatMap(id -> workspaces.stream().filter(w -> w.openLesson(id)).findFirst())
                .ifPresent(w -> navigation.getSelectionModel().select(w));
        request.open().ifPresent(path -> navigation.getSelectionModel().getSelectedItem().open(path));
        bindStatusBar();
        boolean dark = "dark".equals(settings.get(AppSettings.THEME).orElse("light"));
        (dark ? darkTheme : lightTheme).setSelected(true);
        applyTheme(dark);
    }

    private void bindStatusBar() {
        progressBar.setVisible(false);
        cancelButton.setDisable(true);
        statusLabel.setText("Ready");
        tasks.currentProperty().addListener((obs, old, task) -> showTask(task));
        // A workspace may have started a task while the window was being built (a lesson, a sample).
        showTask(tasks.currentProperty().get());
    }

    private void showTask(Task<?> task) {
        statusLabel.textProperty().unbind();
        progressBar.progressProperty().unbind();
        if (task == null) {
            return;
        }
        statusLabel.textProperty().bind(task.messageProperty());
        progressBar.progressProperty().bind(task.progressProperty());
        progressBar.visibleProperty().bind(task.runningProperty());
        cancelButton.disableProperty().bind(task.runningProperty().not());
    }

    void remember() {
        Workspace selected = navigation.getSelectionModel().getSelectedItem();
        if (selected != null) {
            settings.put(AppSettings.WORKSPACE, selected.id());
        }
        settings.put(AppSettings.THEME, darkTheme.isSelected() ? "dark" : "light");
    }

    @FXML
    private void onLightTheme() {
        applyTheme(false);
    }

    @FXML
    private void onDarkTheme() {
        applyTheme(true);
    }

    private void applyTheme(boolean dark) {
        var stylesheets = stage.getScene().getStylesheets();
        stylesheets.setAll(FisherscopeApp.resource("/css/fisherscope.css").toExternalForm());
        if (dark) {
            stylesheets.add(FisherscopeApp.resource("/css/dark.css").toExternalForm());
        }
        theme.set(dark ? FigureTheme.DARK : FigureTheme.LIGHT);
    }

    @FXML
    private void onCancel() {
        tasks.cancel();
    }

    @FXML
    private void onQuit() {
        stage.fireEvent(new javafx.stage.WindowEvent(stage, javafx.stage.WindowEvent.WINDOW_CLOSE_REQUEST));
        if (stage.isShowing()) {
            stage.close();
        }
        Platform.exit();
    }

    @FXML
    private void onAbout() {
        Alert about = new Alert(Alert.AlertType.INFORMATION);
        about.initOwner(stage);
        about.setTitle("About Fisherscope");
        about.setHeaderText("Fisherscope " + Version.get());
        about.setContentText("""
                An information-geometry explorer: Fisher metrics, geodesics, curvature and absorbing Markov chains.

                Conventions
                • Scalar curvature: the unit 2-sphere has R = +2; the normal family has R = −1 \
                (Gaussian curvature −1/2); the categorical simplex is a piece of the sphere of radius 2.
                • Fisher–Rao distance between categoricals: 2·arccos(Σ√(p_i q_i)), at most π.
                • Normal family: ds² = (dμ² + 2dσ²)/σ².

                Everything shown here can also be computed headless: java -jar fisherscope.jar --help""");
        about.showAndWait();
    }

    @FXML
    private void onExportFigure() {
        Workspace workspace = navigation.getSelectionModel().getSelectedItem();
        Optional<Workspace.ShownFigure> shown = workspace == null ? Optional.empty() : workspace.figure();
        if (shown.isEmpty()) {
            showError("Nothing to export", "This workspace shows no figure yet.");
            return;
        }
        FileChooser chooser = chooser("Export figure", workspace.id() + ".png",
                new FileChooser.ExtensionFilter("PNG image", "*.png"),
                new FileChooser.ExtensionFilter("SVG vector drawing", "*.svg"),
                new FileChooser.ExtensionFilter("PDF document", "*.pdf"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
        int dpi = DEFAULT_PNG_DPI;
        if (target.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".png")) {
            ChoiceDialog<Integer> dpiDialog = new ChoiceDialog<>(DEFAULT_PNG_DPI, PNG_DPI_CHOICES);
            dpiDialog.initOwner(stage);
            dpiDialog.setTitle("PNG resolution");
            dpiDialog.setHeaderText("Resolution of the PNG (96 dpi = as on screen)");
            dpiDialog.setContentText("dots per inch:");
            Optional<Integer> chosen = dpiDialog.showAndWait();
            if (chosen.isEmpty()) {
                return;
            }
            dpi = chosen.get();
        }
        rememberFolder(target);
        Workspace.ShownFigure figure = shown.get();
        ExportOptions options = new ExportOptions((int) Math.round(figure.width()), (int) Math.round(figure.height()),
                dpi);
        Task<Path> export = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Exporting " + target.getFileName() + " …");
                updateProgress(-1, 1);
                FigureExporter.export(figure.figure(), target, options);
                updateMessage("Exported " + target);
                return target;
            }
        };
        reportFailure(export, "Could not export the figure");
        tasks.run(export);
    }

    @FXML
    private void onExportData() {
        Workspace workspace = navigation.getSelectionModel().getSelectedItem();
        Optional<DataExport> data = workspace == null ? Optional.empty() : workspace.data();
        if (data.isEmpty()) {
            showError("Nothing to export", "This workspace has no data to export yet.");
            return;
        }
        FileChooser chooser = chooser("Export data as CSV", workspace.id() + ".csv",
                new FileChooser.ExtensionFilter("CSV table", "*.csv"));
        File file = chooser.showSaveDialog(stage);
        if (file == null) {
            return;
        }
        Path target = withExtension(file.toPath(), chooser.getSelectedExtensionFilter());
        rememberFolder(target);
        Task<Path> export = new Task<>() {
            @Override
            protected Path call() throws Exception {
                updateMessage("Writing " + target.getFileName() + " …");
                data.get().writeCsv(target);
                updateMessage("Wrote " + target);
                return target;
            }
        };
        reportFailure(export, "Could not write the CSV file");
        tasks.run(export);
    }

    private FileChooser chooser(String title, String name, FileChooser.ExtensionFilter... filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.getExtensionFilters().setAll(filters);
        chooser.setInitialFileName(name);
        settings.get(AppSettings.EXPORT_FOLDER).map(Path::of).filter(Files::isDirectory)
                .ifPresent(folder -> chooser.setInitialDirectory(folder.toFile()));
        return chooser;
    }

    /** Adds the chosen filter's extension when the user typed a name without one. */
    static Path withExtension(Path file, FileChooser.ExtensionFilter filter) {
        String name = file.getFileName().toString();
        if (name.contains(".") || filter == null || filter.getExtensions().isEmpty()) {
            return file;
        }
        return file.resolveSibling(name + filter.getExtensions().get(0).substring(1));
    }

    private void rememberFolder(Path target) {
        Path folder = target.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(AppSettings.EXPORT_FOLDER, folder.toString());
        }
    }

    private void reportFailure(Task<?> task, String header) {
        task.stateProperty().addListener((obs, old, state) -> {
            if (state == Worker.State.FAILED) {
                Throwable e = task.getException();
                showError(header, e.getMessage() == null ? e.toString() : e.getMessage());
            }
        });
    }

    private void showError(String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR);
        alert.initOwner(stage);
        alert.setTitle("Fisherscope");
        alert.setHeaderText(header);
        alert.setContentText(message);
        alert.show();
    }
}
