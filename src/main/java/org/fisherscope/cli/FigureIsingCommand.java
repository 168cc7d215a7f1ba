package org.fisherscope.cli;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.fisherscope.figure.FigureExporter;
import org.fisherscope.figure.IsingChainRecorder;
import org.fisherscope.figure.IsingFigure;
import org.fisherscope.ising.CouplingGrid;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.CurvatureSource;
import org.fisherscope.ising.CurvatureSources;
import org.fisherscope.ising.LatticeSizes;
import org.fisherscope.ising.MonteCarloCurvature;
import org.fisherscope.ising.MonteCarloRun;
import org.fisherscope.ising.MonteCarloSource;
import org.fisherscope.geometry.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code figure ising}: the Ising-curvature figures for a set of lattice sizes. */
@Command(name = "ising", mixinStandardHelpOptions = true,
        description = "The Ising-curvature figures: scaling (|R| against n, fitted d_R, 10/9 prediction, d_eff per "
                + "pair of sizes and, with --reference, the published values and their deviation from exact ones), "
                + "pieces (R1..R4 per L with their identities), lattice (the last Monte Carlo chain), sweep (exact R/n "
                + "against K for several L, as 'ising sweep').")
final class FigureIsingCommand implements Callable<Integer> {

    static final double CRITICAL = 0.5 * Math.log(1 + Math.sqrt(2));

    @Mixin
    FigureOutputOptions output;

    /** The sweep view's defaults, those of {@code ising sweep}. */
    static final String SWEEP_SIZES = "8,16,32";
    static final String SWEEP_COUPLINGS = "0.3:0.6:31";

    @Option(names = "--L", paramLabel = "SIZES",
            description = "Lattice sizes, e.g. 4,6,8 or 4-12 (" + LatticeSizes.MIN + " to " + MonteCarloCurvature.MAX_SIDE
                    + " for mcmc, to " + ExactIsing.MAX_SIDE + " exact). Default: 4,6,8; " + SWEEP_SIZES
                    + " for the sweep view.")
    String sizes;

    @Option(names = "--K", paramLabel = "K", description = "Coupling; default K_c = ½ ln(1 + √2). The sweep view "
            + "takes FROM:TO:POINTS or a list, as 'ising sweep'; default " + SWEEP_COUPLINGS + ".")
    String coupling;

    @Option(names = "--method", paramLabel = "M",
            description = "mcmc or exact. Default: mcmc; the sweep view is always exact.")
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
            description = "scaling, pieces, lattice or sweep. Default: ${DEFAULT-VALUE}.")
    String view;

    @Option(names = "--reference", description = "Also draw the published |R| (exact L = 3..9, Monte Carlo L = 10..20).")
    boolean reference;

    @Override
    public Integer call() throws IOException {
        IsingFigure.View chosen = IsingFigure.View.parse(view);
        if (chosen == IsingFigure.View.SWEEP) {
            return sweep();
        }
        String method = this.method == null ? "mcmc" : this.method;
        String sizes = this.sizes == null ? "4,6,8" : this.sizes;
        int[] ls = "exact".equalsIgnoreCase(method) ? LatticeSizes.exact(sizes) : LatticeSizes.monteCarlo(sizes);
        double k = coupling == null ? CRITICAL : parseCoupling(coupling);
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

    private static double parseCoupling(String text) {
        double k;
        try {
            k = Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            throw new InvalidInputException("--K must be one number here (ranges are for --view sweep), got '" + text
                    + "'");
        }
        if (!(k > 0) || Double.isInfinite(k)) {
            throw new InvalidInputException("--K must be a finite number > 0, got " + text);
        }
        return k;
    }

    /** The sweep view: the same points as {@code ising sweep}, drawn as the GUI draws them. */
    private int sweep() throws IOException {
        if (method != null && !"exact".equalsIgnoreCase(method)) {
            throw new InvalidInputException("the sweep view is exact only; leave out --method or give --method exact");
        }
        String sides = sizes == null ? SWEEP_SIZES : sizes;
        String ks = coupling == null ? SWEEP_COUPLINGS : coupling;
        int[] ls = LatticeSizes.exact(sides);
        double[] grid = CouplingGrid.parse(ks);
        List<CurvaturePoint> points = IsingSweepCommand.compute(ls, grid, CurvatureSources.exact());
        String command = "fisherscope figure ising --view sweep --L " + sides.replaceAll("\\s+", "") + " --K "
                + CouplingGrid.argument(ks) + output.asArguments();
        IsingFigure figure = new IsingFigure(new IsingFigure.Content(List.of(), "exact", reference, null, points),
                IsingFigure.View.SWEEP, output.figureTheme(), command);
        FigureExporter.export(figure, output.out, output.exportOptions());
        System.out.println("wrote " + output.out.toAbsolutePath());
        return 0;
    }

}
