package org.fisherscope.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelledMatrixTest {

    @Test
    void valuesAreCopiedInAndOut() {
        double[][] v = {{1, 0}, {0.5, 0.5}};
        LabelledMatrix m = new LabelledMatrix(List.of("A", "B"), v);
        v[0][0] = 9;
        m.values()[1][1] = 9;
        assertEquals(1, m.values()[0][0]);
        assertEquals(0.5, m.values()[1][1]);
        assertEquals(2, m.size());
    }

    @Test
    void mustBeSquareInTheNames() {
        assertThrows(IllegalArgumentException.class,
                () -> new LabelledMatrix(List.of("A", "B"), new double[][] {{1, 0}}));
        assertThrows(IllegalArgumentException.class,
                () -> new LabelledMatrix(List.of("A", "B"), new double[][] {{1, 0}, {1}}));
    }

    @Test
    void equalityIsByContent() {
        LabelledMatrix a = new LabelledMatrix(List.of("A"), new double[][] {{1}});
        assertEquals(a, new LabelledMatrix(List.of("A"), new double[][] {{1}}));
        assertEquals(a.hashCode(), new LabelledMatrix(List.of("A"), new double[][] {{1}}).hashCode());
        assertNotEquals(a, new LabelledMatrix(List.of("A"), new double[][] {{0.5}}));
    }
}
