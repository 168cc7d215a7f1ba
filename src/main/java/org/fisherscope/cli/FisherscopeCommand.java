package org.fisherscope.cli;

import java.util.concurrent.Callable;
import org.fisherscope.Version;
import picocli.CommandLine.Command;
import picocli.CommandLine.IVersionProvider;

/** The top-level command: no subcommand opens the GUI; each subcommand runs headless. */
@Command(name = "fisherscope", mixinStandardHelpOptions = true, versionProvider = FisherscopeCommand.VersionText.class,
        description = {"Information-geometry explorer: Fisher metrics, geodesics, curvature, absorbing Markov chains.",
            "With no arguments the desktop app opens; with a subcommand Fisherscope runs headless.",
            "Conventions: unit 2-sphere has scalar curvature R = +2; categorical distance 2·arccos(Σ√(p q))."},
        footer = {"", "Exit status: 0 success, 2 bad input (one 'error:' line on stderr), 1 internal error."})
final class FisherscopeCommand implements Callable<Integer> {

    private final GuiLauncher launcher;

    FisherscopeCommand(GuiLauncher launcher) {
        this.launcher = launcher;
    }

    @Override
    public Integer call() {
        launcher.launch(GuiRequest.plain());
        return 0;
    }

    /** Prints "Fisherscope VERSION". */
    static final class VersionText implements IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Fisherscope " + Version.get()};
        }
    }
}
