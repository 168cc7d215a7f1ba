package org.fisherscope.ising;

import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Monte Carlo curvature through {@link MonteCarloCurvature}: {@code seeds} chains with seeds firstSeed,
 * firstSeed + 1, …, each {@code sweeps} measurements long. The observer (may be null) sees every measurement,
 * for a live view of the lattice.
 */
public final class MonteCarloSource implements CurvatureSource {

    private final int sweeps;
    private final int seeds;
    private final long firstSeed;
    private final MonteCarloRun.Algorithm algorithm;
    private final MonteCarloRun.Observer observer;

    public MonteCarloSource(int sweeps, int seeds, long firstSeed, MonteCarloRun.Algorithm algorithm,
                            MonteCarloRun.Observer observer) {
        if (sweeps < 2) {
            throw new InvalidInputException("sweeps must be at least 2, got " + sweeps);
        }
        if (seeds < MonteCarloCurvature.MIN_SEEDS) {
            throw new InvalidInputException("an error bar needs at least " + MonteCarloCurvature.MIN_SEEDS
                    + " seeds, got " + seeds);
        }
        this.sweeps = sweeps;
        this.seeds = seeds;
        this.firstSeed = firstSeed;
        this.algorithm = algorithm;
        this.observer = observer;
    }

    public int sweeps() {
        return sweeps;
    }

    public int seeds() {
        return seeds;
    }

    public long firstSeed() {
        return firstSeed;
    }

    public MonteCarloRun.Algorithm algorithm() {
        return algorithm;
    }

    /** "mcmc-wolff" or "mcmc-metropolis": the method column. */
    public String method() {
        return "mcmc-" + algorithm.name().toLowerCase(Locale.ROOT);
    }

    @Override
    public String key() {
        return method() + " sweeps=" + sweeps + " seeds=" + seeds + " seed=" + firstSeed;
    }

    @Override
    public String arguments() {
        return "--method mcmc --sweeps " + sweeps + " --seeds " + seeds + " --seed " + firstSeed
                + (algorithm == MonteCarloRun.Algorithm.WOLFF ? "" : " --algorithm " + algorithm.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public CurvaturePoint compute(int size, double coupling, BooleanSupplier cancelled, DoubleConsumer progress) {
        MonteCarloCurvature.Estimate e = MonteCarloCurvature.estimate(size, coupling, sweeps, seeds, firstSeed,
                algorithm, cancelled, progress, observer);
        return CurvaturePoint.fromAB(size, coupling, e.a(), e.b(), method(), e.rStdErr(), e.seconds(), e.tauInt());
    }
}
