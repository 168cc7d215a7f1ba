package org.fisherscope.app.geodesics;

import java.awt.geom.Point2D;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.Cursor;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.TextField;
import javafx.scene.input.MouseEvent;
import javafx.util.Duration;
import org.fisherscope.app.FigureCanvas;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.figure.PlaneView;
import org.fisherscope.figure.PlaneMapping;

/** The Geodesics page: binds the controls to {@link GeodesicsViewModel} and turns drags into end points. */
public final class GeodesicsView {

    /** How close (in pixels) a press must be to an end point to grab it. */
    static final double GRAB_RADIUS = 14;

    @FXML private ComboBox<GeodesicsViewModel.Choice> familyChooser;
    @FXML private TextField fromField;
    @FXML private TextField toField;
    @FXML private Label fromLabel;
    @FXML private Label toLabel;
    @FXML private Slider markerSlider;
    @FXML private Label distanceLabel;
    @FXML private Label detailLabel;
    @FXML private Label midpointLabel;
    @FXML private Label markerLabel;
    @FXML private Label klLabel;
    @FXML private Label lengthsLabel;
    @FXML private CheckBox eBox;
    @FXML private CheckBox mBox;
    @FXML private CheckBox alphaBox;
    @FXML private CheckBox curvatureBox;
    @FXML private CheckBox ballBox;
    @FXML private CheckBox tissotBox;
    @FXML private Spinner<Double> alphaSpinner;
    @FXML private Label errorLabel;
    @FXML private Label conventionLabel;
    @FXML private FigureCanvas canvas;
    @FXML private ComboBox<Lesson> lessonChooser;
    @FXML private ComboBox<PlaneView> viewChooser;
    @FXML private Label lessonText;
    @FXML private Button playButton;

    /** One pass of the play animation: long enough to follow the distributions morph. */
    static final Duration PLAY_TIME = Duration.seconds(4);
    private Timeline playback;

    private GeodesicsViewModel model;
    private GeodesicsViewModel.End dragging;

    void bind(GeodesicsViewModel viewModel) {
        this.model = viewModel;
        familyChooser.getItems().setAll(GeodesicsViewModel.Choice.values());
        familyChooser.valueProperty().bindBidirectional(model.choiceProperty());
        fromField.textProperty().bindBidirectional(model.fromTextProperty());
        toField.textProperty().bindBidirectional(model.toTextProperty());
        fromField.setOnAction(e -> model.commit(GeodesicsViewModel.End.A));
        toField.setOnAction(e -> model.commit(GeodesicsViewModel.End.B));
        fromField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.commit(GeodesicsViewModel.End.A);
            }
        });
        toField.focusedProperty().addListener((obs, was, is) -> {
            if (!is) {
                model.commit(GeodesicsViewModel.End.B);
            }
        });
        markerSlider.valueProperty().bindBidirectional(model.markerProperty());
        distanceLabel.textProperty().bind(model.distanceTextProperty());
        detailLabel.textProperty().bind(model.detailTextProperty());
        midpointLabel.textProperty().bind(model.midpointTextProperty());
        markerLabel.textProperty().bind(model.markerTextProperty());
        klLabel.textProperty().bind(model.klTextProperty());
        lengthsLabel.textProperty().bind(model.lengthsTextProperty());
        eBox.selectedProperty().bindBidirectional(model.showEProperty());
        mBox.selectedProperty().bindBidirectional(model.showMProperty());
        alphaBox.selectedProperty().bindBidirectional(model.showAlphaProperty());
        curvatureBox.selectedProperty().bindBidirectional(model.showCurvatureProperty());
        ballBox.selectedProperty().bindBidirectional(model.showBallProperty());
        tissotBox.selectedProperty().bindBidirectional(model.showTissotProperty());
        alphaSpinner.setValueFactory(new SpinnerValueFactory.DoubleSpinnerValueFactory(-5, 5,
                model.alphaProperty().get(), 0.25));
        alphaSpinner.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                model.alphaProperty().set(v);
            }
        });
        alphaSpinner.disableProperty().bind(alphaBox.selectedProperty().not());
        errorLabel.textProperty().bind(model.errorTextProperty());
        conventionLabel.textProperty().bind(model.conventionTextProperty());
        canvas.figureProperty().bind(model.figureProperty());
        viewChooser.valueProperty().addListener((obs, old, v) -> {
            if (v != null) {
                model.viewProperty().set(v);
            }
        });
        lessonChooser.getItems().setAll(Lesson.ALL);
        lessonChooser.valueProperty().bindBidirectional(model.lessonProperty());
        model.lessonProperty().addListener((obs, old, l) -> showLesson(l));
        showLesson(model.lessonProperty().get());
        model.choiceProperty().addListener((obs, old, c) -> updateLabels(c));
        updateLabels(model.choiceProperty().get());

        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(e -> {
            dragging = null;
            canvas.setCursor(Cursor.DEFAULT);
        });
        canvas.setOnMouseMoved(e -> canvas.setCursor(nearestEnd(e).isPresent() ? Cursor.HAND : Cursor.DEFAULT));
    }

    private void updateLabels(GeodesicsViewModel.Choice choice) {
        viewChooser.getItems().setAll(model.availableViews());
        viewChooser.setValue(model.viewProperty().get());
        viewChooser.setDisable(viewChooser.getItems().size() < 2);
        boolean overlays = model.overlaysAvailable();
        curvatureBox.setDisable(!model.curvatureMapAvailable());
        ballBox.setDisable(!overlays);
        tissotBox.setDisable(!overlays);
        String names = String.join(", ", choice.family().parameterNames());
        fromLabel.setText("A (start): " + names);
        toLabel.setText("B (end): " + names);
    }

    private void showLesson(Lesson lesson) {
        lessonText.setText(lesson == null ? "" : lesson.explanation());
        lessonText.setVisible(lesson != null);
        lessonText.setManaged(lesson != null);
    }

    /** Plays γ(t) from the slider's position (or 0) to 1; pressing again stops. */
    @FXML
    private void onPlay() {
        if (playback != null) {
            stopPlayback();
            return;
        }
        double start = model.markerProperty().get() >= 1 ? 0 : model.markerProperty().get();
        playback = new Timeline(new KeyFrame(Duration.ZERO, new KeyValue(model.markerProperty(), start)),
                new KeyFrame(PLAY_TIME.multiply(1 - start), new KeyValue(model.markerProperty(), 1.0)));
        playback.setOnFinished(e -> stopPlayback());
        playButton.setText("■ Stop");
        playback.play();
    }

    private void stopPlayback() {
        if (playback != null) {
            playback.stop();
            playback = null;
        }
        playButton.setText("▶ Play");
    }

    @FXML
    private void onFitView() {
        model.fitView();
    }

    private void onPressed(MouseEvent e) {
        dragging = nearestEnd(e).orElse(null);
        if (dragging != null) {
            canvas.setCursor(Cursor.CLOSED_HAND);
        }
    }

    private void onDragged(MouseEvent e) {
        if (dragging == null) {
            return;
        }
        mapping().flatMap(m -> m.toParameters(FigureCanvas.toDrawing(e.getX(), e.getY())))
                .ifPresent(p -> model.move(dragging, p));
    }

    private Optional<GeodesicsViewModel.End> nearestEnd(MouseEvent e) {
        GeodesicFigure figure = model.figureProperty().get();
        Optional<PlaneMapping> mapping = mapping();
        if (figure == null || mapping.isEmpty()) {
            return Optional.empty();
        }
        Point2D mouse = FigureCanvas.toDrawing(e.getX(), e.getY());
        double da = mapping.get().startHandle(figure.scene().geodesic().from()).distance(mouse);
        double db = mapping.get().endHandle(figure.scene().geodesic().to()).distance(mouse);
        if (Math.min(da, db) > GRAB_RADIUS) {
            return Optional.empty();
        }
        return Optional.of(da <= db ? GeodesicsViewModel.End.A : GeodesicsViewModel.End.B);
    }

    private Optional<PlaneMapping> mapping() {
        GeodesicFigure figure = model.figureProperty().get();
        return figure == null ? Optional.empty() : figure.mapping();
    }
}
