package org.fisherscope.app;

import java.io.IOException;
import java.net.URL;
import javafx.application.Application;
import javafx.fxml.FXMLLoader;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.fisherscope.cli.GuiRequest;

/** The JavaFX application: one main window holding the workspaces. */
public final class FisherscopeApp extends Application {

    /** Set by the launcher before {@link Application#launch}; JavaFX instantiates this class itself. */
    static volatile GuiRequest request = GuiRequest.plain();

    static final double DEFAULT_WIDTH = 1280;
    static final double DEFAULT_HEIGHT = 820;
    private static final double MIN_WIDTH = 900;
    private static final double MIN_HEIGHT = 600;

    private AppSettings settings;
    private MainController controller;

    @Override
    public void start(Stage stage) throws IOException {
        settings = AppSettings.load();
        FXMLLoader loader = new FXMLLoader(resource("/fxml/main.fxml"));
        Parent root = loader.load();
        controller = loader.getController();
        Scene scene = new Scene(root, Math.max(MIN_WIDTH, settings.getDouble(AppSettings.WINDOW_WIDTH, DEFAULT_WIDTH)),
                Math.max(MIN_HEIGHT, settings.getDouble(AppSettings.WINDOW_HEIGHT, DEFAULT_HEIGHT)));
        stage.setScene(scene);
        controller.initialise(stage, settings, request);
        stage.setTitle("Fisherscope");
        stage.setMinWidth(MIN_WIDTH);
        stage.setMinHeight(MIN_HEIGHT);
        stage.setMaximized(Boolean.parseBoolean(settings.get(AppSettings.WINDOW_MAXIMIZED).orElse("false")));
        stage.setOnCloseRequest(e -> remember(stage));
        stage.show();
    }

    private void remember(Stage stage) {
        settings.put(AppSettings.WINDOW_MAXIMIZED, Boolean.toString(stage.isMaximized()));
        if (!stage.isMaximized()) {
            settings.put(AppSettings.WINDOW_WIDTH, Double.toString(stage.getScene().getWidth()));
            settings.put(AppSettings.WINDOW_HEIGHT, Double.toString(stage.getScene().getHeight()));
        }
        controller.remember();
        settings.save();
    }

    static URL resource(String path) {
        URL url = FisherscopeApp.class.getResource(path);
        if (url == null) {
            throw new IllegalStateException("missing resource " + path);
        }
        return url;
    }
}
