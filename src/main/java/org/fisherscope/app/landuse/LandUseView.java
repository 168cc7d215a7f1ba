package org.fisherscope.app.landuse;

import java.io.File;
import java.util.Arrays;
import javafx.fxml.FXML;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.DirectoryChooser;
import org.fisherscope.app.FigureCanvas;
import org.fisherscope.figure.LandUseFigure;

/** The Land-use page: folder, figure and year choosers bound to {@link LandUseViewModel}. */
public final class LandUseView {

    @FXML private Label folderLabel;
    @FXML private ComboBox<LandUseFigure.View> viewChooser;
    @FXML private ComboBox<Integer> yearChooser;
    @FXML private Label summaryLabel;
    @FXML private Label errorLabel;
    @FXML private Label lessonLabel;
    @FXML private FigureCanvas canvas;

    private LandUseViewModel model;

    void bind(LandUseViewModel viewModel) {
        this.model = viewModel;
        viewChooser.getItems().setAll(LandUseFigure.View.values());
        viewChooser.valueProperty().bindBidirectional(model.viewProperty());
        yearChooser.valueProperty().bindBidirectional(model.yearProperty());
        yearChooser.disableProperty().bind(model.viewProperty().isNotEqualTo(LandUseFigure.View.BOXCOUNT)
                .and(model.viewProperty().isNotEqualTo(LandUseFigure.View.MAP)));
        model.resultProperty().addListener((obs, old, r) -> {
            if (r != null) {
                yearChooser.getItems().setAll(Arrays.stream(r.years()).boxed().toList());
            }
        });
        model.folderProperty().addListener((obs, old, f) -> folderLabel.setText(f == null ? "" : f.toString()));
        summaryLabel.textProperty().bind(model.summaryProperty());
        errorLabel.textProperty().bind(model.errorProperty());
        canvas.figureProperty().bind(model.figureProperty());
        lessonLabel.textProperty().bind(model.lessonTextProperty());
        lessonLabel.visibleProperty().bind(model.lessonTextProperty().isNotEmpty());
        lessonLabel.managedProperty().bind(lessonLabel.visibleProperty());
    }

    @FXML
    private void onChooseFolder() {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle("Folder of yearly land-cover rasters");
        File chosen = chooser.showDialog(canvas.getScene().getWindow());
        if (chosen != null) {
            model.load(chosen.toPath());
        }
    }
}
