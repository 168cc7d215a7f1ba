package org.fisherscope.bench;

import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.fisherscope.diffusion.BlurringSchedule;
import org.fisherscope.diffusion.CorruptionPreview;
import org.fisherscope.diffusion.CosineSchedule;
import org.fisherscope.diffusion.FisherPath;
import org.fisherscope.diffusion.FrequencyGrid;
import org.fisherscope.diffusion.LinearSchedule;
import org.fisherscope.diffusion.PowerLaw;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleComparison;
import org.fisherscope.diffusion.ShortestPathSchedule;
import org.fisherscope.diffusion.Spectrum;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Diffusion schedules on the CIFAR-10 power law over a 256 × 256 grid (65 536 frequencies in 5 924 distinct
 * (|f|, S) bins): the four schedules' Fisher lengths with 1000 discrete steps and in continuous time, one
 * schedule at a time and all four as the {@code schedule} command runs them; building the spectrum; and one
 * step of the corruption preview (a 256 × 256 colour image corrupted along all four schedules, what moving
 * the t slider costs).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DiffusionBenchmark {

    private static final int SIDE = 256;
    private static final int STEPS = 1000;

    private Spectrum spectrum;
    private List<Schedule> all;
    private CorruptionPreview preview;

    /** One schedule's path, for the per-schedule benchmarks. */
    @State(Scope.Benchmark)
    public static class OneSchedule {
        @Param({"spd", "linear", "cosine", "blur"})
        public String schedule;

        FisherPath path;

        @Setup
        public void prepare(DiffusionBenchmark shared) {
            path = new FisherPath(shared.spectrum, shared.all.stream().filter(s -> s.id().equals(schedule)).findFirst()
                    .orElseThrow());
        }
    }

    @Setup
    public void prepare() {
        spectrum = PowerLaw.CIFAR10.on(FrequencyGrid.of(SIDE, 2));
        all = List.of(new ShortestPathSchedule(), new LinearSchedule(), new CosineSchedule(), new BlurringSchedule());
        Random random = new Random(1);
        double[][] image = new double[3][SIDE * SIDE];
        for (double[] channel : image) {
            for (int i = 0; i < channel.length; i++) {
                channel[i] = 2 * random.nextDouble() - 1;
            }
        }
        preview = CorruptionPreview.of(image, spectrum, CorruptionPreview.DEFAULT_SEED);
    }

    /** One schedule, 1000 steps: 1001 variance vectors and 1000 exact segment distances. */
    @Benchmark
    public double discreteLength(OneSchedule one) {
        return one.path.discreteLength(STEPS);
    }

    /** One schedule in continuous time: adaptive Gauss–Kronrod to 1e-10 relative. */
    @Benchmark
    public double continuousLength(OneSchedule one) {
        return one.path.length();
    }

    /** All four schedules with 1000 steps, lengths and end-point distances (the target case). */
    @Benchmark
    public int allFourDiscrete() {
        return ScheduleComparison.run(spectrum, all, STEPS, () -> false).size();
    }

    @Benchmark
    public int allFourContinuous() {
        return ScheduleComparison.run(spectrum, all, 0, () -> false).size();
    }

    /** The spectrum on the grid, grouped into distinct (|f|, S) bins. */
    @Benchmark
    public int spectrum() {
        return PowerLaw.CIFAR10.on(FrequencyGrid.of(SIDE, 2)).bins().size();
    }

    /** The corrupted 256 × 256 × 3 image at t = 0.5 for all four schedules (filters and 12 inverse FFTs). */
    @Benchmark
    public double previewAllFour() {
        double sum = 0;
        for (Schedule s : all) {
            sum += preview.corrupted(s, 0.5)[0][0];
        }
        return sum;
    }
}
