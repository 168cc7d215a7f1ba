package org.fisherscope.app;

import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Application;
import org.fisherscope.cli.GuiRequest;

/** Starts the JavaFX application for a request from the command line. */
final class GuiEntry {

    /**
     * JavaFX warns that it was loaded from the class path rather than as named modules; a fat jar is
     * exactly that and works, so the warning would only alarm users. Held strongly so the level sticks.
     */
    private static final Logger JAVAFX_LOGGER = Logger.getLogger("javafx");

    private GuiEntry() {
    }

    static void launch(GuiRequest request) {
        JAVAFX_LOGGER.setLevel(Level.SEVERE);
        FisherscopeApp.request = request;
        Application.launch(FisherscopeApp.class);
    }
}
