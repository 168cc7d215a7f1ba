package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import org.fisherscope.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PdfExportTest {

    private static final Pattern MEDIA_BOX = Pattern.compile(
            "/MediaBox\\s*\\[\\s*([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s+([-\\d.]+)\\s*\\]");

    /** OrsonPDF writes colour components as floats, about 7 significant digits. */
    private static final double COLOUR_TOLERANCE = 1e-6;

    @TempDir
    Path dir;

    @Test
    void fileIsAPdfWithTheFigureInfo() throws Exception {
        Path file = dir.resolve("figure.pdf");
        FigureExporter.export(new TestFigure(), file, new ExportOptions(400, 300, 144));
        String pdf = Files.readString(file, StandardCharsets.ISO_8859_1);

        assertTrue(pdf.startsWith("%PDF-"), "header");
        assertTrue(pdf.stripTrailing().endsWith("%%EOF"), "end marker");

        String info = newestInfo(pdf);
        assertTrue(info.contains("/Title " + PdfInfo.literal(TestFigure.TITLE)), info);
        assertTrue(info.contains("/Author (Fisherscope " + Version.get() + ")"), info);
        assertTrue(info.contains("/FisherscopeCommand (" + TestFigure.COMMAND + ")"), info);
        assertTrue(info.contains("/FisherscopeConventions (" + TestFigure.CONVENTION + ")"), info);
        assertEquals(TestFigure.DESCRIPTION, decodeLiteral(value(info, "Subject")), "Greek subject as UTF-16");
        assertTrue(pdf.indexOf("/Title " + PdfInfo.literal(TestFigure.TITLE)) < pdf.lastIndexOf("trailer"),
                "OrsonPDF's own Info, in the first revision, has the escaped title too");
    }

    @Test
    void pageContentFillsWithTheRectangleColourAndDrawsTextAsOutlines() throws Exception {
        String content = pageContent(PdfExport.bytes(new TestFigure(), new ExportOptions(400, 300, 144)));
        Matcher fill = Pattern.compile("([\\d.]+)\\s+([\\d.]+)\\s+([\\d.]+)\\s+rg").matcher(content);
        float[] expected = TestFigure.FILL.getRGBColorComponents(null);
        boolean found = false;
        while (fill.find()) {
            boolean same = true;
            for (int i = 0; i < 3; i++) {
                same &= Math.abs(Double.parseDouble(fill.group(i + 1)) - expected[i]) < COLOUR_TOLERANCE;
            }
            found |= same;
        }
        assertTrue(found, "a fill colour equal to the rectangle's");
        assertTrue(content.contains("0.75 0 0 0.75 0 0 cm"), "CSS pixels scaled to points");
        assertFalse(content.contains("BT"), "no text objects: glyphs are drawn as outlines");
    }

    @ParameterizedTest(name = "{0} x {1} CSS px -> {2} x {3} pt")
    @CsvSource({
        // 0.75 pt per CSS px, rounded to whole points: 401 × 0.75 = 300.75, 301 × 0.75 = 225.75
        "1000, 700, 750, 525",
        " 400, 300, 300, 225",
        " 401, 301, 301, 226",
    })
    void pageHasTheFigureSizeInPoints(int width, int height, double pageWidth, double pageHeight) {
        String pdf = new String(PdfExport.bytes(new TestFigure(), new ExportOptions(width, height, 144)),
                StandardCharsets.ISO_8859_1);
        Matcher box = MEDIA_BOX.matcher(pdf);
        assertTrue(box.find(), "a MediaBox");
        assertEquals(0.0, Double.parseDouble(box.group(1)));
        assertEquals(0.0, Double.parseDouble(box.group(2)));
        assertEquals(pageWidth, Double.parseDouble(box.group(3)));
        assertEquals(pageHeight, Double.parseDouble(box.group(4)));
        assertFalse(box.find(), "one page");
    }

    @ParameterizedTest
    @ValueSource(strings = {"plain", "un(balanced", "back\\slash)", "σ = 1 (Fisher–Rao)", "line\nbreak\ttab",
        ""})
    void literalStringsRoundTrip(String text) {
        String literal = PdfInfo.literal(text);
        assertTrue(literal.chars().allMatch(c -> c >= 0x20 && c < 0x7F), "ASCII only: " + literal);
        assertEquals(text, decodeLiteral(literal));
    }

    /** The first (only) page content stream, inflated. */
    private static String pageContent(byte[] pdf) throws Exception {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int start = text.indexOf("stream\n") + "stream\n".length();
        int end = text.indexOf("endstream", start);
        Inflater inflater = new Inflater();
        inflater.setInput(pdf, start, end - start);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        while (!inflater.finished()) {
            int n = inflater.inflate(buffer);
            assertTrue(n > 0 || inflater.finished(), "stream inflates");
            out.write(buffer, 0, n);
        }
        inflater.end();
        return out.toString(StandardCharsets.ISO_8859_1);
    }

    /**
     * Follows the last trailer's /Info reference through the cross-reference section that
     * startxref points at, so wrong offsets in the appended update fail the test.
     */
    private static String newestInfo(String pdf) {
        int trailerAt = pdf.lastIndexOf("trailer");
        String trailer = pdf.substring(trailerAt);
        Matcher startxref = Pattern.compile("startxref\\s+(\\d+)").matcher(trailer);
        assertTrue(startxref.find());
        int xrefAt = Integer.parseInt(startxref.group(1));
        assertTrue(pdf.startsWith("xref", xrefAt), "startxref points at an xref section");

        Matcher infoRef = Pattern.compile("/Info\\s+(\\d+)\\s+0\\s+R").matcher(trailer);
        assertTrue(infoRef.find(), "trailer names an /Info");
        int number = Integer.parseInt(infoRef.group(1));
        Matcher section = Pattern.compile("xref\\s+(\\d+)\\s+(\\d+)\\s+").matcher(pdf);
        assertTrue(section.find(xrefAt));
        int first = Integer.parseInt(section.group(1));
        int count = Integer.parseInt(section.group(2));
        assertTrue(number >= first && number < first + count, "the Info object is in the newest section");
        int entryAt = section.end() + 20 * (number - first);
        int objectAt = Integer.parseInt(pdf.substring(entryAt, entryAt + 10));
        assertTrue(pdf.startsWith(number + " 0 obj", objectAt), "xref offset points at the Info object");
        Matcher prev = Pattern.compile("/Prev\\s+(\\d+)").matcher(trailer);
        assertTrue(prev.find());
        assertTrue(pdf.startsWith("xref", Integer.parseInt(prev.group(1))), "/Prev points at the first xref");
        return pdf.substring(objectAt, pdf.indexOf("endobj", objectAt));
    }

    private static String value(String dictionary, String key) {
        Matcher m = Pattern.compile("/" + key + " (\\((?:\\\\.|[^\\\\)])*\\))").matcher(dictionary);
        assertTrue(m.find(), key);
        return m.group(1);
    }

    /** Decodes a PDF literal string (escapes per ISO 32000-1 7.3.4.2; UTF-16BE if it has a BOM). */
    private static String decodeLiteral(String literal) {
        assertTrue(literal.startsWith("(") && literal.endsWith(")"));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 1; i < literal.length() - 1; i++) {
            char c = literal.charAt(i);
            if (c != '\\') {
                bytes.write(c);
                continue;
            }
            char next = literal.charAt(++i);
            switch (next) {
                case 'n' -> bytes.write('\n');
                case 'r' -> bytes.write('\r');
                case 't' -> bytes.write('\t');
                case '\\', '(', ')' -> bytes.write(next);
                default -> {
                    int end = i;
                    while (end < i + 3 && Character.isDigit(literal.charAt(end))) {
                        end++;
                    }
                    bytes.write(Integer.parseInt(literal.substring(i, end), 8));
                    i = end - 1;
                }
            }
        }
        byte[] raw = bytes.toByteArray();
        if (raw.length >= 2 && (raw[0] & 0xFF) == 0xFE && (raw[1] & 0xFF) == 0xFF) {
            return new String(raw, 2, raw.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(raw, StandardCharsets.ISO_8859_1);
    }
}
