package org.fisherscope.figure;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a figure's metadata into a PDF's document information dictionary. OrsonPDF's own
 * dictionary holds only Title, Author and Producer, so a new one is appended as an incremental
 * update (ISO 32000-1, 7.5.6): a new object, a one-entry cross-reference section and a trailer
 * whose /Prev points at the original one. Readers take the newest /Info.
 */
final class PdfInfo {

    private static final Pattern ROOT = Pattern.compile("/Root\\s+(\\d+)\\s+(\\d+)\\s+R");
    private static final Pattern SIZE = Pattern.compile("/Size\\s+(\\d+)");
    private static final Pattern STARTXREF = Pattern.compile("startxref\\s+(\\d+)");
    private static final Pattern PRODUCER = Pattern.compile("/Producer\\s+(\\([^)\\\\]*\\))");
    private static final DateTimeFormatter PDF_DATE = DateTimeFormatter.ofPattern("'D:'yyyyMMddHHmmss'Z'");

    private PdfInfo() {
    }

    /**
     * Appends an information dictionary with Title, Author and Creator ("Fisherscope
     * &lt;version&gt;"), Subject (the description), the original Producer, CreationDate, and
     * two Fisherscope keys, FisherscopeCommand and FisherscopeConventions (one per line).
     */
    static byte[] appendInfo(byte[] pdf, FigureMetadata meta) {
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        int trailerAt = text.lastIndexOf("trailer");
        if (trailerAt < 0) {
            throw new IllegalStateException("PDF from OrsonPDF has no trailer");
        }
        String trailer = text.substring(trailerAt);
        Matcher root = find(ROOT, trailer);
        int size = Integer.parseInt(find(SIZE, trailer).group(1));
        long previousXref = Long.parseLong(find(STARTXREF, trailer).group(1));

        Map<String, String> info = new LinkedHashMap<>();
        info.put("Title", literal(meta.title()));
        info.put("Author", literal(meta.software()));
        info.put("Subject", literal(meta.description()));
        info.put("Creator", literal(meta.software()));
        Matcher producer = PRODUCER.matcher(text);
        if (producer.find()) {
            info.put("Producer", producer.group(1));
        }
        info.put("CreationDate", literal(PDF_DATE.format(ZonedDateTime.now(ZoneOffset.UTC))));
        info.put("FisherscopeCommand", literal(meta.commandLine()));
        info.put("FisherscopeConventions", literal(String.join("\n", meta.conventions())));

        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
        out.writeBytes(pdf);
        if (pdf.length == 0 || pdf[pdf.length - 1] != '\n') {
            out.writeBytes(ascii("\n"));
        }
        int objectNumber = size;
        long objectOffset = out.size();
        StringBuilder object = new StringBuilder().append(objectNumber).append(" 0 obj\n<<");
        info.forEach((key, value) -> object.append("\n/").append(key).append(' ').append(value));
        object.append("\n>>\nendobj\n");
        out.writeBytes(ascii(object.toString()));
        long xrefOffset = out.size();
        // Each cross-reference entry is exactly 20 bytes: 10-digit offset, generation, 'n', EOL.
        String entry = String.format(Locale.ROOT, "%010d 00000 n \n", objectOffset);
        String update = "xref\n" + objectNumber + " 1\n" + entry
                + "trailer\n<< /Size " + (objectNumber + 1) + " /Root " + root.group(1) + " " + root.group(2)
                + " R /Info " + objectNumber + " 0 R /Prev " + previousXref + " >>\n"
                + "startxref\n" + xrefOffset + "\n%%EOF\n";
        out.writeBytes(ascii(update));
        return out.toByteArray();
    }

    /** {@code text} as a PDF literal string, parentheses included. */
    static String literal(String text) {
        return "(" + literalBody(text) + ")";
    }

    /**
     * The inside of a PDF literal string for {@code text}, in ASCII only. Printable ASCII text is
     * kept readable with \, ( and ) escaped; any other text is written as UTF-16BE with a byte
     * order mark in octal escapes, the PDF text-string encoding for Unicode.
     */
    static String literalBody(String text) {
        if (text.chars().allMatch(c -> (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\r' || c == '\t')) {
            StringBuilder out = new StringBuilder();
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '\\', '(', ')' -> out.append('\\').append(c);
                    case '\n' -> out.append("\\n");
                    case '\r' -> out.append("\\r");
                    case '\t' -> out.append("\\t");
                    default -> out.append(c);
                }
            }
            return out.toString();
        }
        StringBuilder out = new StringBuilder("\\376\\377");
        for (byte b : text.getBytes(StandardCharsets.UTF_16BE)) {
            int v = b & 0xFF;
            if (v >= 0x20 && v < 0x7F && v != '\\' && v != '(' && v != ')') {
                out.append((char) v);
            } else {
                out.append(String.format(Locale.ROOT, "\\%03o", v));
            }
        }
        return out.toString();
    }

    // The trailer section holds each key once, so the first match is the one.
    private static Matcher find(Pattern pattern, String trailer) {
        Matcher m = pattern.matcher(trailer);
        if (!m.find()) {
            throw new IllegalStateException("PDF trailer from OrsonPDF lacks " + pattern.pattern());
        }
        return m;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
