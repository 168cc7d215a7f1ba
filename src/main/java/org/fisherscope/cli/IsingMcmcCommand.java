package org.fisherscope.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.MonteCarloCurvature;
import org.fisherscope.ising.MonteCarloRun;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ising mcmc}: the curvature estimated from independent seeded Monte Carlo chains. */
@Command(name = "mcmc", mixinStandardHelpOptions = true,
        description = {"R estimated by Monte Carlo: Wolff cluster updates (or Metropolis), the bond moments averaged "
            + "over translations, R from the moments pooled over all seeds and its standard error from the spread "
            + "between seeds; the same seed gives the same numbers.",
            "A sweep is as many cluster flips as turn over about L² spins."})
final class IsingMcmcCommand implements Callable<Integer> {

    /** Beyond this the third-moment table (8 n² longs) passes 1 GB. */
    static final int MAX_SIDE = MonteCarloCurvature.MAX_SIDE;

    @Option(names = "--L", required = true, paramLabel = "N", description = "Lattice side, 3 … " + MAX_SIDE + ".")
    int side;

    @Option(names = "--sweeps", required = true, paramLabel = "S", description = "Measured sweeps per seed (≥ 2).")
    int sweeps;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "3",
            description = "Independent chains (≥ 3). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--seed", paramLabel = "X", defaultValue = "1",
            description = "First seed; chain i uses X + i. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--K", paramLabel = "K", description = "Coupling, > 0. Default: K_c = ½ ln(1+√2).")
    Double coupling;

    @Option(names = "--algorithm", paramLabel = "A", defaultValue = "wolff",
            description = "wolff or metropolis. Default: ${DEFAULT-VALUE}.")
    String algorithm;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    static MonteCarloRun.Algorithm algorithm(String name) {
        return switch (name.toLowerCase(java.util.Locale.ROOT)) {
            case "wolff" -> MonteCarloRun.Algorithm.WOLFF;
            case "metropolis" -> MonteCarloRun.Algorithm.METROPOLIS;
            default -> throw new InvalidInputException("algorithm must be wolff or metropolis, got '" + name + "'");
        };
    }

    static void checkSide(int side) {
        if (side < IsingLattice.MIN_SIDE || side > MAX_SIDE) {
            throw new InvalidInputException("L must be from " + IsingLattice.MIN_SIDE + " to " + MAX_SIDE + " for Monte Carlo, got "
                    + side);
        }
    }

    @Override
    public Integer call() {
        checkSide(side);
        if (sweeps < 2) {
            throw new InvalidInputException("--sweeps must be at least 2, got " + sweeps);
        }
        double k = IsingLattice.checkCoupling(coupling == null ? IsingLattice.CRITICAL_COUPLING : coupling);
        MonteCarloCurvature.Estimate e = MonteCarloCurvature.estimate(side, k, sweeps, seeds, seed, algorithm(algorithm),
                () -> false, p -> { }, null);
        Output.print(report(e), json);
        return 0;
    }

    static Map<String, Object> report(MonteCarloCurvature.Estimate e) {
        Map<String, Object> out = Json.object();
        out.put("L", e.size());
        out.put("n", e.size() * e.size());
        out.put("m", 2 * e.size() * e.size());
        out.put("K", e.coupling());
        out.put("R", e.r());
        out.put("RStdErr", e.rStdErr());
        out.put("R1", e.r1());
        out.put("R2", e.r2());
        out.put("R3", e.r3());
        out.put("R4", e.r4());
        out.put("A", e.a());
        out.put("B", e.b());
        Json.putNumber(out, "logZ", Double.NaN, "Monte Carlo does not estimate the partition function");
        out.put("tauInt", e.tauInt());
        out.put("sweeps", e.sweeps());
        out.put("seeds", e.seeds());
        out.put("seed", e.firstSeed());
        out.put("perSeed", e.perSeed());
        out.put("method", "mcmc");
        out.put("seconds", e.seconds());
        out.put("convention", "unit 2-sphere has R = +2; R = (B − A)/4; RStdErr = spread of the per-seed R / √seeds; "
                + "tauInt = integrated autocorrelation time of the bond sum, in sweeps (½ for independent samples)");
        return out;
    }
}
