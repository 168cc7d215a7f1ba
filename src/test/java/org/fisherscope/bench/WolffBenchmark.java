package org.fisherscope.bench;

import java.util.concurrent.TimeUnit;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.MonteCarloMoments;
import org.fisherscope.ising.TorusSpins;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Monte Carlo costs at K_c: one Wolff cluster flip (issue 6 asks for L = 64), and one measurement of all moments. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class WolffBenchmark {

    @Param({"64"})
    public int side;

    private TorusSpins spins;
    private MonteCarloMoments moments;

    @Setup
    public void thermalise() {
        spins = new TorusSpins(side, IsingLattice.CRITICAL_COUPLING, 1);
        for (int k = 0; k < 2000; k++) {
            spins.wolffUpdate();
        }
        moments = new MonteCarloMoments(16);
    }

    /** Cluster flips per second; the returned size keeps the work alive. */
    @Benchmark
    public int wolffClusterUpdate() {
        return spins.wolffUpdate();
    }

    /** One L = 16 measurement: first, second and third translation-averaged bond moments (bit-packed). */
    @Benchmark
    public long measureMomentsAtSixteen() {
        byte[] s = new byte[256];
        byte[] all = spins.spins();
        System.arraycopy(all, 0, s, 0, 256);
        moments.add(s);
        return moments.samples();
    }
}
