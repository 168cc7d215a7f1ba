package org.fisherscope.bench;

import java.util.concurrent.TimeUnit;
import org.fisherscope.ising.Enumeration;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.ProgressListener;
import org.fisherscope.ising.TransferMatrix;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Wall time of the exact Ising curvature: the whole pipeline (moments, cumulants, Fourier contraction) at
 * L = 8 and 10, and the two moment methods side by side at L = 3…5, which decides what {@code --method auto}
 * picks. Run with {@code mvn -B -Pbench test-compile exec:exec -Dbench.include=IsingBenchmark}.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class IsingBenchmark {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;

    /** Sides both moment methods handle. */
    @State(Scope.Benchmark)
    public static class Small {
        @Param({"3", "4", "5"})
        public int side;
    }

    /** Sides of the speed targets (L = 8 about a second, L = 10 under a minute). */
    @State(Scope.Benchmark)
    public static class Large {
        @Param({"8", "10"})
        public int side;
    }

    @Benchmark
    public double exactCurvature(Large s) {
        return ExactIsing.compute(s.side, KC, ExactIsing.Method.AUTO, ProgressListener.NONE, () -> false)
                .curvature().scalar();
    }

    @Benchmark
    public double enumerationMoments(Small s) {
        return Enumeration.moments(s.side, KC, ProgressListener.NONE, () -> false).logZ();
    }

    @Benchmark
    public double transferMoments(Small s) {
        return TransferMatrix.moments(s.side, KC, ProgressListener.NONE, () -> false).logZ();
    }
}
