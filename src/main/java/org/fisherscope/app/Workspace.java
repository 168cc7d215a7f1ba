package org.fisherscope.app;

import java.util.Optional;
import javafx.scene.Node;
import org.fisherscope.figure.Figure;

/**
 * One page of the main window. Pages are listed in one place, {@link WorkspaceRegistry}; the main
 * window asks the visible page for its figure and data when the user exports.
 */
public interface Workspace {

    /** Stable identifier, as in {@code gui --workspace ID}. */
    String id();

    /** Name in the navigation list. */
    String title();

    /** One sentence for the navigation tooltip. */
    String description();

    /** The page's root node, built once. */
    Node view();

    /** The figure on screen now and its size on screen, exactly as Export figure should write it. */
    Optional<ShownFigure> figure();

    /** A figure with the size at which it is shown, in pixels (1/96 inch). */
    record ShownFigure(Figure figure, double width, double height) {
        /** The figure at the size of the canvas that shows it; empty when either is missing. */
        public static Optional<ShownFigure> on(Figure figure, javafx.scene.Node canvas) {
            if (figure == null || canvas == null) {
                return Optional.empty();
            }
            return Optional.of(new ShownFigure(figure, canvas.getLayoutBounds().getWidth(),
                    canvas.getLayoutBounds().getHeight()));
        }
    }

    /** Opens a data file or folder; false if this workspace opens none. */
    default boolean open(java.nio.file.Path path) {
        return false;
    }

    /** Opens a lesson by id; false if this workspace has no such lesson. */
    default boolean openLesson(String id) {
        return false;
    }

    /** Items this workspace adds at the top of the File menu while it is shown (e.g. its Open choices). */
    default java.util.List<javafx.scene.control.MenuItem> fileMenuItems() {
        return java.util.List.of();
    }

    /** The data behind the figure, for Export data as CSV. */
    Optional<DataExport> data();
}
