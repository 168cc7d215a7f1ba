package org.fisherscope.bench;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fisherscope.fourier.CyclicFft;
import org.fisherscope.fourier.GridFft;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * 2-D L×L Fourier transforms as the exact Ising engine uses them (issue 7): 64 and 128 are powers of two,
 * 96 = 2⁵·3 mixed radix, 97 a prime through Bluestein's chirp-z.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FourierBenchmark {

    @Param({"64", "96", "97", "128"})
    public int side;

    private GridFft grid;
    private CyclicFft.Scratch scratch;
    private double[] re;
    private double[] im;
    private double[] otherRe;
    private double[] otherIm;

    @Setup
    public void fill() {
        grid = GridFft.of(side);
        scratch = grid.newScratch();
        Random random = new Random(side);
        re = new double[side * side];
        im = new double[side * side];
        otherRe = new double[side * side];
        otherIm = new double[side * side];
        for (int i = 0; i < re.length; i++) {
            re[i] = random.nextGaussian();
            im[i] = random.nextGaussian();
        }
    }

    /** One complex 2-D forward transform, in place (repeated transforms grow the data by L² each; harmless). */
    @Benchmark
    public double forward() {
        grid.forward(re, im, 0, scratch);
        double r = re[1];
        // Rescale so repeated transforms stay finite.
        if (Math.abs(r) > 1e200) {
            fill();
        }
        return r;
    }

    /** Two real 2-D forward transforms through one complex transform and the spectral split. */
    @Benchmark
    public double forwardRealPair() {
        grid.forwardRealPair(re, im, 0, otherRe, otherIm, 0, scratch);
        // The output (re, im) is A's spectrum; it stays finite and complex, which costs the same as real input.
        if (Math.abs(re[1]) > 1e200) {
            fill();
        }
        return otherRe[1];
    }
}
