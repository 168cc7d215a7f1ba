package org.fisherscope.cli;

import java.nio.file.Path;
import java.util.Optional;

/** What the {@code gui} subcommand (or no subcommand) asks the desktop app to open. */
public record GuiRequest(Optional<String> workspace, Optional<String> lesson, Optional<Path> open) {

    /** Open the app as the user left it. */
    public static GuiRequest plain() {
        return new GuiRequest(Optional.empty(), Optional.empty(), Optional.empty());
    }
}
