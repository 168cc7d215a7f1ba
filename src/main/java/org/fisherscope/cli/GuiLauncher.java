package org.fisherscope.cli;

/**
 * Starts the desktop app. The command line does not know JavaFX (it sits below the app layer),
 * so the launcher class hands this in; it blocks until the window closes.
 */
@FunctionalInterface
public interface GuiLauncher {
    void launch(GuiRequest request);

    /** Names accepted by {@code gui --lesson}; the app knows its lessons, the command line does not. */
    default java.util.List<String> lessons() {
        return java.util.List.of();
    }
}
