package org.fisherscope.bench;

import java.util.concurrent.TimeUnit;
import org.fisherscope.ising.FreeFermionCurvature;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.ProgressListener;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Wall time of the exact curvature by free fermions at K_c, the whole computation (sectors, propagators, κ rows,
 * transforms, Brillouin-zone sum), for issue 7's targets: L = 64 under 10 s, L = 96 under 60 s, L = 128 within the
 * default heap. Large sides run single-shot: {@code -Dbench.include=FreeFermionBenchmark
 * -Dbench.args="-f 1 -wi 1 -i 3 -bm ss -tu s"}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.SECONDS)
public class FreeFermionBenchmark {

    @State(Scope.Benchmark)
    public static class Side {
        @Param({"16", "32", "64", "96"})
        public int side;
    }

    @Benchmark
    public double curvature(Side s) {
        return FreeFermionCurvature.of(s.side, IsingLattice.CRITICAL_COUPLING, ProgressListener.NONE, () -> false)
                .curvature().scalar();
    }
}
