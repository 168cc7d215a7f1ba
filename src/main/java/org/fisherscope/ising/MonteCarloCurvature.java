package org.fisherscope.ising;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.fisherscope.geometry.CumulantCurvature;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Scalar curvature of the per-bond Fisher manifold estimated by Monte Carlo from ≥ 3 independent seeded
 * chains. R is a nonlinear function of the moments, so an estimate from N samples is biased by O(1/N): the
 * reported R comes from the moments pooled over all chains (bias O(1/(N·seeds))), and its error is the
 * standard error of the per-chain values over seeds divided by √seeds.
 */
public final class MonteCarloCurvature {

    public static final int MIN_SEEDS = 3;

    private MonteCarloCurvature() {
    }

    /** Mean over seeds, with per-seed values for inspection. */
    public record Estimate(int size, double coupling, double r, double rStdErr, double a, double b, double tauInt,
                           int sweeps, int seeds, long firstSeed, double seconds, List<Double> perSeed,
                           MonteCarloRun.Result lastChain) {
        public double r1() {
            return -a / 2;
        }

        public double r2() {
            return b / 2;
        }

        public double r3() {
            return a / 4;
        }

        public double r4() {
            return -b / 4;
        }
    }

    /** Largest L sampled: the third moments hold 8·L⁴ longs per chain (1 GB at L = 64). */
    public static final int MAX_SIDE = 64;

    public static Estimate estimate(int size, double coupling, int sweeps, int seeds, long firstSeed,
                                    MonteCarloRun.Algorithm algorithm, BooleanSupplier cancelled,
                                    DoubleConsumer progress, MonteCarloRun.Observer observer) {
        if (size < 3 || size > MAX_SIDE) {
            throw new InvalidInputException("Monte Carlo handles L from 3 to " + MAX_SIDE
                    + " (its third moments take 8·L⁴ numbers per chain), got " + size);
        }
        if (seeds < MIN_SEEDS) {
            throw new InvalidInputException("an error bar needs at least " + MIN_SEEDS + " seeds, got " + seeds);
        }
        long start = System.nanoTime();
        int thermalisation = Math.max(100, sweeps / 10);
        List<Double> values = new ArrayList<>();
        double sumTau = 0;
        MonteCarloMoments pooled = new MonteCarloMoments(size);
        MonteCarloRun.Result last = null;
        for (int s = 0; s < seeds; s++) {
            int index = s;
            MonteCarloRun.Result run = MonteCarloRun.run(size, coupling, thermalisation, sweeps, firstSeed + s, algorithm,
                    cancelled, p -> progress.accept((index + 0.9 * p) / seeds), observer);
            CumulantCurvature.Result c = FourierCurvature.of(BondCumulants.of(run.moments().toBondMoments(coupling)));
            values.add(c.scalar());
            pooled.merge(run.moments());
            sumTau += run.tauInt();
            last = run;
            progress.accept((s + 1.0) / seeds);
        }
        CumulantCurvature.Result all = FourierCurvature.of(BondCumulants.of(pooled.toBondMoments(coupling)));
        double mean = values.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
        double var = values.stream().mapToDouble(v -> (v - mean) * (v - mean)).sum() / (seeds - 1);
        return new Estimate(size, coupling, all.scalar(), Math.sqrt(var / seeds), all.a(), all.b(), sumTau / seeds,
                sweeps, seeds, firstSeed, (System.nanoTime() - start) / 1e9, List.copyOf(values), last);
    }
}
