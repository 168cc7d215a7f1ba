package org.fisherscope.app.geodesics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fisherscope.figure.FigureMetadata;
import org.fisherscope.geometry.Connection;
import org.fisherscope.geometry.DualGeodesics;
import org.fisherscope.geometry.Geodesic;
import org.fisherscope.geometry.family.NormalFamily;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GeodesicsCsvExportTest {

    @TempDir
    Path folder;

    @Test
    void everyCurveGetsItsColumnsAndTheRowsEndAtB() throws Exception {
        NormalFamily normal = new NormalFamily();
        double[] a = {-1, 0.5};
        double[] b = {2, 1.5};
        List<Geodesic> curves = List.of(DualGeodesics.between(normal, a, b, Connection.FISHER),
                DualGeodesics.between(normal, a, b, Connection.E));
        Path csv = folder.resolve("g.csv");
        GeodesicsWorkspace.write(csv, curves, new FigureMetadata("t", "d", List.of("c"), "fisherscope figure …"));
        List<String> lines = Files.readAllLines(csv);
        List<String> data = lines.stream().filter(l -> !l.startsWith("#")).toList();
        assertTrue(lines.get(0).startsWith("# "), "metadata comes first");
        assertEquals("t,fisher_arc,fisher_mu,fisher_sigma,e_arc,e_mu,e_sigma", data.get(0));
        assertEquals(GeodesicsWorkspace.CSV_STEPS + 2, data.size());
        String[] last = data.get(data.size() - 1).split(",");
        assertEquals(1.0, Double.parseDouble(last[0]), 0);
        assertEquals(curves.get(0).length(), Double.parseDouble(last[1]), 0);
        assertEquals(2.0, Double.parseDouble(last[2]), 0);
        assertEquals(curves.get(1).length(), Double.parseDouble(last[4]), 0);
        String[] mid = data.get(1 + GeodesicsWorkspace.CSV_STEPS / 2).split(",");
        assertEquals(curves.get(0).length() / 2, Double.parseDouble(mid[1]), 1e-12, "Fisher geodesics have constant speed");
    }
}
