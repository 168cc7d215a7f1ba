package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.MonteCarloRun;
import org.fisherscope.ising.ScalingFit;
import org.fisherscope.ising.TorusSpins;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Ising figures say what they show: the fit, the identity checks, the chain; the table reads back exactly. */
class IsingFigureTest {

    private static final double K = 0.44068679350977147;

    @TempDir
    Path folder;

    /** The published exact values as points with made-up pieces that satisfy the identities. */
    private static List<CurvaturePoint> published() {
        List<CurvaturePoint> points = new java.util.ArrayList<>();
        for (int i = 3; i < PublishedIsingCurvature.EXACT_L.length; i++) {
            double r = -PublishedIsingCurvature.EXACT_ABS_R[i];
            double b = 0.2 * 4 * -r;
            double a = b - 4 * r;
            points.add(CurvaturePoint.fromAB(PublishedIsingCurvature.EXACT_L[i], K, a, b, "test", 0.5, 0.1, 1));
        }
        return points;
    }

    private static String svg(IsingFigure figure, Path file) throws Exception {
        FigureExporter.export(figure, file, new ExportOptions(1000, 640, 96));
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void theScalingFigureShowsTheFitOfItsPoints() throws Exception {
        List<CurvaturePoint> points = published();
        ScalingFit fit = ScalingFit.of(points.stream().mapToDouble(CurvaturePoint::sites).toArray(),
                points.stream().mapToDouble(CurvaturePoint::r).toArray());
        IsingFigure figure = new IsingFigure(new IsingFigure.Content(points, "test series", true, null),
                IsingFigure.View.SCALING, FigureTheme.LIGHT, "fisherscope figure ising --L 6-9");
        String svg = svg(figure, folder.resolve("s.svg"));
        assertTrue(svg.contains(String.format(Locale.ROOT, "d_R = %.4f", fit.slope())), "the fitted slope is shown");
        assertTrue(svg.contains("published exact"), "the reference layer");
        assertTrue(svg.contains("fisherscope figure ising --L 6-9"), "the command line in the metadata");
        // L = 6…9 published: the paper's 1.1115.
        assertEquals(1.1115, figure.fit().orElseThrow().slope(), 3e-4);
        IsingFigure without = new IsingFigure(new IsingFigure.Content(points, "test series", false, null),
                IsingFigure.View.SCALING, FigureTheme.DARK, "");
        assertFalse(svg(without, folder.resolve("t.svg")).contains("published exact"));
    }

    @Test
    void thePiecesFigureChecksTheIdentities() throws Exception {
        List<CurvaturePoint> points = published();
        String good = svg(new IsingFigure(new IsingFigure.Content(points, "p", false, null), IsingFigure.View.PIECES,
                FigureTheme.LIGHT, ""), folder.resolve("p.svg"));
        assertTrue(good.contains("holds") && !good.contains("FAILS"));
        CurvaturePoint p = points.get(0);
        CurvaturePoint broken = new CurvaturePoint(p.size(), K, p.r(), p.r1(), p.r2(), p.r3(), p.r4() * 1.001, p.a(),
                p.b(), "broken", 1, 0, 1);
        String bad = svg(new IsingFigure(new IsingFigure.Content(List.of(broken), "p", false, null),
                IsingFigure.View.PIECES, FigureTheme.LIGHT, ""), folder.resolve("q.svg"));
        assertTrue(bad.contains("FAILS"), "a broken R4 is reported");
    }

    @Test
    void theLatticeFigureDrawsTheRecordedChain() throws Exception {
        IsingChainRecorder recorder = new IsingChainRecorder(50, 1, MonteCarloRun.Algorithm.WOLFF, Long.MAX_VALUE,
                l -> { });
        recorder.startSize(6, K);
        TorusSpins spins = new TorusSpins(6, K, 3);
        double[] energy = new double[50];
        for (int s = 0; s < 50; s++) {
            spins.wolffUpdate();
            energy[s] = spins.bondSum() / 72.0;
            recorder.measured(s, spins);
        }
        IsingLattice lattice = recorder.last();
        assertEquals(50, lattice.bondPerBond().length);
        assertEquals(energy[49], lattice.bondPerBond()[49], 0);
        assertTrue(java.util.Arrays.equals(spins.spins(), lattice.spins()));
        assertEquals(spins.lastCluster().length, lattice.cluster().length);
        String svg = svg(new IsingFigure(new IsingFigure.Content(List.of(), "p", false, lattice),
                IsingFigure.View.LATTICE, FigureTheme.LIGHT, ""), folder.resolve("l.svg"));
        assertTrue(svg.contains("measurement 50 of 50"));
        String empty = svg(new IsingFigure(new IsingFigure.Content(List.of(), "p", false, null),
                IsingFigure.View.LATTICE, FigureTheme.LIGHT, ""), folder.resolve("e.svg"));
        assertTrue(empty.contains("No chain has run yet"));
    }

    @Test
    void theTableReadsBackExactly() throws Exception {
        List<CurvaturePoint> points = new java.util.ArrayList<>(published());
        points.add(CurvaturePoint.fromAB(3, K, 500.123456789, 80.1, "enumeration", Double.NaN, 0.01, Double.NaN));
        Path csv = folder.resolve("t.csv");
        IsingTable.write(csv, new FigureMetadata("t", "d", List.of("c"), "cmd"), points);
        List<CSVRecord> records = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .get().parse(Files.newBufferedReader(csv)).getRecords();
        assertEquals(points.size(), records.size());
        for (int i = 0; i < points.size(); i++) {
            CurvaturePoint p = points.get(i);
            CSVRecord r = records.get(i);
            assertEquals(p.size(), Integer.parseInt(r.get("L")));
            assertEquals(2 * p.size() * p.size(), Integer.parseInt(r.get("m")));
            assertEquals(p.r(), Double.parseDouble(r.get("R")), 0);
            assertEquals(p.r3(), Double.parseDouble(r.get("R3")), 0);
            assertEquals(p.method(), r.get("method"));
            assertEquals(p.exact() ? "" : Double.toString(p.error()), r.get("error"));
        }
    }
}
