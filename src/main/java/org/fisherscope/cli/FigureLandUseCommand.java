package org.fisherscope.cli;

import java.io.IOException;
import java.util.concurrent.Callable;
import org.fisherscope.figure.FigureExporter;
import org.fisherscope.figure.LandUseFigure;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.landuse.LandUseAnalysis;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code figure landuse}: one of the land-use figures. */
@Command(name = "landuse", mixinStandardHelpOptions = true,
        description = "The land-use figures: trajectory (simplex with Fisher–Rao arcs and pulses), velocity, "
                + "percolation, boxcount (log–log fit for --year).")
final class FigureLandUseCommand implements Callable<Integer> {

    @Mixin
    LandUseInputOptions inputs;

    @Mixin
    FigureOutputOptions output;

    @Option(names = "--view", paramLabel = "NAME", defaultValue = "trajectory",
            description = "trajectory, velocity, percolation, boxcount, chain, retention or map. Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--year", paramLabel = "Y", description = "Year of the boxcount view; default: the last.")
    Integer year;

    @Override
    public Integer call() throws IOException {
        LandUseFigure.View chosen = LandUseFigure.View.parse(view);
        LandUseAnalysis.Result result = inputs.analyse();
        int index = result.years().length - 1;
        if (year != null) {
            index = java.util.Arrays.stream(result.years()).boxed().toList().indexOf(year);
            if (index < 0) {
                throw new InvalidInputException("--year " + year + " is not among the rasters' years "
                        + java.util.Arrays.toString(result.years()));
            }
        }
        String command = "fisherscope figure landuse " + inputs.asArguments() + " --view " + chosen.id()
                + (year == null ? "" : " --year " + year) + output.asArguments();
        FigureExporter.export(new LandUseFigure(result, chosen, index, output.figureTheme(), command), output.out,
                output.exportOptions());
        System.out.println("wrote " + output.out.toAbsolutePath());
        return 0;
    }
}
