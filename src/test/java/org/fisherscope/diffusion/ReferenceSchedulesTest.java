package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** REFERENCE.md's worked cases (computed independently, quoted to 6–7 significant digits). */
class ReferenceSchedulesTest {

    /** The issue asks for the worked case to 1e-6; the quoted digits end at 1e-6. */
    private static final double QUOTED = 1e-6;
    /** ᾱ is quoted to six significant digits. */
    private static final double QUOTED_ALPHA = 5e-7;

    private static final List<Schedule> BASELINES = List.of(new ShortestPathSchedule(), new LinearSchedule(),
            new CosineSchedule(), new BlurringSchedule());

    @Test
    void oneDimensionalGridOf32() {
        Spectrum s = PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 1));
        double[] expected = {16.004901, 19.650808, 20.115146, 20.353863};
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], new FisherPath(s, BASELINES.get(i)).length(), QUOTED, BASELINES.get(i).id());
        }
        assertEquals(16.004901, new FisherPath(s, new ShortestPathSchedule()).endpointDistance(), QUOTED);
    }

    @Test
    void shortestPathAlphaBarAtUnitFrequency() {
        double power = PowerLaw.CIFAR10.at(1);
        assertEquals(0.878741, ShortestPathSchedule.alphaBar(0.1, power), QUOTED_ALPHA);
        assertEquals(0.444405, ShortestPathSchedule.alphaBar(0.5, power), QUOTED_ALPHA);
        assertEquals(0.0811243, ShortestPathSchedule.alphaBar(0.9, power), QUOTED_ALPHA / 10);
    }

    @Test
    void twoDimensionalGridOf8() {
        Spectrum s = PowerLaw.CIFAR10.on(FrequencyGrid.of(8, 2));
        assertEquals(12.689195, new FisherPath(s, new ShortestPathSchedule()).length(), QUOTED);
        FisherPath linear = new FisherPath(s, new LinearSchedule());
        assertEquals(15.558397, linear.length(), QUOTED);
        assertEquals(12.436901, linear.endpointDistance(), QUOTED);
        assertEquals(16.022736, new FisherPath(s, new CosineSchedule()).length(), QUOTED);
        FisherPath blur = new FisherPath(s, new BlurringSchedule());
        assertEquals(30.573834, blur.length(), QUOTED);
        assertEquals(12.426163, blur.endpointDistance(), QUOTED);
    }
}
