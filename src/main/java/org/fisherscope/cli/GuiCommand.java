package org.fisherscope.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gui}: opens the desktop app, optionally at a workspace, lesson or file. */
@Command(name = "gui", mixinStandardHelpOptions = true,
        description = "Open the desktop app (the same as running with no arguments).")
final class GuiCommand implements Callable<Integer> {

    /** Workspaces that exist in this version; the others arrive with their issues. */
    static final List<String> WORKSPACES = List.of("geodesics", "ising", "landuse");

    @Option(names = "--workspace", paramLabel = "W", description = "Workspace to show first: geodesics, ising or landuse.")
    String workspace;

    @Option(names = "--lesson", paramLabel = "NAME",
            description = "Lesson to open: simplex-sphere, dual-geodesics, hyperbolic-normal, pulse-of-enclosure or"
                    + " curvature-grows-faster.")
    String lesson;

    @Option(names = "--open", paramLabel = "PATH", description = "Folder of yearly rasters to open in the landuse workspace.")
    Path open;

    private final GuiLauncher launcher;

    GuiCommand(GuiLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        if (workspace != null && !WORKSPACES.contains(workspace)) {
            throw new InvalidInputException("--workspace must be one of " + String.join(", ", WORKSPACES)
                    + "; got '" + workspace + "'");
        }
        if (lesson != null && !launcher.lessons().contains(lesson)) {
            throw new InvalidInputException("--lesson must be one of " + String.join(", ", launcher.lessons())
                    + "; got '" + lesson + "'");
        }
        if (open != null && workspace != null && !workspace.equals("landuse")) {
            throw new InvalidInputException("--open is for the data workspaces (landuse); the " + workspace
                    + " workspace opens no files");
        }
        if (open != null && !java.nio.file.Files.exists(open)) {
            throw new InvalidInputException("--open " + open + " does not exist");
        }
        String target = workspace != null ? workspace : open != null ? "landuse" : null;
        launcher.launch(new GuiRequest(Optional.ofNullable(target), Optional.ofNullable(lesson), Optional.ofNullable(open)));
        return 0;
    }
}
