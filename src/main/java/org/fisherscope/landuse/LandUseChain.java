package org.fisherscope.landuse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ejml.data.Complex_F64;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.fisherscope.geometry.markov.AbsorbingChain;
import org.fisherscope.geometry.markov.AbsorptionResult;
import org.fisherscope.geometry.markov.UnreachableAbsorptionException;

/**
 * The absorbing chain of land into the built environment, from pooled transition counts. The reported
 * matrix is the empirical row-normalised one (Built row as observed: its diagonal is the Built
 * self-retention); Built is made absorbing only to form Q. One step is one year between consecutive
 * annual maps. A class that cannot reach Built gets no expected time (it is infinite) and a reason,
 * and the rest of the chain is solved without it. The empirical matrix's stationary distribution and
 * spectral gap 1 − |λ₂| describe the landscape's long-run mix and how fast it is approached.
 *
 * <p>Each entry p = n_ij / n_i of the row-normalised matrix has the binomial standard error
 * √(p(1 − p)/n_i), n_i the pixels of class i counted in the row; a row never observed has none (NaN).
 */
public final class LandUseChain {

    private LandUseChain() {
    }

    /**
     * The chain's results, keyed by class name; {@code infinite} maps a class to why it has no finite time.
     * {@code counts} are the pooled counts the matrix was normalised from, {@code standardErrors} the
     * binomial standard error of each entry (NaN in a row never observed).
     */
    public record Result(List<String> states, double[][] transition, double builtSelfRetention,
                         Map<String, Double> expectedYears, Map<String, Double> sdYears,
                         Map<String, String> infinite, double[] stationary, double spectralGap,
                         long[][] counts, double[][] standardErrors) {
    }

    public static Result analyse(TransitionCounts pooled) {
        Legend legend = pooled.legend();
        long[][] counts = pooled.counts();
        int n = counts.length;
        List<String> states = new ArrayList<>();
        for (int code : legend.markovClasses()) {
            states.add(legend.name(code));
        }
        int built = legend.markovClasses().indexOf(legend.absorbing());
        double[][] transition = new double[n][n];
        double[][] standardErrors = new double[n][n];
        List<Integer> observed = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            long row = 0;
            for (long c : counts[i]) {
                row += c;
            }
            if (row > 0) {
                observed.add(i);
                for (int j = 0; j < n; j++) {
                    double p = (double) counts[i][j] / row;
                    transition[i][j] = p;
                    standardErrors[i][j] = Math.sqrt(p * (1 - p) / row);
                }
            } else {
                java.util.Arrays.fill(standardErrors[i], Double.NaN);
            }
        }
        Map<String, String> infinite = new LinkedHashMap<>();
        for (int i = 0; i < n; i++) {
            if (!observed.contains(i) && i != built) {
                infinite.put(states.get(i), "never observed in the maps");
            }
        }
        double retention = observed.contains(built) ? transition[built][built] : Double.NaN;
        // Q: observed classes, Built absorbing.
        List<Integer> kept = new ArrayList<>(observed);
        if (!kept.contains(built)) {
            kept.add(built);
        }
        Map<String, Double> expected = new LinkedHashMap<>();
        Map<String, Double> sd = new LinkedHashMap<>();
        while (true) {
            List<String> names = kept.stream().map(states::get).toList();
            double[][] p = new double[kept.size()][kept.size()];
            for (int a = 0; a < kept.size(); a++) {
                int i = kept.get(a);
                double rowSum = 0;
                for (int b = 0; b < kept.size(); b++) {
                    p[a][b] = i == built ? (kept.get(b) == built ? 1 : 0) : transition[i][kept.get(b)];
                    rowSum += p[a][b];
                }
                // Mass that went to dropped (unreachable) classes is renormalised away.
                for (int b = 0; b < kept.size() && rowSum > 0; b++) {
                    p[a][b] /= rowSum;
                }
            }
            try {
                AbsorptionResult r = new AbsorbingChain(names, p, List.of(states.get(built))).solve();
                for (String s : r.transientStates()) {
                    expected.put(s, r.expectedSteps(s));
                    double variance = r.variance()[r.transientStates().indexOf(s)];
                    sd.put(s, Math.sqrt(Math.max(0, variance)));
                }
                break;
            } catch (UnreachableAbsorptionException e) {
                for (String s : e.infiniteTimeStates()) {
                    infinite.put(s, "cannot reach " + states.get(built));
                    kept.remove(Integer.valueOf(states.indexOf(s)));
                }
            }
        }
        double[] stationary = new double[n];
        double gap = spectralGap(transition, observed, stationary);
        return new Result(states, transition, retention, expected, sd, infinite, stationary, gap, counts,
                standardErrors);
    }

    /**
     * 1 − |λ₂| of the empirical matrix over the observed classes, and (into {@code stationary}) its
     * left eigenvector for λ = 1 normalised to sum 1.
     */
    private static double spectralGap(double[][] transition, List<Integer> observed, double[] stationary) {
        int m = observed.size();
        if (m < 2) {
            if (m == 1) {
                stationary[observed.get(0)] = 1;
            }
            return 1;
        }
        DMatrixRMaj pt = new DMatrixRMaj(m, m);
        for (int a = 0; a < m; a++) {
            for (int b = 0; b < m; b++) {
                pt.set(b, a, transition[observed.get(a)][observed.get(b)]);
            }
        }
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(m, true, false);
        if (!eig.decompose(pt)) {
            return Double.NaN;
        }
        int top = 0;
        double second = 0;
        for (int k = 0; k < m; k++) {
            if (Math.abs(eig.getEigenvalue(k).getReal() - 1) < Math.abs(eig.getEigenvalue(top).getReal() - 1)) {
                top = k;
            }
        }
        for (int k = 0; k < m; k++) {
            if (k != top) {
                Complex_F64 l = eig.getEigenvalue(k);
                second = Math.max(second, Math.hypot(l.getReal(), l.getImaginary()));
            }
        }
        DMatrixRMaj v = eig.getEigenVector(top);
        if (v == null) {
            return 1 - second;
        }
        double total = 0;
        for (int a = 0; a < m; a++) {
            total += v.get(a, 0);
        }
        for (int a = 0; a < m; a++) {
            stationary[observed.get(a)] = v.get(a, 0) / total;
        }
        return 1 - second;
    }
}
