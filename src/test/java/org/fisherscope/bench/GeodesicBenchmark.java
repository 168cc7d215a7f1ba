package org.fisherscope.bench;

import java.util.concurrent.TimeUnit;
import org.fisherscope.geometry.Curvature;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.ScalarCurvature;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.GammaFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Speed of the geometry engine's geodesic and curvature paths. Run with
 * {@code mvn -B -Pbench test-compile exec:exec}; results go to BENCHMARKS.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GeodesicBenchmark {

    private final NormalFamily normal = new NormalFamily();
    private final CategoricalFamily simplex = new CategoricalFamily(3);
    private final double[] a = {-1, 0.5};
    private final double[] b = {2, 1.5};
    private final double[] p = {0.7, 0.2, 0.1};
    private final double[] q = {0.1, 0.3, 0.6};
    private final DirichletFamily beta = DirichletFamily.beta();
    private final double[] betaFrom = {0.5, 2};
    private final double[] betaTo = {4, 1};
    private final GammaFamily gamma = new GammaFamily();
    private final double[] gammaFrom = {0.7, 2};
    private final double[] gammaTo = {2, 3};

    /** Closed-form distance and a 240-point drawn path, as the GUI does on every drag event. */
    @Benchmark
    public double normalClosedFormPath() {
        Geodesic g = Geodesics.between(normal, a, b, Geodesics.Choice.CLOSED_FORM);
        double s = g.length();
        for (int k = 0; k <= 240; k++) {
            s += g.pointAt(k / 240.0)[1];
        }
        return s;
    }

    /** Shooting (log map) for the same end points: Newton with DOP853 integrations. */
    @Benchmark
    public double normalShooting() {
        return Geodesics.between(normal, a, b, Geodesics.Choice.NUMERICAL).length();
    }

    @Benchmark
    public double categoricalShooting() {
        return Geodesics.between(simplex, p, q, Geodesics.Choice.NUMERICAL).length();
    }

    /** Closed-form distance alone (the "well under a microsecond" target). */
    @Benchmark
    public double normalClosedFormDistance() {
        return normal.distance(a, b);
    }

    @Benchmark
    public double categoricalClosedFormDistance() {
        return simplex.distance(p, q);
    }

    /** Log map at the 1e-10 residual contract, Beta (0.5, 2) → (4, 1). */
    @Benchmark
    public double betaLogMap() {
        return Geodesics.between(beta, betaFrom, betaTo, Geodesics.Choice.NUMERICAL).length();
    }

    /** Log map Gamma (0.7, 2) → (2, 3), the case where plain shooting from a straight line diverges. */
    @Benchmark
    public double gammaLogMap() {
        return Geodesics.between(gamma, gammaFrom, gammaTo, Geodesics.Choice.NUMERICAL).length();
    }

    /** Exact cumulant formula R = (B − A)/4. */
    @Benchmark
    public double normalCurvatureFromCumulants() {
        return Curvature.at(normal, a).scalar();
    }

    /** Generic curvature from the metric by nested five-point differences. */
    @Benchmark
    public double normalCurvatureFromMetric() {
        return ScalarCurvature.of(normal, a);
    }
}
