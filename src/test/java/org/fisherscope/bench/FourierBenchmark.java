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
    private double[] startRe;
    private double[] startIm;
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
        startRe = re.clone();
        startIm = im.clone();
    }

    /** Each forward transform multiplies the norm by L; start again before the numbers overflow. */
    private void restartIfLarge() {
        if (Math.abs(re[1]) > 1e200 || Math.abs(im[1]) > 1e200) {
            System.arraycopy(startRe, 0, re, 0, re.length);
            System.arraycopy(startIm, 0, im, 0, im.length);
        }
    }

    /** One complex 2-D forward transform, in place. */
    @Benchmark
    public double forward() {
        grid.forward(re, im, 0, scratch);
        restartIfLarge();
        return re[1];
    }

    /** Two real 2-D forward transforms through one complex transform and the spectral split. */
    @Benchmark
    public double forwardRealPair() {
        grid.forwardRealPair(re, im, 0, otherRe, otherIm, 0, scratch);
        // (re, im) now hold A's complex spectrum, the next input; complex input costs the same as real.
        restartIfLarge();
        return otherRe[1];
    }
}
