package org.fisherscope.app.diffusion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.Region;
import org.fisherscope.app.DataExport;
import org.fisherscope.app.LoadedPage;
import org.fisherscope.app.Workspace;
import org.fisherscope.app.WorkspaceContext;
import org.fisherscope.figure.DiffusionCsvTables;
import org.fisherscope.figure.DiffusionFigure;

/** The Diffusion-schedules workspace: which corruption schedule is the Fisher shortest path from data to noise. */
public final class DiffusionWorkspace implements Workspace {

    /** The workspace's lesson, as in {@code gui --lesson sharpening-not-blurring}. */
    public static final String LESSON_ID = "sharpening-not-blurring";

    static final String LESSON_TEXT = "Sharpening, not blurring. The shortest Fisher path from the photograph's"
            + " Gaussian model to white noise keeps every frequency's variance on v_f(t) = S_f^(1−t). Where S_f > 1"
            + " (the coarse, low frequencies) the signal gain a_f falls first: at t = 0.3 the cat's |f| ≈ 1 keeps about"
            + " half of its amplitude while |f| ≈ 64 keeps nearly all, so the signal left is sharpened. Blurring"
            + " diffusion does the opposite: its fine frequencies are gone by t ≈ 0.2. SPD's noise starts coloured"
            + " (σ_f small where S_f is small) and whitens: noise deblurring. Compare the two panels here, then"
            + " 'Corruption preview' with split signal / noise, 'log SNR over (|f|, t)' and 'Fisher speed and"
            + " length': only SPD has ratio 1.";

    private final DiffusionViewModel model;
    private final Region view;
    private final DiffusionView controller;

    public DiffusionWorkspace(WorkspaceContext context) {
        model = new DiffusionViewModel(context.tasks(), context.theme());
        LoadedPage<DiffusionView> page = LoadedPage.of("diffusion", "diffusion");
        view = page.view();
        controller = page.controller();
        controller.bind(model);
        model.usePowerLaw();
    }

    public DiffusionViewModel model() {
        return model;
    }

    @Override
    public String id() {
        return "diffusion";
    }

    @Override
    public String title() {
        return "Diffusion schedules";
    }

    @Override
    public String description() {
        return "Corruption schedules from an image spectrum to white noise as Fisher paths: shortest-path diffusion"
                + " against DDPM, cosine and blurring";
    }

    @Override
    public Node view() {
        return view;
    }

    /** An image (or a schedule table, for a .csv). */
    @Override
    public boolean open(Path path) {
        controller.open(path);
        return true;
    }

    @Override
    public boolean openLesson(String id) {
        if (!LESSON_ID.equals(id)) {
            return false;
        }
        model.lessonTextProperty().set(LESSON_TEXT);
        model.spdProperty().set(true);
        model.blurProperty().set(true);
        model.linearProperty().set(false);
        model.cosineProperty().set(false);
        model.discreteProperty().set(false);
        model.tProperty().set(0.3);
        model.splitProperty().set(true);
        model.viewProperty().set(DiffusionFigure.View.GAINS);
        Path cat = DiffusionViewModel.SAMPLES.resolve("chelsea.png");
        if (Files.isRegularFile(cat)) {
            model.openImage(cat);
        } else {
            model.sizeProperty().set("64");
            model.dimsProperty().set(2);
            model.usePowerLaw();
        }
        return true;
    }

    @Override
    public Optional<ShownFigure> figure() {
        return ShownFigure.on(model.figureProperty().get(), view.lookup("#diffusionCanvas"));
    }

    /** The numbers behind the figure on screen. */
    @Override
    public Optional<DataExport> data() {
        DiffusionFigure figure = model.figureProperty().get();
        if (figure == null) {
            return Optional.empty();
        }
        return Optional.of(target -> DiffusionCsvTables.write(target, figure));
    }

    @Override
    public List<MenuItem> fileMenuItems() {
        MenuItem image = new MenuItem("Open _image…");
        image.setAccelerator(new KeyCodeCombination(KeyCode.O, KeyCombination.SHORTCUT_DOWN));
        image.setOnAction(e -> controller.onOpenImage());
        MenuItem table = new MenuItem("Load schedule _table…");
        table.setAccelerator(new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN));
        table.setOnAction(e -> controller.onLoadTable());
        return List.of(image, table);
    }
}
