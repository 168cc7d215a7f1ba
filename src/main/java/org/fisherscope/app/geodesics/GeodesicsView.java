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

    @FXML private ComboBox<FamilyChoice> familyChooser;
    @FXML private javafx.scene.layout.StackPane curvatureHolder;
    @FXML private javafx.scene.layout.StackPane ballHolder;
    @FXML private javafx.scene.layout.StackPane tissotHolder;
    @FXML private Label overlayNote;
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
        familyChooser.getItems().setAll(FamilyChoice.PRESETS);
        // Editable: any family the workspace draws can be typed (categorical:k=6, mvnormal:d=3, binomial:n=30).
        familyChooser.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(FamilyChoice c) {
                return c == null ? "" : c.toString();
            }

            @Override
            public FamilyChoice fromString(String text) {
                return model.parseChoice(text);
            }
        });
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
        model.viewProperty().addListener((obs, old, v) -> updateOverlayToggles());
        updateLabels(model.choiceProperty().get());

        canvas.setOnMousePressed(this::onPressed);
        canvas.setOnMouseDragged(this::onDragged);
        canvas.setOnMouseReleased(e -> {
            dragging = null;
            canvas.setCursor(Cursor.DEFAULT);
        });
        canvas.setOnMouseMoved(e -> canvas.setCursor(nearestEnd(e).isPresent() ? Cursor.HAND : Cursor.DEFAULT));
    }

    private void updateLabels(FamilyChoice choice) {
        viewChooser.getItems().setAll(model.availableViews());
        viewChooser.setValue(model.shownView());
        viewChooser.setDisable(viewChooser.getItems().size() < 2);
        updateOverlayToggles();
        String names = String.join(", ", choice.family().parameterNames());
        fromLabel.setText("A (start): " + names);
        toLabel.setText("B (end): " + names);
    }

    /**
     * Disables the overlays the view cannot draw. A disabled control shows no tooltip, so the reason goes
     * on its holder and, in short, under the toggles.
     */
    private void updateOverlayToggles() {
        java.util.List<String> notes = new java.util.ArrayList<>();
        toggle(curvatureBox, curvatureHolder, org.fisherscope.figure.PlaneOverlays.Kind.CURVATURE, notes);
        toggle(ballBox, ballHolder, org.fisherscope.figure.PlaneOverlays.Kind.CIRCLE, notes);
        toggle(tissotBox, tissotHolder, org.fisherscope.figure.PlaneOverlays.Kind.ELLIPSES, notes);
        String note = notes.stream().distinct().reduce((a, b) -> a + "\n" + b).orElse("");
        overlayNote.setText(note);
        overlayNote.setVisible(!note.isEmpty());
        overlayNote.setManaged(!note.isEmpty());
    }

    private void toggle(CheckBox box, javafx.scene.layout.StackPane holder, org.fisherscope.figure.PlaneOverlays.Kind kind,
                        java.util.List<String> notes) {
        Optional<String> reason = model.overlayUnavailable(kind);
        box.setDisable(reason.isPresent());
        if (reason.isPresent()) {
            javafx.scene.control.Tooltip tip = new javafx.scene.control.Tooltip("Not on this view: " + reason.get());
            tip.setWrapText(true);
            tip.setMaxWidth(360);
            javafx.scene.control.Tooltip.install(holder, tip);
            holder.getProperties().put(TIP, tip);
            notes.add(reason.get());
        } else if (holder.getProperties().get(TIP) instanceof javafx.scene.control.Tooltip tip) {
            javafx.scene.control.Tooltip.uninstall(holder, tip);
            holder.getProperties().remove(TIP);
        }
    }

    private static final String TIP = "fisherscope.reasonTooltip";

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
        if (figure == null || mapping.isEmpty() || !mapping.get().draggable()) {
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
