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
    static final List<String> WORKSPACES = List.of("geodesics", "diffusion", "ising", "landuse");

    @Option(names = "--workspace", paramLabel = "W",
            description = "Workspace to show first: geodesics, diffusion, ising or landuse.")
    String workspace;

    @Option(names = "--lesson", paramLabel = "NAME",
            description = "Lesson to open: simplex-sphere, dual-geodesics, hyperbolic-normal, sharpening-not-blurring, "
                    + "curvature-grows-faster, exact-beats-sampling or pulse-of-enclosure.")
    String lesson;

    @Option(names = "--open", paramLabel = "PATH", description = "Folder of yearly rasters to open in the landuse "
            + "workspace, or a PNG/JPEG image for the diffusion workspace.")
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
        if (open != null && workspace != null && !workspace.equals("landuse") && !workspace.equals("diffusion")) {
            throw new InvalidInputException("--open is for the data workspaces (landuse, diffusion); the " + workspace
                    + " workspace opens no files");
        }
        if (open != null && !java.nio.file.Files.exists(open)) {
            throw new InvalidInputException("--open " + open + " does not exist");
        }
        String target = workspace != null ? workspace : open != null ? (isImage(open) ? "diffusion" : "landuse") : null;
        launcher.launch(new GuiRequest(Optional.ofNullable(target), Optional.ofNullable(lesson), Optional.ofNullable(open)));
        return 0;
    }

    /** A PNG or JPEG by its name: opened in the diffusion workspace when no workspace is named. */
    static boolean isImage(Path path) {
        String name = path.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return name.endsWith(".png") || name.endsWith(".jpg") || name.endsWith(".jpeg");
    }
}
