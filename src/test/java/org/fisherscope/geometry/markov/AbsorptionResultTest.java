package org.fisherscope.geometry.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class AbsorptionResultTest {

    private static AbsorptionResult sample(double t) {
        return new AbsorptionResult(List.of("A", "Z"), List.of("Z"), List.of("A"), new double[][] {{t}},
                new double[] {t}, new double[] {t * t - t}, new double[][] {{1}});
    }

    @Test
    void arraysAreCopiedInAndOut() {
        double[] steps = {2};
        AbsorptionResult r = new AbsorptionResult(List.of("A", "Z"), List.of("Z"), List.of("A"),
                new double[][] {{2}}, steps, new double[] {2}, new double[][] {{1}});
        steps[0] = 99;
        r.expectedSteps()[0] = 99;
        r.fundamental()[0][0] = 99;
        assertEquals(2, r.expectedSteps()[0]);
        assertEquals(2, r.fundamental()[0][0]);
    }

    @Test
    void lookupByName() {
        AbsorptionResult r = sample(4);
        assertEquals(4, r.expectedSteps("A"));
        assertEquals(1, r.absorptionProbability("A", "Z"));
        assertThrows(IllegalArgumentException.class, () -> r.expectedSteps("Z"));
        assertThrows(IllegalArgumentException.class, () -> r.absorptionProbability("A", "A"));
    }

    @Test
    void shapesMustMatchTheStateLists() {
        assertThrows(IllegalArgumentException.class, () -> new AbsorptionResult(List.of("A", "Z"), List.of("Z"),
                List.of("A"), new double[][] {{1}}, new double[] {1, 2}, new double[] {0}, new double[][] {{1}}));
    }

    @Test
    void equalityIsByContent() {
        assertEquals(sample(3), sample(3));
        assertEquals(sample(3).hashCode(), sample(3).hashCode());
        assertNotEquals(sample(3), sample(4));
    }
}
