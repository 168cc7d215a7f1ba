package org.fisherscope.bench;

import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.fisherscope.figure.FigureTheme;
import org.fisherscope.figure.GeodesicFigure;
import org.fisherscope.figure.GeodesicScene;
import org.fisherscope.geometry.Connection;
import org.fisherscope.geometry.DualGeodesics;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.Geodesics;
import org.fisherscope.geometry.family.DirichletFamily;
import org.fisherscope.geometry.family.GammaFamily;
import org.fisherscope.geometry.family.NormalFamily;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one redraw while dragging costs: the closed-form geodesic plus drawing the whole geodesics
 * figure (plane, curves, densities) into a 1000 × 640 raster through Graphics2D, the path the screen
 * uses too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FigureBenchmark {

    private final BufferedImage image = new BufferedImage(1000, 640, BufferedImage.TYPE_INT_RGB);
    private GeodesicScene gammaScene;
    private GeodesicScene dirichletScene;

    @Setup
    public void prepare() {
        System.setProperty("java.awt.headless", "true");
        GammaFamily gamma = new GammaFamily();
        double[] p = {0.7, 2};
        double[] q = {2, 3};
        Geodesic fisher = Geodesics.between(gamma, p, q, Geodesics.Choice.AUTO);
        List<Geodesic> others = List.of(DualGeodesics.between(gamma, p, q, Connection.E),
                DualGeodesics.between(gamma, p, q, Connection.M));
        gammaScene = new GeodesicScene(fisher, others, 0.5, Optional.empty());
        Geodesic dirichlet = Geodesics.between(DirichletFamily.dirichlet(3), new double[] {2, 3, 1.5},
                new double[] {6, 1, 2}, Geodesics.Choice.AUTO);
        dirichletScene = new GeodesicScene(dirichlet, 0.5, Optional.empty());
    }

    /** A drag step on the gamma family: the numerical log map (no closed form) and the redraw. */
    @Benchmark
    public BufferedImage gammaDragSolveAndRedraw() {
        Geodesic g = Geodesics.between(new GammaFamily(), new double[] {0.7, 2}, new double[] {2, 3},
                Geodesics.Choice.AUTO);
        return draw(new GeodesicScene(g, 0.5, Optional.empty()));
    }

    /** Redrawing the Dirichlet figure: path on the triangle of means and three ternary density heat maps. */
    @Benchmark
    public BufferedImage dirichletRedrawWithHeatMaps() {
        return draw(dirichletScene);
    }

    /** A drag step on the normal family: solve in closed form and redraw everything. */
    @Benchmark
    public BufferedImage normalDragRedraw() {
        Geodesic g = Geodesics.between(new NormalFamily(), new double[] {-1, 0.5}, new double[] {2, 1.5},
                Geodesics.Choice.AUTO);
        return draw(new GeodesicScene(g, 0.5, Optional.empty()));
    }

    /** Redrawing the gamma figure with three precomputed curves (the slider moving). */
    @Benchmark
    public BufferedImage gammaRedrawWithDualCurves() {
        return draw(gammaScene);
    }

    private BufferedImage draw(GeodesicScene scene) {
        Graphics2D g = image.createGraphics();
        new GeodesicFigure(scene, FigureTheme.LIGHT, "").draw(g, new Rectangle2D.Double(0, 0, 1000, 640));
        g.dispose();
        return image;
    }
}
