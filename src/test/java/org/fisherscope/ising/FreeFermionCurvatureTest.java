package org.fisherscope.ising;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;
import org.fisherscope.geometry.CumulantCurvature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The streamed contraction against the dense Fourier contraction of the whole κ table ({@link FourierCurvature}
 * on {@link FreeFermionCumulants}), which uses neither the reflection nor the conjugate symmetry nor slabs.
 */
class FreeFermionCurvatureTest {

    /** Same sums in another order and grouping (the 4-D transform split in two, half the columns): rounding. */
    private static final double ROUNDING = 1e-11;

    private static final double KC = IsingLattice.CRITICAL_COUPLING;

    @ParameterizedTest
    @CsvSource({"3, 0", "4, 0", "5, 0", "6, 0", "7, 0", "8, 0", "9, 0", "10, 0", "4, 0.3", "5, 0.3", "4, 0.6",
            "7, 0.6", "8, 0.5"})
    void equalsTheDenseContraction(int side, double couplingOrZero) {
        double coupling = couplingOrZero == 0 ? KC : couplingOrZero;
        CumulantCurvature.Result dense = FourierCurvature.of(FreeFermionCumulants.of(side, coupling));
        FreeFermionCurvature.Result streamed = FreeFermionCurvature.of(side, coupling, ProgressListener.NONE,
                () -> false);
        assertEquals(1, streamed.slabs());
        assertEquals(dense.a(), streamed.curvature().a(), ROUNDING * Math.abs(dense.a()), "A");
        assertEquals(dense.b(), streamed.curvature().b(), ROUNDING * Math.abs(dense.b()), "B");
    }

    @ParameterizedTest
    @CsvSource({"5, 2", "6, 3", "8, 7", "9, 40"})
    void slabsGiveTheSameNumbers(int side, int columnsPerSlab) {
        int n = side * side;
        long budget = (long) columnsPerSlab * 4 * 2 * Double.BYTES * n;
        FreeFermionCurvature.Result whole = FreeFermionCurvature.of(side, KC, ProgressListener.NONE, () -> false);
        FreeFermionCurvature.Result sliced = FreeFermionCurvature.of(side, KC, ProgressListener.NONE, () -> false,
                budget);
        assertTrue(sliced.slabs() > 1, "slabs: " + sliced.slabs());
        assertEquals(whole.curvature().a(), sliced.curvature().a(), ROUNDING * Math.abs(whole.curvature().a()));
        assertEquals(whole.curvature().b(), sliced.curvature().b(), ROUNDING * Math.abs(whole.curvature().b()));
    }

    @Test
    void cancelStopsTheRun() {
        AtomicInteger calls = new AtomicInteger();
        assertThrows(CancellationException.class, () -> FreeFermionCurvature.of(12, KC, ProgressListener.NONE,
                () -> calls.incrementAndGet() > 20));
    }

    @Test
    void progressRisesToOne() {
        double[] last = {0};
        boolean[] monotone = {true};
        FreeFermionCurvature.of(10, KC, f -> {
            synchronized (last) {
                monotone[0] &= f >= last[0] - 0.01;
                last[0] = Math.max(last[0], f);
            }
        }, () -> false);
        assertEquals(1, last[0], 1e-12);
        assertTrue(monotone[0]);
    }
}
