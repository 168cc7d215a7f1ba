package org.fisherscope.landuse;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.geometry.family.CategoricalFamily;
import org.junit.jupiter.api.Test;

class TrajectoryTest {

    /** Closed-form distances of order one: a few ulps. */
    private static final double ROUNDING = 1e-12;

    @Test
    void velocityIsTheFisherRaoDistanceOverTheYearGap() {
        double[] p = {0.5, 0.3, 0.2};
        double[] q = {0.4, 0.3, 0.3};
        Trajectory.Result r = Trajectory.of(new int[] {2017, 2019}, new double[][] {p, q});
        double bc = Math.sqrt(0.5 * 0.4) + Math.sqrt(0.3 * 0.3) + Math.sqrt(0.2 * 0.3);
        assertEquals(2 * Math.acos(bc) / 2, r.periods().get(0).velocity(), ROUNDING, "REFERENCE: 2·arccos(BC) / gap");
        assertArrayEquals(new double[] {-10, 0, 10}, r.periods().get(0).changePoints(), ROUNDING);
        double kl = 0.5 * Math.log(0.5 / 0.4) + 0.2 * Math.log(0.2 / 0.3);
        assertEquals(kl, r.periods().get(0).kl(), ROUNDING);
    }

    @Test
    void aPathAlongOneGeodesicHasSinuosityOneAndItsPulseIsTheFastStep() {
        CategoricalFamily simplex = new CategoricalFamily(3);
        double[] a = {0.8, 0.15, 0.05};
        double[] b = {0.1, 0.3, 0.6};
        double total = simplex.distance(a, b);
        // Steps of Fisher length 1, 1, 1, 5 (in units of total/8): velocities 0.125, 0.125, 0.125, 0.625 × total.
        double[] cumulative = {0, 1, 2, 3, 8};
        double[][] points = new double[5][];
        int[] years = {2017, 2018, 2019, 2020, 2021};
        for (int i = 0; i < 5; i++) {
            points[i] = simplex.pointAt(a, b, cumulative[i] / 8);
        }
        Trajectory.Result r = Trajectory.of(years, points);
        assertEquals(total, r.arcLength(), 1e-12);
        assertEquals(total, r.displacement(), 1e-12);
        assertEquals(1, r.sinuosity(), 1e-12);
        // Velocities (1, 1, 1, 5)·total/8: mean 2, sample SD 2 (in total/8), threshold 4: only the last is a pulse.
        assertEquals(1, r.pulses().size());
        assertEquals(2020, r.pulses().get(0).from());
        assertEquals(0, r.accelerations()[0], 1e-12);
        assertEquals(4 * total / 8, r.accelerations()[2], 1e-12, "Δv over one year");
    }

    @Test
    void aWindingPathIsLongerThanItsDisplacement() {
        double[][] points = {{0.6, 0.2, 0.2}, {0.2, 0.6, 0.2}, {0.6, 0.2, 0.2}};
        Trajectory.Result r = Trajectory.of(new int[] {2000, 2001, 2002}, points);
        assertEquals(0, r.displacement(), 0);
        assertEquals(Double.POSITIVE_INFINITY, r.sinuosity());
        assertTrue(r.arcLength() > 0);
    }

    @Test
    void entropiesOfTheUniformDistribution() {
        double third = 1.0 / 3;
        Trajectory.Result r = Trajectory.of(new int[] {1, 2}, new double[][] {{third, third, third}, {1, 0, 0}});
        assertEquals(Math.log(3), r.shannon()[0], ROUNDING);
        assertEquals(Math.log(3), r.renyi2()[0], ROUNDING);
        assertEquals(0, r.shannon()[1], 0);
        assertEquals(2 * Math.acos(Math.sqrt(third)), r.periods().get(0).distance(), ROUNDING,
                "uniform to a corner: 2·arccos √(1/3)");
        assertEquals(Double.POSITIVE_INFINITY, Trajectory.kullbackLeibler(new double[] {0.5, 0.5, 0},
                new double[] {1, 0, 0}));
    }

    @Test
    void badTrajectoriesAreExplained() {
        assertThrows(InvalidInputException.class, () -> Trajectory.of(new int[] {2017}, new double[][] {{1, 0, 0}}));
        assertThrows(InvalidInputException.class,
                () -> Trajectory.of(new int[] {2018, 2017}, new double[][] {{1, 0, 0}, {0, 1, 0}}));
        assertThrows(InvalidInputException.class,
                () -> Trajectory.of(new int[] {2017, 2018}, new double[][] {{0.5, 0.6, 0}, {0, 1, 0}}));
    }

    @Test
    void legendSharesLeaveWaterOut() {
        long[] counts = new long[12];
        counts[1] = 1000;
        counts[2] = 10;
        counts[4] = 5;
        counts[11] = 5;
        counts[5] = 30;
        counts[7] = 40;
        counts[8] = 10;
        counts[10] = 99;
        assertArrayEquals(new double[] {0.2, 0.3, 0.5}, Legend.esri().shares(counts), ROUNDING);
        double[] markov = Legend.esri().markovDistribution(counts);
        assertEquals(1, java.util.Arrays.stream(markov).sum(), ROUNDING);
        assertEquals(1000.0 / 1100, markov[0], ROUNDING, "water is in the chain, clouds are not");
        assertThrows(InvalidInputException.class, () -> Legend.esri().shares(new long[12]));
    }
}
