package org.fisherscope.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.CumulantCurvature;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ising exact}: R, its four pieces, A, B and ln Z of one lattice, exactly. */
@Command(name = "exact", mixinStandardHelpOptions = true,
        description = {"Exact curvature of one L × L torus from exact bond cumulants: enumeration of all spin states "
            + "(L ≤ 5), the row transfer matrix (L ≤ 11; L = 11 needs about 0.9 GB of memory) or free fermions (four "
            + "Pfaffian sectors and Wick contractions streamed in slabs, L ≤ " + ExactIsing.FREE_FERMION_MAX_SIDE
            + "; L = 64 takes seconds, L = 128 minutes).",
            "Prints L, n, m, K, R, R1..R4, A, B, logZ, method and the seconds the computation took."})
final class IsingExactCommand implements Callable<Integer> {

    @Option(names = "--L", required = true, paramLabel = "N", description = "Lattice side, 3 ≤ N ≤ " + ExactIsing.MAX_SIDE + ".")
    int side;

    @Option(names = "--K", paramLabel = "K", description = "Coupling, > 0. Default: K_c = ½ ln(1+√2).")
    Double coupling;

    @Option(names = "--method", paramLabel = "M", defaultValue = "auto",
            description = "auto (the fastest for L), enumeration (L ≤ 5), transfer (L ≤ 11; about 0.9 GB at L = 11) or "
                    + "free-fermion (L ≤ " + ExactIsing.FREE_FERMION_MAX_SIDE + "). Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        double k = coupling == null ? IsingLattice.CRITICAL_COUPLING : coupling;
        ExactIsing.Method chosen = ExactIsing.resolve(side, k, ExactIsing.Method.parse(method));
        ExactIsing.Result r = ExactIsing.compute(side, k, chosen, ProgressListener.NONE, () -> false);
        Output.print(describe(r), json);
        return 0;
    }

    /** The contract keys of one exact result. */
    static Map<String, Object> describe(ExactIsing.Result r) {
        CumulantCurvature.Result c = r.curvature();
        Map<String, Object> out = Json.object();
        out.put("L", r.side());
        out.put("n", r.side() * r.side());
        out.put("m", 2 * r.side() * r.side());
        out.put("K", r.coupling());
        out.put("R", c.scalar());
        out.put("R1", c.r1());
        out.put("R2", c.r2());
        out.put("R3", c.r3());
        out.put("R4", c.r4());
        out.put("A", c.a());
        out.put("B", c.b());
        out.put("logZ", r.logZ());
        out.put("mean", r.mean(IsingLattice.RIGHT));
        out.put("method", r.method().id());
        out.put("seconds", r.seconds());
        out.put("convention", "unit 2-sphere has R = +2; R = (B - A)/4");
        return out;
    }
}
