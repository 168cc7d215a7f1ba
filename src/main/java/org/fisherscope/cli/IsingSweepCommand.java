package org.fisherscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.ising.CouplingGrid;
import org.fisherscope.ising.LatticeSizes;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.CurvatureSource;
import org.fisherscope.ising.CurvatureSources;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.IsingLattice;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ising sweep}: the exact curvature per site R/n across the transition, for several L and a range of K. */
@Command(name = "sweep", mixinStandardHelpOptions = true,
        description = {"Exact R and R/n for every lattice side and coupling: the curvature across the transition, as "
            + "the GUI's 'R/n against K' view draws it. K ≠ K_c runs the regular path, K_c itself the zero-mode "
            + "formula; K_c is added when it lies inside the range, and grid points within "
            + CouplingGrid.CRITICAL_GUARD + " of it are moved onto it (the engine refuses couplings a hair away "
            + "from K_c)."})
final class IsingSweepCommand implements Callable<Integer> {

    @Option(names = "--L", paramLabel = "SIZES", defaultValue = "8,16,32",
            description = "Lattice sides, e.g. 8,16,32 or 4-8, each 3 … " + ExactIsing.MAX_SIDE
                    + ". Default: ${DEFAULT-VALUE}.")
    String sides;

    @Option(names = "--K", paramLabel = "RANGE", defaultValue = "0.3:0.6:31",
            description = "Couplings: FROM:TO:POINTS (evenly spaced, ends included) or a list such as 0.3,0.44,0.5. "
                    + "Default: ${DEFAULT-VALUE}.")
    String couplings;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        int[] ls = LatticeSizes.exact(sides);
        double[] ks = CouplingGrid.parse(couplings);
        List<CurvaturePoint> points = compute(ls, ks, CurvatureSources.exact());
        Map<String, Object> out = Json.object();
        out.put("L", ls);
        out.put("K", ks);
        out.put("criticalCoupling", IsingLattice.CRITICAL_COUPLING);
        List<Object> rows = new ArrayList<>();
        for (CurvaturePoint p : points) {
            Map<String, Object> row = Json.object();
            row.put("L", p.size());
            row.put("n", p.sites());
            row.put("K", p.coupling());
            row.put("R", p.r());
            row.put("RPerSite", p.r() / p.sites());
            row.put("A", p.a());
            row.put("B", p.b());
            row.put("method", p.method());
            row.put("seconds", p.seconds());
            rows.add(row);
        }
        out.put("points", rows);
        out.put("convention", "unit 2-sphere has R = +2; R = (B - A)/4; RPerSite = R/n, n = L^2");
        Output.print(out, json);
        return 0;
    }

    /** Every (L, K) in the order the GUI computes them: by L, then by K. Same source, same numbers. */
    static List<CurvaturePoint> compute(int[] sides, double[] couplings, CurvatureSource source) {
        List<CurvaturePoint> points = new ArrayList<>();
        for (int l : sides) {
            for (double k : couplings) {
                points.add(source.compute(l, k, () -> false, f -> { }));
            }
        }
        return points;
    }
}
