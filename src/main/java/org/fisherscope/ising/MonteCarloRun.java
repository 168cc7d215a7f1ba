package org.fisherscope.ising;

import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.fisherscope.geometry.InvalidInputException;

/**
 * One seeded Monte Carlo chain at homogeneous coupling K: thermalisation, then {@code samples} measurements,
 * each after one "sweep" of updates. A Wolff sweep is as many cluster flips as flip about n spins on
 * average (estimated during thermalisation), so sweeps of the two algorithms are comparable. Records the
 * bond moments, the per-sample bond sum and |magnetisation| (the energy and order-parameter traces), and
 * the integrated autocorrelation time of the bond sum.
 */
public final class MonteCarloRun {

    /** Which update a sweep uses. */
    public enum Algorithm {
        WOLFF, METROPOLIS
    }

    /** What one chain produced. */
    public record Result(MonteCarloMoments moments, double[] bondSums, double[] absMagnetisation, double tauInt,
                         double clustersPerSweep, long seed) {
    }

    /** Observer for the GUI: called after every measurement with the chain's state (may be null). */
    public interface Observer {
        void measured(int sample, TorusSpins spins);
    }

    private MonteCarloRun() {
    }

    public static Result run(int size, double coupling, int thermalisation, int samples, long seed,
                             Algorithm algorithm, BooleanSupplier cancelled, DoubleConsumer progress,
                             Observer observer) {
        if (samples < 2) {
            throw new InvalidInputException("need at least 2 sweeps of samples, got " + samples);
        }
        if (thermalisation < 0) {
            throw new InvalidInputException("thermalisation sweeps must be ≥ 0, got " + thermalisation);
        }
        TorusSpins spins = new TorusSpins(size, coupling, seed);
        int n = size * size;
        // Estimate the mean cluster size while thermalising (at least 100 flips).
        long flipped = 0;
        int clusters = 0;
        int warmUpdates = Math.max(100, thermalisation * (algorithm == Algorithm.WOLFF ? 10 : 1));
        for (int k = 0; k < warmUpdates; k++) {
            if ((k & 63) == 0 && cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            if (algorithm == Algorithm.WOLFF) {
                flipped += spins.wolffUpdate();
                clusters++;
            } else {
                spins.metropolisSweep();
            }
        }
        double perSweep = algorithm == Algorithm.WOLFF ? Math.max(1, Math.round((double) n * clusters / flipped)) : 1;
        MonteCarloMoments moments = new MonteCarloMoments(size);
        double[] bondSums = new double[samples];
        double[] magnetisation = new double[samples];
        for (int s = 0; s < samples; s++) {
            if (cancelled.getAsBoolean()) {
                throw new CancellationException("cancelled");
            }
            for (int k = 0; k < perSweep; k++) {
                if (algorithm == Algorithm.WOLFF) {
                    spins.wolffUpdate();
                } else {
                    spins.metropolisSweep();
                }
            }
            byte[] state = spins.spins();
            moments.add(state);
            bondSums[s] = spins.bondSum();
            magnetisation[s] = Math.abs(spins.magnetisation()) / (double) n;
            if (observer != null) {
                observer.measured(s, spins);
            }
            progress.accept((s + 1.0) / samples);
        }
        return new Result(moments, bondSums, magnetisation, Autocorrelation.integratedTime(bondSums), perSweep, seed);
    }
}
