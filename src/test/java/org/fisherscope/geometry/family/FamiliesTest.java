package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.PointText;
import org.fisherscope.geometry.StatisticalFamily;
import org.junit.jupiter.api.Test;

class FamiliesTest {

    @Test
    void createsFamiliesByName() {
        assertTrue(Families.create("normal", 2) instanceof NormalFamily);
        assertEquals(4, ((CategoricalFamily) Families.create("categorical", 4)).outcomes());
        assertEquals(3, ((CategoricalFamily) Families.create("categorical:k=3", 7)).outcomes());
    }

    @Test
    void unknownFamilyListsTheAcceptedOnes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> Families.create("cauchy", 2));
        assertTrue(e.getMessage().contains("normal") && e.getMessage().contains("categorical"), e.getMessage());
        assertThrows(InvalidInputException.class, () -> Families.create("normal:k=3", 2));
        assertThrows(InvalidInputException.class, () -> Families.create("categorical:k=x", 2));
    }

    @Test
    void pointsByPositionAndByName() {
        StatisticalFamily normal = Families.create("normal", 2);
        assertArrayEquals(new double[] {0, 1}, PointText.parse("0,1").resolve(normal), 0);
        assertArrayEquals(new double[] {0, 1}, PointText.parse(" sigma=1 , mu=0 ").resolve(normal), 0);
        assertThrows(InvalidInputException.class, () -> PointText.parse("mu=0,tau=1").resolve(normal));
        assertThrows(InvalidInputException.class, () -> PointText.parse("mu=0").resolve(normal));
        assertThrows(InvalidInputException.class, () -> PointText.parse("0,1,2").resolve(normal));
        assertThrows(InvalidInputException.class, () -> PointText.parse("0,abc"));
        assertThrows(InvalidInputException.class, () -> PointText.parse("0,NaN"));
        assertThrows(InvalidInputException.class, () -> PointText.parse("0,mu=1"));
        assertThrows(InvalidInputException.class, () -> PointText.parse(""));
        assertEquals(3, PointText.parse("p1=0.2,p2=0.3,p3=0.5").size());
    }
}
