package org.fisherscope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import javafx.fxml.FXMLLoader;
import javafx.scene.layout.Region;

/**
 * A workspace page loaded from its FXML layout, with the controller the layout names.
 *
 * @param <C> the controller (the page's View class)
 */
public record LoadedPage<C>(Region view, C controller) {

    /**
     * Loads {@code /fxml/NAME.fxml}; a missing or broken layout is a packaging bug, reported unchecked with the
     * page's name.
     */
    public static <C> LoadedPage<C> of(String name, String title) {
        FXMLLoader loader = new FXMLLoader(LoadedPage.class.getResource("/fxml/" + name + ".fxml"));
        try {
            Region view = loader.load();
            return new LoadedPage<>(view, loader.getController());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot load the " + title + " page", e);
        }
    }
}
