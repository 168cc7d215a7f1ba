package org.fisherscope.figure;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.fisherscope.ising.CurvaturePoint;

/** The scaling table (one row per L) as CSV: what the Ising workspace's table shows, at full precision. */
public final class IsingTable {

    public static final List<String> HEADER = List.of("L", "n", "m", "K", "R", "R1", "R2", "R3", "R4", "A", "B",
            "method", "error", "seconds", "tauInt");

    private IsingTable() {
    }

    public static List<List<String>> rows(List<CurvaturePoint> points) {
        List<List<String>> rows = new ArrayList<>();
        for (CurvaturePoint p : points) {
            rows.add(List.of(Integer.toString(p.size()), Integer.toString(p.sites()), Integer.toString(p.bonds()),
                    CsvTableWriter.cell(p.coupling()), CsvTableWriter.cell(p.r()), CsvTableWriter.cell(p.r1()),
                    CsvTableWriter.cell(p.r2()), CsvTableWriter.cell(p.r3()), CsvTableWriter.cell(p.r4()),
                    CsvTableWriter.cell(p.a()), CsvTableWriter.cell(p.b()), p.method(), CsvTableWriter.cell(p.error()),
                    CsvTableWriter.cell(p.seconds()), CsvTableWriter.cell(p.tauInt())));
        }
        return rows;
    }

    public static void write(Path target, FigureMetadata metadata, List<CurvaturePoint> points) throws IOException {
        CsvTableWriter.writeText(target, metadata, HEADER, rows(points));
    }
}
