package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.fisherscope.diffusion.CorruptionPreview;
import org.fisherscope.diffusion.FisherPath;
import org.fisherscope.diffusion.FrequencyGrid;
import org.fisherscope.diffusion.LinearSchedule;
import org.fisherscope.diffusion.PowerLaw;
import org.fisherscope.diffusion.Schedule;
import org.fisherscope.diffusion.ScheduleSpec;
import org.fisherscope.diffusion.ShortestPathSchedule;
import org.fisherscope.diffusion.Spectrum;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analysis behind the diffusion figures against independent numbers, and every figure exported and read back. */
class DiffusionFigureTest {

    /** The cumulative curve is summed from per-interval quadratures to 1e-9 of the whole; the global one is 1e-10. */
    private static final double CUMULATIVE_RELATIVE = 1e-8;
    /** Sums of a few hundred doubles of similar size. */
    private static final double SUM_ROUND_OFF = 1e-12;

    @TempDir
    Path dir;

    private static DiffusionAnalysis analyse(Spectrum spectrum, int steps) throws Exception {
        List<Schedule> schedules = ScheduleSpec.parse("spd,linear,cosine,blur");
        return DiffusionAnalysis.compute(new DiffusionAnalysis.Input(spectrum, null, schedules, steps,
                "powerlaw", "spd,linear,cosine,blur", CorruptionPreview.DEFAULT_SEED), DiffusionAnalysis.Progress.NONE,
                () -> false);
    }

    @Test
    void cumulativeLengthEndsAtTheLengthAndSpdIsStraight() throws Exception {
        DiffusionAnalysis a = analyse(PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 1)), 0);
        for (int s = 0; s < 4; s++) {
            DiffusionAnalysis.Curves c = a.curves().get(s);
            double length = a.rows().get(s).length();
            assertEquals(length, c.cumulative()[c.cumulative().length - 1], CUMULATIVE_RELATIVE * length,
                    a.schedules().get(s).id() + ": per-interval sum against the global quadrature");
        }
        // REFERENCE.md: SPD 16.004901 on this grid, at constant speed, so its length to t is t · 16.004901.
        DiffusionAnalysis.Curves spd = a.curves().get(0);
        for (int k = 0; k < spd.lengthTimes().length; k++) {
            assertEquals(spd.lengthTimes()[k] * 16.004901, spd.cumulative()[k], 1e-6, "SPD at t = " + spd.lengthTimes()[k]);
        }
        for (double v : spd.speed()) {
            assertEquals(16.004901, v, 1e-6, "SPD's constant speed");
        }
    }

    @Test
    void discreteCurvesAreTheSteps() throws Exception {
        int steps = 40;
        Spectrum spectrum = PowerLaw.CIFAR10.on(FrequencyGrid.of(8, 2));
        DiffusionAnalysis a = analyse(spectrum, steps);
        FisherPath linear = new FisherPath(spectrum, new LinearSchedule());
        DiffusionAnalysis.Curves c = a.curves().get(1);
        assertEquals(linear.discreteLength(steps), c.cumulative()[steps], SUM_ROUND_OFF * c.cumulative()[steps]);
        assertEquals(a.rows().get(1).length(), c.cumulative()[steps], SUM_ROUND_OFF * c.cumulative()[steps]);
        // Step k's speed × 1/N is its own segment distance.
        double d = linear.distance(linear.variances(0.5), linear.variances(0.525));
        assertEquals(d, c.speed()[20] / steps, SUM_ROUND_OFF);
        assertEquals(0.5125, c.speedTimes()[20], 0);
    }

    @Test
    void ringsOfAOneDimensionalGridAreItsFrequencies() throws Exception {
        DiffusionAnalysis a = analyse(PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 1)), 0);
        assertEquals(16, a.rings().size());
        for (int r = 0; r < 16; r++) {
            assertEquals(r + 1, a.rings().radius()[r], 0);
            assertEquals(PowerLaw.CIFAR10.at(r + 1), a.rings().power()[r], 0);
        }
        assertEquals(List.of(1.0, 4.0, 16.0), java.util.Arrays.stream(a.chosenRadii()).boxed().toList());
        assertNull(a.preview(), "1-D: no picture to corrupt");
        assertTrue(a.previewUnavailable().contains("needs an image"));
    }

    @Test
    void csvTablesCarryTheNumbersTheFiguresDraw() throws Exception {
        Spectrum spectrum = PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 1));
        DiffusionAnalysis a = analyse(spectrum, 0);
        double t = 0.5;
        Path speed = dir.resolve("speed.csv");
        DiffusionCsvTables.write(speed, figure(a, DiffusionFigure.View.SPEED, t));
        List<CSVRecord> rows = read(speed);
        CSVRecord last = rows.get(rows.size() - 1);
        assertEquals(1.0, Double.parseDouble(last.get("t")));
        assertEquals(19.650808, Double.parseDouble(last.get("linear_length")), 1e-6, "REFERENCE.md's DDPM linear length");

        Path gains = dir.resolve("gains.csv");
        DiffusionCsvTables.write(gains, figure(a, DiffusionFigure.View.GAINS, t));
        CSVRecord middle = read(gains).get(100);
        assertEquals(0.5, Double.parseDouble(middle.get("t")));
        double s1 = PowerLaw.CIFAR10.at(1);
        assertEquals(Math.sqrt(ShortestPathSchedule.alphaBar(0.5, s1)), Double.parseDouble(middle.get("spd_a_f1")), 1e-15);
        assertEquals(Math.sqrt(1 - Math.exp(-(0.1 * 0.5 + 9.95 * 0.25))), Double.parseDouble(middle.get("linear_sigma_f16")),
                1e-15, "REFERENCE's ᾱ(t) = exp(−(0.1t + 9.95t²)) by hand");

        Path snr = dir.resolve("snr.csv");
        DiffusionCsvTables.write(snr, figure(a, DiffusionFigure.View.SNR, t));
        CSVRecord cell = read(snr).get(0);
        double cellT = Double.parseDouble(cell.get("t"));
        double alpha = ShortestPathSchedule.alphaBar(cellT, s1);
        assertEquals(1, Double.parseDouble(cell.get("radius")));
        assertEquals(Math.log10(alpha * s1 / (1 - alpha)), Double.parseDouble(cell.get("log10_snr")), 1e-12);

        Path marginal = dir.resolve("marginal.csv");
        DiffusionCsvTables.write(marginal, figure(a, DiffusionFigure.View.MARGINAL, t));
        CSVRecord ring4 = read(marginal).get(3);
        assertEquals(Math.pow(PowerLaw.CIFAR10.at(4), 0.5), Double.parseDouble(ring4.get("spd_v_t0.5")), 1e-12,
                "SPD's marginal S^(1−t)");
        assertEquals(PowerLaw.CIFAR10.at(4), Double.parseDouble(ring4.get("spd_v_t0.0")), 1e-12);
    }

    @Test
    void everyViewExportsAndReadsBack() throws Exception {
        DiffusionAnalysis a = analyse(PowerLaw.CIFAR10.on(FrequencyGrid.of(32, 2)), 0);
        assertNotNull(a.preview(), "a 2-D power law previews a sample of its model");
        for (DiffusionFigure.View view : DiffusionFigure.View.values()) {
            DiffusionFigure figure = figure(a, view, 0.3);
            Path svg = dir.resolve(view.id() + ".svg");
            FigureExporter.export(figure, svg, new ExportOptions(900, 600, 96));
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            assertTrue(text.contains("figure diffusion --spectrum powerlaw"), view.id());
            Path png = dir.resolve(view.id() + ".png");
            FigureExporter.export(figure, png, new ExportOptions(900, 600, 96));
            BufferedImage image = ImageIO.read(png.toFile());
            assertEquals(900, image.getWidth());
            assertEquals(600, image.getHeight());
            Path pdf = dir.resolve(view.id() + ".pdf");
            FigureExporter.export(figure, pdf, new ExportOptions(900, 600, 96));
            assertTrue(Files.readString(pdf, StandardCharsets.ISO_8859_1).startsWith("%PDF-"));
            Path csv = dir.resolve(view.id() + ".csv");
            DiffusionCsvTables.write(csv, figure);
            assertTrue(read(csv).size() > 0, view.id() + " has rows");
        }
    }

    @Test
    void framesAtTimeZeroShowTheCleanImage() throws Exception {
        DiffusionAnalysis a = analyse(PowerLaw.CIFAR10.on(FrequencyGrid.of(16, 2)), 0);
        CorruptionPreview preview = a.preview();
        PreviewFrames frames = PreviewFrames.preview(preview, a.schedules().subList(0, 1), 0, true, () -> false);
        BufferedImage clean = PreviewFrames.image(preview.original(), 16, PreviewFrames.range(preview));
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                assertEquals(clean.getRGB(x, y), frames.frame(0, 0).getRGB(x, y));
                assertEquals(clean.getRGB(x, y), frames.frame(1, 0).getRGB(x, y), "signal part = x₀ at t = 0");
            }
        }
        // The clean image spans black to white.
        assertEquals(3, frames.rows());
        PreviewFrames strip = PreviewFrames.strip(preview, a.schedules(), () -> false);
        assertEquals(4, strip.rows());
        assertEquals(11, strip.columns());
    }

    private static DiffusionFigure figure(DiffusionAnalysis a, DiffusionFigure.View view, double t) {
        PreviewFrames frames = null;
        if (a.preview() != null && view == DiffusionFigure.View.PREVIEW) {
            frames = PreviewFrames.preview(a.preview(), a.schedules(), t, true, () -> false);
        } else if (a.preview() != null && view == DiffusionFigure.View.STRIP) {
            frames = PreviewFrames.strip(a.preview(), a.schedules(), () -> false);
        }
        return new DiffusionFigure(a, view, t, 0, true, frames, FigureTheme.LIGHT,
                "fisherscope figure diffusion " + a.input().arguments() + " --view " + view.id());
    }

    private static List<CSVRecord> read(Path csv) throws Exception {
        try (Reader reader = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true).get()
                    .parse(reader).getRecords();
        }
    }
}
