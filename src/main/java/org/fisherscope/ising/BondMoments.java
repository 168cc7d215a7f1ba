package org.fisherscope.ising;

/**
 * Raw moments of the bond variables e_a = s_i s_j of the periodic Ising model at one homogeneous
 * coupling, as an exact method delivers them. By translation invariance only the rows of the two
 * bonds at the origin are kept: index t = 0 is the right bond at the origin (bond 0), t = 1 the down
 * bond (bond 1).
 *
 * @param side     L
 * @param coupling K
 * @param logZ     ln Z, Z = Σ_s exp(K Σ_a e_a)
 * @param mean     ⟨e_t⟩ for t = 0, 1
 * @param second   ⟨e_t e_a⟩ for every bond a, [t][a]
 * @param third    ⟨e_t e_a e_b⟩ for every pair of bonds, [t][a][b]
 */
public record BondMoments(int side, double coupling, double logZ, double[] mean, double[][] second,
                          double[][][] third) {
}
