package org.fisherscope.cli;

import picocli.CommandLine.Command;

/** {@code figure WORKSPACE}: writes the figure the GUI would show, headless. */
@Command(name = "figure", mixinStandardHelpOptions = true,
        description = "Write a workspace's figure to PNG, SVG or PDF, exactly as the GUI draws it.",
        subcommands = {FigureGeodesicsCommand.class, FigureDiffusionCommand.class, FigureIsingCommand.class,
            FigureLandUseCommand.class})
final class FigureCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(),
                "name a workspace: figure geodesics …");
    }
}
