package org.fisherscope.ising;

import org.fisherscope.geometry.InvalidInputException;

/**
 * The periodic L × L square lattice: n = L² sites in row-major order (site = row·L + column) and
 * m = 2L² bonds, two per site: bond 2·site is the bond to the right neighbour, bond 2·site + 1 the bond
 * to the neighbour below. Bond 0 and bond 1 are the right and down bonds at the origin.
 */
public final class IsingLattice {

    /** Direction of a bond from its site. */
    public static final int RIGHT = 0;
    public static final int DOWN = 1;

    /** The smallest side: below 3 the torus has double bonds between the same two sites. */
    public static final int MIN_SIDE = 3;

    /** The critical coupling of the square lattice, ½ ln(1 + √2). */
    public static final double CRITICAL_COUPLING = 0.5 * Math.log(1 + Math.sqrt(2));

    private final int side;

    public IsingLattice(int side) {
        if (side < MIN_SIDE) {
            throw new InvalidInputException("the lattice side L must be at least " + MIN_SIDE + ", got " + side);
        }
        this.side = side;
    }

    public int side() {
        return side;
    }

    /** Number of sites n = L². */
    public int sites() {
        return side * side;
    }

    /** Number of bonds m = 2L². */
    public int bonds() {
        return 2 * side * side;
    }

    public int site(int row, int column) {
        return Math.floorMod(row, side) * side + Math.floorMod(column, side);
    }

    public int bond(int row, int column, int direction) {
        return 2 * site(row, column) + direction;
    }

    public static int direction(int bond) {
        return bond & 1;
    }

    public int row(int bond) {
        return (bond >> 1) / side;
    }

    public int column(int bond) {
        return (bond >> 1) % side;
    }

    /** The two sites a bond joins. */
    public int[] ends(int bond) {
        int r = row(bond);
        int c = column(bond);
        return direction(bond) == RIGHT ? new int[] {site(r, c), site(r, c + 1)} : new int[] {site(r, c), site(r + 1, c)};
    }

    /** The bond moved by (−row, −column) of {@code origin}: the bond seen from a lattice translated so that
     * {@code origin}'s site sits at the origin. */
    public int relative(int bond, int origin) {
        return bond(row(bond) - row(origin), column(bond) - column(origin), direction(bond));
    }

    /** Checks a coupling: positive and finite (ferromagnetic; the formulas and methods assume K > 0). */
    public static double checkCoupling(double coupling) {
        if (!(coupling > 0) || !Double.isFinite(coupling)) {
            throw new InvalidInputException("the coupling K must be a positive finite number, got " + coupling);
        }
        return coupling;
    }
}
