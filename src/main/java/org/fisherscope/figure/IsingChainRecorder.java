package org.fisherscope.figure;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import org.fisherscope.ising.MonteCarloRun;
import org.fisherscope.ising.TorusSpins;

/**
 * Watches Monte Carlo chains (as their {@link MonteCarloRun.Observer}) and turns them into {@link IsingLattice}
 * pictures: it keeps the energy and |m| traces of the current chain and hands a picture to the sink at most
 * once per {@code interval} nanoseconds and always at the end of a chain. Called on the computing thread; the
 * sink decides how to get the picture to the screen.
 */
public final class IsingChainRecorder implements MonteCarloRun.Observer {

    private final int sweeps;
    private final int seeds;
    private final MonteCarloRun.Algorithm algorithm;
    private final long interval;
    private final Consumer<IsingLattice> sink;
    private int size;
    private double coupling;
    private int chain;
    private double[] energy = new double[0];
    private double[] order = new double[0];
    private int length;
    private long lastShown;
    private boolean shown;
    private IsingLattice last;

    public IsingChainRecorder(int sweeps, int seeds, MonteCarloRun.Algorithm algorithm, long intervalNanos, Consumer<IsingLattice> sink) {
        this.sweeps = sweeps;
        this.seeds = seeds;
        this.algorithm = algorithm;
        this.interval = intervalNanos;
        this.sink = sink;
    }

    /** Call before the chains of a new lattice size start. */
    public void startSize(int newSize, double newCoupling) {
        size = newSize;
        coupling = newCoupling;
        chain = 0;
    }

    @Override
    public void measured(int sample, TorusSpins spins) {
        if (sample == 0) {
            chain++;
            length = 0;
            if (energy.length < sweeps) {
                energy = new double[sweeps];
                order = new double[sweeps];
            }
        }
        int n = spins.size() * spins.size();
        if (length < energy.length) {
            energy[length] = spins.bondSum() / (2.0 * n);
            order[length] = Math.abs(spins.magnetisation()) / (double) n;
            length++;
        }
        long now = System.nanoTime();
        if (sample == sweeps - 1 || !shown || now - lastShown >= interval) {
            lastShown = now;
            shown = true;
            last = new IsingLattice(spins.size(), coupling, spins.spins(),
                    algorithm == MonteCarloRun.Algorithm.METROPOLIS ? new int[0] : spins.lastCluster(),
                    Arrays.copyOf(energy, length), Arrays.copyOf(order, length),
                    String.format(Locale.ROOT, "L = %d, chain %d of %d, measurement %d of %d, %s", size, chain, seeds,
                            sample + 1, sweeps, algorithm == MonteCarloRun.Algorithm.WOLFF ? "Wolff" : "Metropolis"));
            sink.accept(last);
        }
    }

    /** The last picture handed to the sink, or null. */
    public IsingLattice last() {
        return last;
    }
}
