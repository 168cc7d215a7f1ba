package org.fisherscope.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A notice must say its words in every format, including SVG, where glyph-vector text used to vanish. */
class NoticeFigureTest {

    @Test
    void theMessageIsTextInTheSvg() {
        String message = "The percolation figure needs maps; count tables have no cells to connect, so there is nothing"
                + " to label here, and this sentence is long enough to wrap onto a second line.";
        NoticeFigure notice = new NoticeFigure("Not available", message, FigureTheme.LIGHT,
                new FigureMetadata("Not available", "", List.of(), "fisherscope gui"));
        String svg = SvgExport.document(notice, ExportOptions.DEFAULT);
        assertTrue(svg.contains("count tables have"), "first line");
        assertTrue(svg.contains("second line."), "last line");
    }
}
