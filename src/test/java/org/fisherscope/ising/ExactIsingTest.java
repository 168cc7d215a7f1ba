package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Method choice and refusals of the exact entry point. */
class ExactIsingTest {

    @Test
    void autoPicksEnumerationThenTheTransferMatrixThenFreeFermions() {
        assertEquals(ExactIsing.Method.ENUMERATION, ExactIsing.resolve(3, 0.4, ExactIsing.Method.AUTO));
        assertEquals(ExactIsing.Method.TRANSFER, ExactIsing.resolve(4, 0.4, ExactIsing.Method.AUTO));
        assertEquals(ExactIsing.Method.FREE_FERMION, ExactIsing.resolve(5, 0.4, ExactIsing.Method.AUTO));
        assertEquals(ExactIsing.Method.ENUMERATION, ExactIsing.resolve(5, 0.4, ExactIsing.Method.ENUMERATION));
        assertEquals(ExactIsing.Method.FREE_FERMION, ExactIsing.resolve(10, 0.4, ExactIsing.Method.AUTO));
        assertEquals(ExactIsing.Method.TRANSFER, ExactIsing.resolve(3, 0.4, ExactIsing.Method.TRANSFER));
        assertEquals(ExactIsing.Method.TRANSFER, ExactIsing.Method.parse(" Transfer"));
    }

    @Test
    void badInputIsRefusedWithAReason() {
        assertThrows(InvalidInputException.class, () -> ExactIsing.resolve(2, 0.4, ExactIsing.Method.AUTO));
        assertThrows(InvalidInputException.class, () -> ExactIsing.resolve(6, 0.4, ExactIsing.Method.ENUMERATION));
        assertThrows(InvalidInputException.class, () -> ExactIsing.resolve(129, 0.4, ExactIsing.Method.AUTO));
        assertThrows(InvalidInputException.class, () -> ExactIsing.resolve(12, 0.4, ExactIsing.Method.TRANSFER));
        assertThrows(InvalidInputException.class, () -> ExactIsing.resolve(4, 0, ExactIsing.Method.AUTO));
        assertThrows(InvalidInputException.class, () -> ExactIsing.resolve(4, Double.NaN, ExactIsing.Method.AUTO));
        assertThrows(InvalidInputException.class, () -> ExactIsing.resolve(4, Double.POSITIVE_INFINITY,
                ExactIsing.Method.AUTO));
        InvalidInputException unknown = assertThrows(InvalidInputException.class, () -> ExactIsing.Method.parse("mcmc"));
        assertEquals(true, unknown.getMessage().contains("enumeration"));
    }

    @Test
    void theLatticeNumbersItsBondsBySiteAndDirection() {
        IsingLattice lattice = new IsingLattice(4);
        assertEquals(16, lattice.sites());
        assertEquals(32, lattice.bonds());
        int bond = lattice.bond(2, 3, IsingLattice.RIGHT);
        assertEquals(2 * 11, bond);
        assertEquals(java.util.List.of(11, 8), java.util.Arrays.stream(lattice.ends(bond)).boxed().toList());
        assertEquals(java.util.List.of(15, 3), java.util.Arrays.stream(lattice.ends(lattice.bond(3, 3, IsingLattice.DOWN)))
                .boxed().toList());
        assertEquals(lattice.bond(1, 0, IsingLattice.DOWN), lattice.relative(lattice.bond(3, 2, IsingLattice.DOWN),
                lattice.bond(2, 2, IsingLattice.RIGHT)));
        assertEquals(0.44068679350977147, IsingLattice.CRITICAL_COUPLING, 1e-16);
    }
}
