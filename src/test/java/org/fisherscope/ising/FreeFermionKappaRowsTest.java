package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The factorised rows against the direct 6 × 6 Wick evaluation of {@link FreeFermionCumulants} (itself checked
 * against enumeration and the transfer matrix), entry by entry, at K_c (zero mode) and on the regular path.
 */
class FreeFermionKappaRowsTest {

    /** Both sides sum the same Wick terms in a different order: rounding only, relative to the largest entry. */
    private static final double ROUNDING = 1e-13;

    @ParameterizedTest
    @CsvSource({"3, 0", "4, 0", "5, 0", "6, 0", "7, 0", "8, 0", "3, 0.3", "4, 0.3", "5, 0.6", "6, 0.6", "7, 0.25"})
    void rowsEqualTheDirectWickEvaluation(int side, double couplingOrZero) {
        double coupling = couplingOrZero == 0 ? IsingLattice.CRITICAL_COUPLING : couplingOrZero;
        FreeFermionIsing.Mixture mixture = FreeFermionIsing.Mixture.of(side, coupling);
        FreeFermionKappaRows rows = new FreeFermionKappaRows(mixture, FreeFermionIsing.secondOrder(mixture));
        BondCumulants direct = FreeFermionCumulants.of(side, coupling);
        int n = side * side;
        double[] row = new double[n];
        double largest = 0;
        double worst = 0;
        for (int type = 0; type < FreeFermionKappaRows.TYPES; type++) {
            int u = type >> 1;
            int w = type & 1;
            for (int r1 = 0; r1 < n; r1++) {
                rows.row(r1, type, row);
                for (int r2 = 0; r2 < n; r2++) {
                    double expected = direct.thirdRow(IsingLattice.RIGHT, 2 * r1 + u, 2 * r2 + w);
                    largest = Math.max(largest, Math.abs(expected));
                    worst = Math.max(worst, Math.abs(row[r2] - expected));
                }
            }
        }
        assertTrue(worst <= ROUNDING * largest, "L = " + side + ", K = " + coupling + ": max |Δκ| = " + worst
                + " against max |κ| = " + largest);
    }
}
