package org.fisherscope.geometry.markov;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.NormOps_DDRM;
import org.ejml.dense.row.factory.LinearSolverFactory_DDRM;
import org.ejml.interfaces.linsol.LinearSolverDense;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.Matrices;

/**
 * A finite Markov chain on named states, some of them absorbing, and its absorption statistics
 * (Kemeny–Snell): with Q the transient-to-transient block and R the transient-to-absorbing block,
 * N = (I − Q)⁻¹, t = N·1, Var T = (2N − I)t − t∘t and B = N·R.
 *
 * <p>The constructor checks the input and rejects it with an {@link InvalidInputException} naming
 * the offending state. Accepted rows are divided by their sums, so rounding in typed probabilities
 * neither leaks nor creates probability mass; absorbing rows are taken as exactly the unit row. A
 * chain whose states are all absorbing is valid: {@link #solve()} then gives empty transient results.
 */
public final class AbsorbingChain {

    /**
     * How far a row sum, or an absorbing state's self-probability, may miss 1. Probabilities typed
     * into a CSV by hand are rounded, so exactly 1 cannot be asked for; this admits rounding to about
     * seven decimals (3 × 0.3333333 = 0.9999999), while a larger gap is a mistake in the data.
     */
    public static final double ROW_SUM_TOLERANCE = 1e-6;

    /**
     * Largest accepted ‖N‖₁. A probability is stored with an absolute error of about 1e-16 and, as
     * δN = N·δQ·N to first order, N's relative error is up to ‖N‖₁ times that; ‖N‖₁ also bounds the
     * condition number of I − Q, whose norm is at most 2. Beyond 1e12 fewer than about four digits
     * of N and t survive.
     */
    public static final double MAX_AMPLIFICATION = 1e12;

    private final List<String> states;
    private final double[][] transition;
    private final int[] absorbingIndex;
    private final int[] transientIndex;

    /**
     * @param states state names, unique and non-blank; their order fixes the order of every result
     * @param transition row-stochastic matrix, {@code transition[from][to]}, one row and column per state
     * @param absorbing names of the absorbing states; each must have the unit row
     * @throws InvalidInputException when any of this does not hold
     */
    public AbsorbingChain(List<String> states, double[][] transition, Collection<String> absorbing) {
        TransitionMatrixCheck.names(states);
        TransitionMatrixCheck.shape(states, transition);
        TransitionMatrixCheck.entries(states, transition);
        this.states = List.copyOf(states);
        this.absorbingIndex = TransitionMatrixCheck.absorbing(this.states, transition, absorbing);
        this.transition = normalised(transition, absorbingIndex);
        this.transientIndex = complement(states.size(), absorbingIndex);
    }

    /** All state names, in input order. */
    public List<String> states() {
        return states;
    }

    /** Absorbing state names, in state order. */
    public List<String> absorbingStates() {
        return names(absorbingIndex);
    }

    /** Transient state names, in state order. */
    public List<String> transientStates() {
        return names(transientIndex);
    }

    /** The transition matrix as used: rows divided by their sums, absorbing rows exact unit rows. */
    public double[][] transitionMatrix() {
        double[][] copy = new double[transition.length][];
        for (int i = 0; i < copy.length; i++) {
            copy[i] = transition[i].clone();
        }
        return copy;
    }

    /**
     * Solves for N, t, Var T and B.
     *
     * @throws UnreachableAbsorptionException when some transient state cannot reach an absorbing state
     * @throws InvalidInputException when I − Q is numerically singular (absorption almost impossible)
     */
    public AbsorptionResult solve() {
        checkReachability();
        int m = transientIndex.length;
        int k = absorbingIndex.length;
        if (m == 0) {
            return new AbsorptionResult(states, absorbingStates(), List.of(), new double[0][0], new double[0],
                    new double[0], new double[0][k]);
        }
        DMatrixRMaj iMinusQ = CommonOps_DDRM.identity(m);
        DMatrixRMaj r = new DMatrixRMaj(m, k);
        for (int i = 0; i < m; i++) {
            double[] row = transition[transientIndex[i]];
            for (int j = 0; j < m; j++) {
                iMinusQ.add(i, j, -row[transientIndex[j]]);
            }
            for (int a = 0; a < k; a++) {
                r.set(i, a, row[absorbingIndex[a]]);
            }
        }
        // One LU factorisation serves every right-hand side; N itself is wanted, the rest are solves.
        LinearSolverDense<DMatrixRMaj> lu = LinearSolverFactory_DDRM.lu(m);
        if (!lu.setA(iMinusQ)) {
            throw singular("its LU factorisation failed");
        }
        DMatrixRMaj n = solve(lu, CommonOps_DDRM.identity(m));
        double amplification = NormOps_DDRM.inducedP1(n);
        if (!(amplification <= MAX_AMPLIFICATION)) {
            throw singular(String.format(Locale.ROOT, "rounding in the probabilities is amplified %.3g-fold,"
                    + " more than the %.0e allowed", amplification, MAX_AMPLIFICATION) + longestWait(n));
        }
        DMatrixRMaj ones = new DMatrixRMaj(m, 1);
        ones.fill(1);
        DMatrixRMaj t = solve(lu, ones);
        DMatrixRMaj nt = solve(lu, t);
        DMatrixRMaj b = solve(lu, r);
        double[] steps = t.getData().clone();
        double[] variance = new double[m];
        for (int i = 0; i < m; i++) {
            // Var T ≥ 0 exactly; 2Nt − t − t² cancels, so clip what is left of rounding below zero.
            variance[i] = Math.max(0, 2 * nt.get(i) - steps[i] - steps[i] * steps[i]);
        }
        return new AbsorptionResult(states, absorbingStates(), transientStates(), Matrices.toArray(n), steps, variance,
                Matrices.toArray(b));
    }

    private void checkReachability() {
        boolean[] isAbsorbing = new boolean[states.size()];
        for (int a : absorbingIndex) {
            isAbsorbing[a] = true;
        }
        boolean[] reachesAbsorbing = Reachability.canReach(transition, isAbsorbing);
        boolean[] trapped = new boolean[states.size()];
        boolean any = false;
        for (int i = 0; i < trapped.length; i++) {
            trapped[i] = !reachesAbsorbing[i];
            any |= trapped[i];
        }
        if (!any) {
            return;
        }
        boolean[] reachesTrap = Reachability.canReach(transition, trapped);
        List<String> unreachable = new ArrayList<>();
        List<String> infinite = new ArrayList<>();
        for (int i : transientIndex) {
            if (trapped[i]) {
                unreachable.add(states.get(i));
            }
            if (reachesTrap[i]) {
                infinite.add(states.get(i));
            }
        }
        throw new UnreachableAbsorptionException(unreachable, infinite, absorbingStates());
    }

    private InvalidInputException singular(String why) {
        return new InvalidInputException("I − Q is numerically singular (" + why + "): some transient states"
                + " almost never reach an absorbing state, so their expected absorption time is too large to"
                + " compute reliably. Check the transition probabilities leaving them");
    }

    /** Names the transient state with the largest expected time, when N is finite enough to say. */
    private String longestWait(DMatrixRMaj n) {
        int worst = -1;
        double most = 0;
        for (int i = 0; i < n.numRows; i++) {
            double sum = 0;
            for (int j = 0; j < n.numCols; j++) {
                sum += n.get(i, j);
            }
            if (Double.isFinite(sum) && sum > most) {
                most = sum;
                worst = i;
            }
        }
        return worst < 0 ? "" : String.format(Locale.ROOT, "; from '%s' it would be about %.3g steps",
                states.get(transientIndex[worst]), most);
    }

    private static DMatrixRMaj solve(LinearSolverDense<DMatrixRMaj> lu, DMatrixRMaj rhs) {
        DMatrixRMaj x = new DMatrixRMaj(rhs.numRows, rhs.numCols);
        lu.solve(rhs, x);
        return x;
    }

    private static double[][] normalised(double[][] p, int[] absorbing) {
        double[][] q = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            double sum = 0;
            for (double v : p[i]) {
                sum += v;
            }
            q[i] = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                q[i][j] = p[i][j] / sum;
            }
        }
        for (int a : absorbing) {
            Arrays.fill(q[a], 0);
            q[a][a] = 1;
        }
        return q;
    }

    private static int[] complement(int n, int[] subset) {
        boolean[] in = new boolean[n];
        for (int s : subset) {
            in[s] = true;
        }
        int[] rest = new int[n - subset.length];
        for (int i = 0, r = 0; i < n; i++) {
            if (!in[i]) {
                rest[r++] = i;
            }
        }
        return rest;
    }

    private List<String> names(int[] indices) {
        List<String> out = new ArrayList<>(indices.length);
        for (int i : indices) {
            out.add(states.get(i));
        }
        return List.copyOf(out);
    }
}
