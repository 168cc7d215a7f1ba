package org.fisherscope.geometry.family;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;

class BinomialFamilyTest {

    /** A few ulps of distances up to ~30. */
    private static final double ROUNDING = 1e-12;
    /** Sums of up to a few hundred probabilities. */
    private static final double SUM = 1e-12;

    private final BernoulliFamily bernoulli = new BernoulliFamily();

    @Test
    void nameCarriesTheNumberOfTrials() {
        assertEquals("binomial:n=12", new BinomialFamily(12).name());
        assertEquals(12, new BinomialFamily(12).trials());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new BinomialFamily(0));
        assertTrue(e.getMessage().contains("n = 0"), e.getMessage());
    }

    @Test
    void endsAreRootNTimesPiApart() {
        for (int n : new int[] {1, 4, 25, 100}) {
            assertEquals(Math.sqrt(n) * Math.PI, new BinomialFamily(n).distance(new double[] {0}, new double[] {1}),
                    ROUNDING, "n = " + n);
        }
    }

    @Test
    void isRootNTimesBernoulliWithTheSameGeodesics() {
        BinomialFamily nine = new BinomialFamily(9);
        double[] ps = {0, 0.05, 0.4, 0.77, 1};
        for (double a : ps) {
            for (double b : ps) {
                double[] p = {a};
                double[] q = {b};
                assertEquals(3 * bernoulli.distance(p, q), nine.distance(p, q), ROUNDING);
                // Scaling a metric by a constant leaves its geodesics alone.
                assertArrayEquals(bernoulli.pointAt(p, q, 0.3), nine.pointAt(p, q, 0.3), ROUNDING);
            }
        }
    }

    @Test
    void probabilitiesSumToOneOverEveryOutcome() {
        BinomialFamily forty = new BinomialFamily(40);
        double[] p = {0.3};
        double sum = 0;
        double mean = 0;
        for (int k = 0; k <= 40; k++) {
            sum += forty.probability(p, k);
            mean += k * forty.probability(p, k);
        }
        assertEquals(1, sum, SUM);
        assertEquals(12, mean, 40 * SUM);
        assertEquals(0, forty.probability(p, 41), 0);
        assertEquals(0, forty.probability(p, -1), 0);
        assertEquals(1, forty.probability(new double[] {0}, 0), 0);
        assertEquals(1, forty.probability(new double[] {1}, 40), 0);
        assertArrayEquals(new int[] {0, 40}, forty.typicalSupport(p));
        int[] narrow = new BinomialFamily(100_000).typicalSupport(new double[] {0.5});
        assertTrue(narrow[0] > 0 && narrow[1] < 100_000, "a large n draws only the bulk");
    }

    @Test
    void oneTrialIsBernoulli() {
        BinomialFamily one = new BinomialFamily(1);
        for (double x : new double[] {0.1, 0.6}) {
            double[] p = {x};
            assertEquals(bernoulli.probability(p, 1), one.probability(p, 1), ROUNDING);
            assertEquals(bernoulli.metric(p)[0][0], one.metric(p)[0][0], ROUNDING * one.metric(p)[0][0]);
        }
    }
}
