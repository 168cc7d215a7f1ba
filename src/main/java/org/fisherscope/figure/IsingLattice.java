package org.fisherscope.figure;

/**
 * One picture of a Monte Carlo chain for the lattice view: the spins (row-major, ±1), the sites of the last
 * Wolff cluster (empty for Metropolis), and the chain's traces so far: the bond sum per bond
 * e = Σ_bonds s_i s_j / m and |m| = |Σ_i s_i| / n per measurement.
 *
 * @param caption which chain and how far, e.g. "L = 8, seed 2 of 4, sample 700 of 2000, Wolff"
 */
public record IsingLattice(int size, double coupling, byte[] spins, int[] cluster, double[] bondPerBond,
                           double[] absMagnetisation, String caption) {

    public IsingLattice {
        if (spins.length != size * size) {
            throw new IllegalArgumentException(spins.length + " spins for L = " + size);
        }
        if (bondPerBond.length != absMagnetisation.length) {
            throw new IllegalArgumentException("the two traces differ in length");
        }
    }
}
