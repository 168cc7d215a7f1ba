package org.fisherscope.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleSpec;
import org.fisherscope.diffusion.SpectrumSpec;
import org.fisherscope.figure.DiffusionAnalysis;
import org.fisherscope.figure.DiffusionCsvTables;
import org.fisherscope.figure.DiffusionFigure;
import org.fisherscope.figure.FigureExporter;
import org.fisherscope.figure.PreviewFrames;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code figure diffusion}: one of the diffusion-schedule figures, as the GUI draws it. */
@Command(name = "diffusion", mixinStandardHelpOptions = true,
        description = {"The diffusion-schedule figures: spectrum (log-log with the fit), gains (a_f and σ_f over t), "
            + "snr (log SNR heat map of --schedule), marginal (v_f(t) at a few times), speed (Fisher speed, cumulative "
            + "length and the lengths table), preview (the image corrupted at --t per schedule), strip (t = 0 … 1).",
            "Metric: ds² = ½ Σ_f (d ln v_f)², v_f(t) = a_f(t)²·S_f + σ_f(t)²."})
final class FigureDiffusionCommand implements Callable<Integer> {

    @Option(names = "--spectrum", paramLabel = "SPEC", defaultValue = "powerlaw",
            description = {"powerlaw:c1=..,c2=..,m=..,size=N,dims=1|2 or image:PATH[,channel=..][,use=rings|fit][,c2=..], "
                + "as for the schedule command. Default: ${DEFAULT-VALUE}."})
    String spectrum;

    @Option(names = "--schedules", paramLabel = "LIST", defaultValue = "spd,linear,cosine,blur",
            description = "spd, linear[:beta0=..,beta1=..], cosine[:s=..], blur[:sigma=..,dmin=..], table:FILE.csv. "
                    + "Default: ${DEFAULT-VALUE}.")
    String schedules;

    @Option(names = "--steps", paramLabel = "N", description = "Discrete schedules at t = k/N; without it continuous t.")
    Integer steps;

    @Option(names = "--view", paramLabel = "NAME", defaultValue = "speed",
            description = "spectrum, gains, snr, marginal, speed, preview or strip. Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--t", paramLabel = "T", defaultValue = "0.5",
            description = "The time marked on the figures and of the preview, in [0, 1]. Default: ${DEFAULT-VALUE}.")
    double t;

    @Option(names = "--schedule", paramLabel = "ID",
            description = "The schedule of the snr heat map, by id (spd, linear, cosine, blur, table; a repeated id is "
                    + "id-2, …). Default: spd if listed, else the first.")
    String schedule;

    @Option(names = "--split", description = "Preview: also show the filtered signal IFFT(a·X₀) and the noise IFFT(σ·E).")
    boolean split;

    @Option(names = "--seed", paramLabel = "S", description = "Seed of the preview's white noise. Default: "
            + org.fisherscope.diffusion.CorruptionPreview.DEFAULT_SEED + ".")
    Long seed;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the figure's numbers as a CSV table.")
    Path csv;

    @Mixin
    FigureOutputOptions output;

    @Override
    public Integer call() throws IOException {
        DiffusionFigure.View chosen = DiffusionFigure.View.parse(view);
        if (steps != null && steps < 1) {
            throw new InvalidInputException("--steps must be at least 1, got " + steps);
        }
        if (!(t >= 0 && t <= 1)) {
            throw new InvalidInputException("--t must lie in [0, 1], got " + t);
        }
        SpectrumSpec.Parsed parsed = SpectrumSpec.parse(spectrum);
        List<Schedule> list = ScheduleSpec.parse(schedules);
        int index = scheduleIndex(list, schedule);
        long noiseSeed = seed == null ? org.fisherscope.diffusion.CorruptionPreview.DEFAULT_SEED : seed;
        DiffusionAnalysis.Input input = new DiffusionAnalysis.Input(parsed.spectrum(), parsed.image(), list,
                steps == null ? 0 : steps, spectrum, schedules, noiseSeed);
        DiffusionAnalysis analysis = DiffusionAnalysis.compute(input, DiffusionAnalysis.Progress.NONE, () -> false);
        PreviewFrames frames = null;
        if (analysis.preview() != null && chosen == DiffusionFigure.View.PREVIEW) {
            frames = PreviewFrames.preview(analysis.preview(), list, t, split, () -> false);
        } else if (analysis.preview() != null && chosen == DiffusionFigure.View.STRIP) {
            frames = PreviewFrames.strip(analysis.preview(), list, () -> false);
        }
        DiffusionFigure figure = new DiffusionFigure(analysis, chosen, t, index, split, frames, output.figureTheme(),
                commandLine(input, chosen, list, index));
        FigureExporter.export(figure, output.out, output.exportOptions());
        System.out.println("wrote " + output.out.toAbsolutePath());
        if (csv != null) {
            DiffusionCsvTables.write(csv, figure);
            System.out.println("wrote " + csv.toAbsolutePath());
        }
        return 0;
    }

    /** The equivalent command line, as the GUI also writes it. */
    static String commandLine(DiffusionAnalysis.Input input, DiffusionFigure.View view, List<Schedule> list, int index,
                              double t, boolean split, String outputArguments) {
        return "fisherscope figure diffusion " + input.arguments() + " --view " + view.id() + " --t " + t
                + (view == DiffusionFigure.View.SNR ? " --schedule " + DiffusionCsvTables.keys(list).get(index) : "")
                + (split && view == DiffusionFigure.View.PREVIEW ? " --split" : "")
                + (view.needsFrames() && input.seed() != org.fisherscope.diffusion.CorruptionPreview.DEFAULT_SEED
                ? " --seed " + input.seed() : "") + outputArguments;
    }

    private String commandLine(DiffusionAnalysis.Input input, DiffusionFigure.View view, List<Schedule> list, int index) {
        return commandLine(input, view, list, index, t, split, output.asArguments());
    }

    static int scheduleIndex(List<Schedule> list, String id) {
        List<String> keys = DiffusionCsvTables.keys(list);
        if (id == null) {
            return Math.max(0, keys.indexOf("spd"));
        }
        int index = keys.indexOf(id);
        if (index < 0) {
            throw new InvalidInputException("--schedule must be one of the listed schedules " + String.join(", ", keys)
                    + "; got '" + id + "'");
        }
        return index;
    }
}
