package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FigureExporterTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"a.png, PNG", "A.PNG, PNG", "b.Svg, SVG", "c.tar.pdf, PDF"})
    void formatFollowsExtensionIgnoringCase(String name, ExportFormat format) {
        assertEquals(format, ExportFormat.of(Path.of(name)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"figure.jpg", "figure", "figure.", "png", "figure.png.bak"})
    void unknownExtensionIsRejectedNamingTheAccepted(String name) {
        Path target = dir.resolve(name);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FigureExporter.export(new TestFigure(), target, ExportOptions.DEFAULT));
        assertTrue(e.getMessage().contains(".png, .svg, .pdf"), e.getMessage());
        assertFalse(Files.exists(target));
    }

    @Test
    void upperCaseExtensionWritesThatFormat() throws IOException {
        Path target = dir.resolve("FIGURE.PNG");
        FigureExporter.export(new TestFigure(), target, new ExportOptions(200, 240, 96));
        byte[] head = Arrays.copyOf(Files.readAllBytes(target), PNG_SIGNATURE.length);
        assertArrayEquals(PNG_SIGNATURE, head);
    }

    @ParameterizedTest(name = "{0} x {1} at {2} dpi")
    @CsvSource({
        "0, 700, 144", "1000, -5, 144", "15, 700, 144", "20001, 700, 144",
        "1000, 700, 0", "1000, 700, 23", "1000, 700, 1201",
    })
    void outOfRangeOptionsAreRejected(int width, int height, int dpi) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new ExportOptions(width, height, dpi));
        assertTrue(e.getMessage().contains("must be from"), e.getMessage());
    }

    @Test
    void tooLargePngIsRejectedBeforeWritingAndLeavesOldFile() throws IOException {
        Path target = dir.resolve("big.png");
        byte[] old = "old".getBytes(StandardCharsets.UTF_8);
        Files.write(target, old);
        // 20000 CSS px at 144 dpi is 30000 px a side, over the 20000 px limit
        ExportOptions huge = new ExportOptions(20_000, 1_000, 144);
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> FigureExporter.export(new TestFigure(), target, huge));
        assertTrue(e.getMessage().contains("30000 x 1500 pixels"), e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(target));
    }

    @Test
    void tooManyPngPixelsAreRejected() {
        // At 96 dpi pixels equal CSS px: 10000 × 10000 is exactly the 1e8-pixel limit, one more column is over
        assertEquals(10_000, new ExportOptions(10_000, 10_000, 96).pngWidth());
        new ExportOptions(10_000, 10_000, 96).checkPngSize();
        assertThrows(InvalidInputException.class, () -> new ExportOptions(10_001, 10_000, 96).checkPngSize());
    }

    @Test
    void missingFolderIsInvalidInput() {
        Path target = dir.resolve("missing").resolve("figure.svg");
        assertThrows(InvalidInputException.class,
                () -> FigureExporter.export(new TestFigure(), target, ExportOptions.DEFAULT));
    }

    @Test
    void defaultsAreDocumentedValues() {
        assertEquals(new ExportOptions(1000, 700, 144), ExportOptions.DEFAULT);
        assertEquals(1500, ExportOptions.DEFAULT.pngWidth());
        assertEquals(1050, ExportOptions.DEFAULT.pngHeight());
    }
}
