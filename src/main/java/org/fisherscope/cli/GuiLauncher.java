package org.fisherscope.cli;

/**
 * Starts the desktop app. The command line does not know JavaFX (it sits below the app layer),
 * so the launcher class hands this in; it blocks until the window closes.
 */
@FunctionalInterface
public interface GuiLauncher {
    void launch(GuiRequest request);
}
