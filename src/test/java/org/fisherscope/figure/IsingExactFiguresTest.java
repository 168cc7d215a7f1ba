package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.ProgressListener;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exact figures: published values against exact ones computed by the engine directly, and R/n against K
 * with the numbers of the engine.
 */
class IsingExactFiguresTest {

    private static final double KC = IsingLattice.CRITICAL_COUPLING;

    /** |R| at L = 9, 10, 12 straight from the engine, the independent side of every comparison below. */
    private static double r9;
    private static double r10;
    private static double r12;

    @TempDir
    Path folder;

    @BeforeAll
    static void engine() {
        r9 = Math.abs(exact(9, KC).r());
        r10 = Math.abs(exact(10, KC).r());
        r12 = Math.abs(exact(12, KC).r());
    }

    private static CurvaturePoint exact(int l, double k) {
        ExactIsing.Result r = ExactIsing.compute(l, k, ExactIsing.Method.AUTO, ProgressListener.NONE, () -> false);
        return CurvaturePoint.fromAB(l, k, r.curvature().a(), r.curvature().b(), r.method().id(), Double.NaN,
                r.seconds(), Double.NaN);
    }

    private static String svg(IsingFigure figure, Path file) throws Exception {
        FigureExporter.export(figure, file, new ExportOptions(1200, 760, 96));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    private static List<CurvaturePoint> series() {
        List<CurvaturePoint> points = new ArrayList<>();
        points.add(exact(9, KC));
        points.add(exact(10, KC));
        points.add(exact(12, KC));
        return points;
    }

    @Test
    void publishedValuesAreComparedWithTheExactOnesInTheirErrors() {
        List<CurvaturePoint> points = series();
        // Neither a sampled point nor one away from K_c may judge a published value.
        points.add(CurvaturePoint.fromAB(14, KC, 20000, 2000, "mcmc-wolff", 5, 1, 1));
        points.add(exact(5, 0.4));
        List<PublishedIsingCurvature.Comparison> c = PublishedIsingCurvature.compare(points);
        assertEquals(List.of(9, 10, 12), c.stream().map(PublishedIsingCurvature.Comparison::size).toList());
        assertTrue(!c.get(0).monteCarlo() && c.get(1).monteCarlo() && c.get(2).monteCarlo());
        // REFERENCE.md: L = 10: 2091.94 ± 3, L = 12: 3145.46 ± 2; the deviation by hand from the engine's |R|.
        assertEquals((2091.94 - r10) / 3, c.get(1).deviation(), 1e-12);
        assertEquals((3145.46 - r12) / 2, c.get(2).deviation(), 1e-12);
        assertEquals(r12, c.get(2).exact(), 0);
        // The paper's exact L = 9 is the engine's value rounded to two decimals: within half a unit.
        assertTrue(Math.abs(c.get(0).deviation()) <= 1, "L = 9: " + c.get(0).deviation());
        assertEquals(1653.34, r9, PublishedIsingCurvature.EXACT_ROUNDING);
    }

    @Test
    void theScalingFigureShowsTheDeviationsAndTheExponents() throws Exception {
        List<CurvaturePoint> points = series();
        IsingFigure figure = new IsingFigure(new IsingFigure.Content(points, "exact", true, null),
                IsingFigure.View.SCALING, FigureTheme.LIGHT, "fisherscope figure ising --method exact --L 9,10,12");
        String svg = svg(figure, folder.resolve("scaling.svg"));
        assertTrue(svg.contains(String.format(Locale.ROOT, "%+.1fσ", (2091.94 - r10) / 3)), "L = 10 deviation");
        assertTrue(svg.contains(String.format(Locale.ROOT, "%+.1fσ", (3145.46 - r12) / 2)), "L = 12 deviation");
        assertTrue(svg.contains("published Monte Carlo ± error"), "the Monte Carlo points are in the legend");
        assertTrue(svg.contains("exact d_eff(L)"), "the consecutive exponents are labelled");
        assertTrue(svg.contains("10/9 prediction"));
        String description = figure.metadata().description();
        assertTrue(description.contains("published Monte Carlo L = 12: 3145.46 +- 2.0, exact " + r12), description);
        // Without the reference layer there is nothing to compare.
        IsingFigure plain = new IsingFigure(new IsingFigure.Content(points, "exact", false, null),
                IsingFigure.View.SCALING, FigureTheme.DARK, "");
        assertTrue(!svg(plain, folder.resolve("plain.svg")).contains("σ"));
    }

    @Test
    void theSweepFigureDrawsTheEnginesCurvaturePerSite() throws Exception {
        List<CurvaturePoint> sweep = new ArrayList<>();
        for (int l : new int[] {4, 6}) {
            for (double k : new double[] {0.3, KC, 0.5}) {
                sweep.add(exact(l, k));
            }
        }
        assertEquals(IsingFigure.View.SWEEP, IsingFigure.View.parse("sweep"));
        IsingFigure figure = new IsingFigure(new IsingFigure.Content(List.of(), "exact", false, null, sweep),
                IsingFigure.View.SWEEP, FigureTheme.LIGHT, "fisherscope figure ising --view sweep --L 4,6 --K 0.3,0.5");
        String svg = svg(figure, folder.resolve("sweep.svg"));
        // At K_c the published |R| (L = 4: 265.31, L = 6: 671.25) over n, to the four decimals the caption prints.
        double r4 = exact(4, KC).r() / 16;
        assertEquals(-265.31 / 16, r4, 0.005 / 16);
        assertTrue(svg.contains(String.format(Locale.ROOT, "L = 4: R/n = %.4f", r4)), "R/n at K_c, L = 4");
        assertTrue(svg.contains(String.format(Locale.ROOT, "L = 6: R/n = %.4f", exact(6, KC).r() / 36)));
        assertTrue(svg.contains("L = 4 (n = 16)") && svg.contains("L = 6 (n = 36)"), "one curve per L in the legend");
        assertTrue(svg.contains("unit sphere R = +2"), "the sign convention");
        String description = figure.metadata().description();
        CurvaturePoint p = exact(6, 0.5);
        assertTrue(description.contains("L = 6, K = 0.5: R/n = " + (p.r() / 36)), description);
        // Grouping keeps every L and orders each curve by K.
        assertEquals(List.of(4, 6), List.copyOf(IsingSweepPanel.curves(sweep).keySet()));
        String empty = svg(new IsingFigure(new IsingFigure.Content(List.of(), "exact", false, null),
                IsingFigure.View.SWEEP, FigureTheme.LIGHT, ""), folder.resolve("empty.svg"));
        assertTrue(empty.contains("No sweep computed yet"));
    }
}
