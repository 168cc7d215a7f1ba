package org.fisherscope.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.figure.PublishedIsingCurvature;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.ising.CurvaturePoint;
import org.fisherscope.ising.CurvatureScaling;
import org.fisherscope.ising.ExactIsing;
import org.fisherscope.ising.IsingLattice;
import org.fisherscope.ising.MonteCarloCurvature;
import org.fisherscope.ising.MonteCarloRun;
import org.fisherscope.ising.ProgressListener;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ising scaling}: |R| against n for several L, the fitted exponent d_R and the 10/9 prediction. */
@Command(name = "scaling", mixinStandardHelpOptions = true,
        description = {"|R| for each lattice side, the least-squares slope d_R of ln|R| on ln n with its standard "
            + "error (from the residuals; needs three or more sides), the effective exponents between consecutive "
            + "sides, and the prediction (dν+2η)/(dν+η) = 10/9 for the 2-D Ising model."})
final class IsingScalingCommand implements Callable<Integer> {

    @Option(names = "--L", required = true, split = ",", paramLabel = "a,b,c",
            description = "Lattice sides, at least two, each 3 … " + ExactIsing.MAX_SIDE + " for exact, 3 … "
                    + MonteCarloCurvature.MAX_SIDE + " for Monte Carlo.")
    List<Integer> sides;

    @Option(names = "--method", paramLabel = "M", defaultValue = "exact",
            description = "exact (the fastest exact method for each L) or mcmc. Default: ${DEFAULT-VALUE}.")
    String method;

    @Option(names = "--sweeps", paramLabel = "S", defaultValue = "10000",
            description = "mcmc: measured sweeps per seed. Default: ${DEFAULT-VALUE}.")
    int sweeps;

    @Option(names = "--seeds", paramLabel = "K", defaultValue = "3",
            description = "mcmc: independent chains per L (≥ 3). Default: ${DEFAULT-VALUE}.")
    int seeds;

    @Option(names = "--seed", paramLabel = "X", defaultValue = "1", description = "mcmc: first seed. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--K", paramLabel = "K", description = "Coupling, > 0. Default: K_c = ½ ln(1+√2).")
    Double coupling;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        if (!method.equals("exact") && !method.equals("mcmc")) {
            throw new InvalidInputException("unknown scaling method '" + method + "'; accepted: exact, mcmc");
        }
        double k = coupling == null ? IsingLattice.CRITICAL_COUPLING : coupling;
        int[] list = sides.stream().mapToInt(Integer::intValue).toArray();
        List<CurvatureScaling.Point> points = new ArrayList<>();
        List<CurvaturePoint> exactPoints = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        if (method.equals("exact")) {
            List<ExactIsing.Result> results = CurvatureScaling.exactSeries(list, k, ExactIsing.Method.AUTO,
                    ProgressListener.NONE, () -> false);
            points.addAll(CurvatureScaling.points(results));
            for (ExactIsing.Result r : results) {
                Map<String, Object> row = Json.object();
                row.put("L", r.side());
                row.put("n", r.side() * r.side());
                row.put("R", r.curvature().scalar());
                row.put("method", r.method().id());
                row.put("seconds", r.seconds());
                rows.add(row);
                exactPoints.add(CurvaturePoint.fromAB(r.side(), r.coupling(), r.curvature().a(), r.curvature().b(),
                        r.method().id(), Double.NaN, r.seconds(), Double.NaN));
            }
        } else {
            if (list.length < 2) {
                throw new InvalidInputException("a scaling fit needs at least two lattice sizes, got " + list.length);
            }
            for (int side : list) {
                IsingMcmcCommand.checkSide(side);
            }
            IsingLattice.checkCoupling(k);
            for (int side : list) {
                MonteCarloCurvature.Estimate e = MonteCarloCurvature.estimate(side, k, sweeps, seeds, seed,
                        MonteCarloRun.Algorithm.WOLFF, () -> false, p -> { }, null);
                points.add(new CurvatureScaling.Point(side, (long) side * side, e.r()));
                Map<String, Object> row = Json.object();
                row.put("L", side);
                row.put("n", side * side);
                row.put("R", e.r());
                row.put("RStdErr", e.rStdErr());
                row.put("tauInt", e.tauInt());
                row.put("method", "mcmc");
                row.put("seconds", e.seconds());
                rows.add(row);
            }
        }
        Map<String, Object> out = Json.object();
        out.put("K", k);
        CurvatureScaling.Fit fit = CurvatureScaling.fit(points);
        out.put("points", rows);
        out.put("dR", fit.exponent());
        Json.putNumber(out, "dRStdErr", fit.exponentStdErr(),
                "two sizes determine the line exactly; a standard error needs three or more");
        out.put("intercept", fit.intercept());
        out.put("prediction", CurvatureScaling.PREDICTION_2D);
        List<Object> effective = new ArrayList<>();
        for (CurvatureScaling.Effective e : fit.effective()) {
            Map<String, Object> row = Json.object();
            row.put("from", e.fromSide());
            row.put("to", e.toSide());
            row.put("dEff", e.exponent());
            effective.add(row);
        }
        out.put("effectiveExponents", effective);
        List<Object> published = new ArrayList<>();
        for (PublishedIsingCurvature.Comparison c : PublishedIsingCurvature.compare(exactPoints)) {
            Map<String, Object> row = Json.object();
            row.put("L", c.size());
            row.put("source", c.monteCarlo() ? "mcmc" : "exact");
            row.put("published", c.published());
            row.put("publishedError", c.error());
            row.put("exact", c.exact());
            row.put("deviation", c.deviation());
            published.add(row);
        }
        if (method.equals("exact")) {
            // |R| published in arXiv 2603.07651 beside the exact |R| here; deviation = (published - exact)/error.
            out.put("published", published);
        }
        out.put("fit", "ordinary least squares of ln|R| on ln n, n = L^2");
        Output.print(out, json);
        return 0;
    }
}
