package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class GridAndSpectrumTest {

    @Test
    void frequenciesFollowNumpysFftfreqLayout() {
        FrequencyGrid even = FrequencyGrid.of(8, 1);
        FrequencyGrid odd = FrequencyGrid.of(7, 1);
        int[] e = new int[8];
        int[] o = new int[7];
        Arrays.setAll(e, even::frequency);
        Arrays.setAll(o, odd::frequency);
        assertArrayEquals(new int[] {0, 1, 2, 3, -4, -3, -2, -1}, e);
        assertArrayEquals(new int[] {0, 1, 2, 3, -3, -2, -1}, o);
        FrequencyGrid plane = FrequencyGrid.of(8, 2);
        assertEquals(64, plane.count());
        assertEquals(Math.sqrt(4 * 4 + 1), plane.radius(4 * 8 + 1), 0, "(fy, fx) = (−4, 1)");
    }

    @Test
    void binsGroupEqualRadiiAndKeepEveryFrequency() {
        Spectrum s = PowerLaw.CIFAR10.on(FrequencyGrid.of(16, 2));
        Spectrum.Bins bins = s.bins();
        assertEquals(256, Arrays.stream(bins.weight()).sum(), 0);
        // Distinct fx² + fy² with fx, fy ∈ {0..8}: counted by brute force.
        long distinct = java.util.stream.IntStream.rangeClosed(0, 8).boxed()
                .flatMap(a -> java.util.stream.IntStream.rangeClosed(0, 8).mapToObj(b -> a * a + b * b))
                .distinct().count();
        assertEquals(distinct, bins.size());
    }

    @Test
    void badSpectraAndGridsAreRejected() {
        assertThrows(InvalidInputException.class, () -> FrequencyGrid.of(1, 1));
        assertThrows(InvalidInputException.class, () -> FrequencyGrid.of(8, 3));
        assertThrows(InvalidInputException.class, () -> new PowerLaw(-1, 0.1, 2));
        assertThrows(InvalidInputException.class, () -> new PowerLaw(1, Double.NaN, 2));
        // c2 = 0 puts an infinite variance at f = 0.
        assertThrows(InvalidInputException.class, () -> new PowerLaw(1, 0, 2).on(FrequencyGrid.of(8, 1)));
    }
}
