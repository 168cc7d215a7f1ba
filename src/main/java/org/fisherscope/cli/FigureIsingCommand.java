package org.fisherscope.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fisherscope.figure.FigureExporter;
import org.fisherscope.figure.IsingChainRecorder;
import org.fisherscope.figure.IsingFigure;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.CurvatureSource;
import org.fisherscope.ising.CurvatureSources;
import org.fisherscope.ising.LatticeSizes;
import org.fisherscope.ising.MonteCarloRun;
import org.fisherscope.ising.MonteCarloSource;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code figure ising}: the Ising-curvature figures for a set of lattice sizes. */
@Command(name = "ising", mixinStandardHelpOptions = true,
        description = "The Ising-curvature figures: scaling (|R| against n, fitted d_R, 10/9 prediction), pieces "
                + "(R1..R4 per L with their identities), lattice (the last Monte Carlo chain).")
final class FigureIsingCommand implements Callable<Integer> {

    static final double CRITICAL = 0.5 * Math.log(1 + Math.sqrt(2));

    @Mixin
    FigureOutputOptions output;

    @Option(names = "--L", paramLabel = "SIZES", defaultValue = "4,6,8",
            description = "Lattice sizes, e.g. 4,6,8 or 4-12 (" + LatticeSizes.MIN + " to " + LatticeSizes.MAX
                    + "). Default: ${DEFAULT-VALUE}.")
    String sizes;

    @Option(names = "--K", paramLabel = "K", description = "Coupling; default K_c = ½ ln(1 + √2).")
    Double coupling;

    @Option(names = "--method", paramLabel = "M", defaultValue = "mcmc",
            description = "mcmc or exact. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--sweeps", paramLabel = "S", defaultValue = "2000",
            description = "Monte Carlo measurements per chain. Default: ${DEFAULT-VALUE}.")
    int sweeps;

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "4",
            description = "Independent chains per L (at least 3). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--seed", paramLabel = "X", defaultValue = "1",
            description = "Seed of the first chain; chain i uses X + i. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--algorithm", paramLabel = "A", defaultValue = "wolff",
            description = "wolff or metropolis. Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--view", paramLabel = "NAME", defaultValue = "scaling",
            description = "scaling, pieces or lattice. Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--reference", description = "Also draw the published |R| (exact L = 3..9, Monte Carlo L = 10..20).")
    boolean reference;

    @Override
    public Integer call() throws IOException {
        IsingFigure.View chosen = IsingFigure.View.parse(view);
        int[] ls = LatticeSizes.parse(sizes);
        double k = coupling == null ? CRITICAL : coupling;
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new InvalidInputException("--K must be a finite number > 0, got " + k);
        }
        MonteCarloRun.Algorithm alg = switch (algorithm.toLowerCase(Locale.ROOT)) {
            case "wolff" -> MonteCarloRun.Algorithm.WOLFF;
            case "metropolis" -> MonteCarloRun.Algorithm.METROPOLIS;
            default -> throw new InvalidInputException("--algorithm must be wolff or metropolis, got '" + algorithm + "'");
        };
        IsingChainRecorder recorder = new IsingChainRecorder(sweeps, seeds, alg,
                Long.MAX_VALUE, lattice -> { });
        CurvatureSource source = switch (method.toLowerCase(Locale.ROOT)) {
            case "mcmc" -> new MonteCarloSource(sweeps, seeds, seed, alg, chosen == IsingFigure.View.LATTICE ? recorder
                    : null);
            case "exact" -> CurvatureSources.exact();
            default -> throw new InvalidInputException("--method must be mcmc or exact, got '" + method + "'");
        };
        List<CurvaturePoint> points = new ArrayList<>();
        for (int l : ls) {
            recorder.startSize(l, k);
            points.add(source.compute(l, k, () -> false, p -> { }));
        }
        String command = "fisherscope figure ising --L " + sizes + (coupling == null ? "" : " --K " + k) + " "
                + source.arguments() + " --view " + chosen.id() + (reference ? " --reference" : "")
                + output.asArguments();
        String parameters = source instanceof MonteCarloSource mc
                ? String.format(Locale.ROOT, "Monte Carlo (%s), %d sweeps x %d seeds from seed %d",
                alg.name().toLowerCase(Locale.ROOT), mc.sweeps(), mc.seeds(), mc.firstSeed()) : "exact";
        IsingFigure figure = new IsingFigure(new IsingFigure.Content(points, parameters, reference, recorder.last()),
                chosen, output.figureTheme(), command);
        FigureExporter.export(figure, output.out, output.exportOptions());
        System.out.println("wrote " + output.out.toAbsolutePath());
        return 0;
    }
}
