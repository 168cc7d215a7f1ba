package org.fisherscope.diffusion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's table reproduces the schedule it was sampled from. */
class TabulatedScheduleTest {

    /** A monotone cubic through 401 samples: interpolation error in ᾱ′ ~1e-5, in the length ~1e-5 relative. */
    private static final double SAMPLED = 1e-4;

    @Test
    void aTableSampledFromTheCosineScheduleHasItsLength(@TempDir Path dir) throws IOException {
        CosineSchedule cosine = new CosineSchedule();
        StringBuilder csv = new StringBuilder("t,alphaBar\n");
        for (int k = 0; k <= 400; k++) {
            double t = k / 400.0;
            csv.append(t).append(',').append(cosine.alphaBar(t)).append('\n');
        }
        Path file = dir.resolve("cosine.csv");
        Files.writeString(file, csv);
        Spectrum s = PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 1));
        double expected = new FisherPath(s, cosine).length();
        assertEquals(expected, new FisherPath(s, ScheduleTableFile.read(file)).length(), SAMPLED * expected);
    }

    @Test
    void perFrequencyColumnsReproduceShortestPathDiffusion(@TempDir Path dir) throws IOException {
        Spectrum s = PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 1));
        StringBuilder csv = new StringBuilder("t");
        for (int r = 0; r <= 16; r++) {
            csv.append(',').append(r);
        }
        csv.append('\n');
        for (int k = 0; k <= 400; k++) {
            double t = k / 400.0;
            csv.append(t);
            for (int r = 0; r <= 16; r++) {
                csv.append(',').append(ShortestPathSchedule.alphaBar(t, PowerLaw.CIFAR10.at(r)));
            }
            csv.append('\n');
        }
        Path file = dir.resolve("spd.csv");
        Files.writeString(file, csv);
        FisherPath table = new FisherPath(s, ScheduleTableFile.read(file));
        assertEquals(16.004901, table.length(), SAMPLED * 16);
        assertEquals(1, table.length() / table.endpointDistance(), SAMPLED, "a sampled geodesic");
    }

    @Test
    void malformedTablesAreNamed(@TempDir Path dir) throws IOException {
        Path notStarting = dir.resolve("a.csv");
        Files.writeString(notStarting, "t,alphaBar\n0.1,1\n1,0\n");
        assertThrows(InvalidInputException.class, () -> ScheduleTableFile.read(notStarting));
        Path outOfRange = dir.resolve("b.csv");
        Files.writeString(outOfRange, "t,alphaBar\n0,1.2\n1,0\n");
        assertThrows(InvalidInputException.class, () -> ScheduleTableFile.read(outOfRange));
        Path text = dir.resolve("c.csv");
        Files.writeString(text, "t,alphaBar\n0,one\n1,0\n");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ScheduleTableFile.read(text));
        assertEquals(true, e.getMessage().contains("line 2"), e.getMessage());
        Path backwards = dir.resolve("d.csv");
        Files.writeString(backwards, "t,alphaBar\n0,1\n0.5,0.5\n0.4,0.4\n1,0\n");
        assertThrows(InvalidInputException.class, () -> ScheduleTableFile.read(backwards));
    }
}
