package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

/** Schedules as Fisher paths: closed forms, a second algorithm for the length, and the geodesic property. */
class FisherPathTest {

    /** Gauss–Kronrod at 1e-10 relative on lengths of order 10. */
    private static final double LENGTH = 1e-8;
    /**
     * Central differences of ln v with step 1e-6: truncation h²·(ln v)‴/6 is ~1e-9 relative even where the
     * blurring noise term ln sin²(At + B) bends sharply near t = 0; rounding ~1e-10.
     */
    private static final double DIFFERENCED_RATE = 1e-8;
    /** Richardson-extrapolated polygon from 4000/8000 segments: error O(h⁴) ≈ 1e-12 relative. */
    private static final double POLYGON = 1e-8;

    private static final List<Schedule> ALL = List.of(new ShortestPathSchedule(), new LinearSchedule(),
            new CosineSchedule(), new BlurringSchedule());

    private final Spectrum oneD = PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 1));
    private final Spectrum twoD = PowerLaw.CIFAR10.on(FrequencyGrid.of(16, 2));

    @Test
    void shortestPathLengthIsItsClosedFormAndItsEndpointDistance() {
        for (Spectrum s : List.of(oneD, twoD)) {
            double sum = 0;
            for (int i = 0; i < s.grid().count(); i++) {
                double log = Math.log(s.power(i));
                sum += log * log;
            }
            double closed = Math.sqrt(0.5 * sum);
            FisherPath spd = new FisherPath(s, new ShortestPathSchedule());
            assertEquals(closed, spd.length(), LENGTH * closed);
            assertEquals(closed, spd.endpointDistance(), LENGTH * closed);
            for (double t : new double[] {0, 0.13, 0.5, 0.97, 1}) {
                assertEquals(closed, spd.speed(t), LENGTH * closed, "constant speed at t = " + t);
            }
        }
    }

    @Test
    void everyOtherScheduleIsLongerThanTheDistanceBetweenItsEnds() {
        for (Spectrum s : List.of(oneD, twoD)) {
            for (Schedule schedule : ALL.subList(1, ALL.size())) {
                FisherPath path = new FisherPath(s, schedule);
                assertTrue(path.length() / path.endpointDistance() > 1.05, schedule.id() + " ratio "
                        + path.length() / path.endpointDistance());
            }
        }
    }

    /** Each schedule's analytic rates against central differences of its ln v: catches a wrong derivative. */
    @Test
    void analyticRatesMatchDifferencesOfTheVariances() {
        double h = 1e-6;
        for (Schedule schedule : ALL) {
            FisherPath path = new FisherPath(twoD, schedule);
            for (double t : new double[] {0.05, 0.3, 0.5, 0.77, 0.95}) {
                double[] plus = path.variances(t + h);
                double[] minus = path.variances(t - h);
                double sum = 0;
                for (int b = 0; b < plus.length; b++) {
                    double rate = (Math.log(plus[b]) - Math.log(minus[b])) / (2 * h);
                    sum += twoD.bins().weight()[b] * rate * rate;
                }
                double differenced = Math.sqrt(0.5 * sum);
                assertEquals(differenced, path.speed(t), DIFFERENCED_RATE * differenced, schedule.id() + " t = " + t);
            }
        }
    }

    /** The length as the limit of exact polygon lengths (Richardson on h²), a second algorithm. */
    @Test
    void quadratureAgreesWithTheExtrapolatedPolygon() {
        for (Schedule schedule : ALL) {
            FisherPath path = new FisherPath(oneD, schedule);
            double coarse = path.discreteLength(4000);
            double fine = path.discreteLength(8000);
            double extrapolated = fine + (fine - coarse) / 3;
            assertEquals(extrapolated, path.length(), POLYGON * extrapolated, schedule.id());
        }
    }

    @Test
    void discreteLengthsGrowTowardsTheContinuousOne() {
        FisherPath path = new FisherPath(twoD, new CosineSchedule());
        double continuous = path.length();
        double previousGap = Double.POSITIVE_INFINITY;
        for (int steps : new int[] {10, 100, 1000}) {
            double gap = continuous - path.discreteLength(steps);
            assertTrue(gap >= 0 && gap < previousGap / 50, steps + " steps: gap " + gap);
            previousGap = gap;
        }
    }

    @Test
    void badTimesAndStepsAreRejected() {
        FisherPath path = new FisherPath(oneD, new LinearSchedule());
        assertThrows(InvalidInputException.class, () -> path.speed(1.5));
        assertThrows(InvalidInputException.class, () -> path.speed(Double.NaN));
        assertThrows(InvalidInputException.class, () -> path.discreteLength(0));
    }
}
