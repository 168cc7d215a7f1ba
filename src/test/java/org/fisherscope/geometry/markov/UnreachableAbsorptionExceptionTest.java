package org.fisherscope.geometry.markov;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class UnreachableAbsorptionExceptionTest {

    @Test
    void aClosedTransientPairIsListedExactly() {
        // Water and Trees only cycle between themselves; Crops can fall into them or reach Built;
        // Bare reaches only Built.
        List<String> names = List.of("Water", "Crops", "Trees", "Bare", "Built");
        double[][] p = {
            {0.6, 0, 0.4, 0, 0},
            {0.1, 0.6, 0, 0, 0.3},
            {0.5, 0, 0.5, 0, 0},
            {0, 0, 0, 0.8, 0.2},
            {0, 0, 0, 0, 1},
        };
        AbsorbingChain chain = new AbsorbingChain(names, p, List.of("Built"));
        UnreachableAbsorptionException e = assertThrows(UnreachableAbsorptionException.class, chain::solve);
        assertInstanceOf(InvalidInputException.class, e);
        assertEquals(List.of("Water", "Trees"), e.unreachableStates());
        assertEquals(List.of("Water", "Crops", "Trees"), e.infiniteTimeStates());
        String m = e.getMessage();
        assertTrue(m.contains("Water, Trees cannot reach any absorbing state (Built)"), m);
        assertTrue(m.contains("infinite"), m);
        assertTrue(m.contains("Crops can move into them"), m);
        assertFalse(m.contains("Bare"), m);
    }

    @Test
    void aSelfLoopNotDeclaredAbsorbingIsUnreachable() {
        double[][] p = {{1, 0, 0}, {0.5, 0, 0.5}, {0, 0, 1}};
        AbsorbingChain chain = new AbsorbingChain(List.of("Water", "Crops", "Built"), p, List.of("Built"));
        UnreachableAbsorptionException e = assertThrows(UnreachableAbsorptionException.class, chain::solve);
        assertEquals(List.of("Water"), e.unreachableStates());
        assertEquals(List.of("Water", "Crops"), e.infiniteTimeStates());
        assertTrue(e.getMessage().startsWith("state Water cannot reach"), e.getMessage());
    }

    @Test
    void listsCannotBeChanged() {
        UnreachableAbsorptionException e = new UnreachableAbsorptionException(List.of("A"), List.of("A"),
                List.of("Z"));
        assertThrows(UnsupportedOperationException.class, () -> e.unreachableStates().add("B"));
        assertThrows(UnsupportedOperationException.class, () -> e.infiniteTimeStates().add("B"));
    }
}
