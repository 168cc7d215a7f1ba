package org.fisherscope.cli;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.fisherscope.Version;
import org.fisherscope.figure.AtomicFiles;
import org.fisherscope.geometry.InvalidInputException;
import org.fisherscope.landuse.LandUseAnalysis;
import org.fisherscope.landuse.Legend;

/**
 * Writes the count tables of a raster analysis, the form {@code landuse --input counts.csv,transitions.csv}
 * reads back: {@code counts.csv} ({@code year,class,count}, every legend class of every year, zeros
 * included; no-data cells are not a class) and {@code transitions.csv} ({@code from,to,count,period}, the
 * full Markov-class matrix of every period). Classes are written by legend name; {@code #} lines say
 * what made the file. Each file is written to a temporary name and moved into place.
 */
final class LandUseTableWriter {

    static final String COUNTS = "counts.csv";
    static final String TRANSITIONS = "transitions.csv";

    private LandUseTableWriter() {
    }

    static void write(LandUseAnalysis.Result result, Path folder, String commandLine) throws IOException {
        if (result.perYear().get(0).percolation() == null) {
            throw new InvalidInputException("--write-tables derives the tables from rasters; the input is already"
                    + " tables");
        }
        Legend legend = result.legend();
        List<Integer> codes = legend.names().keySet().stream().sorted().toList();
        AtomicFiles.write(folder.resolve(COUNTS), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            header(w, "pixels of each legend class per year (no-data cells left out)", commandLine);
            w.write("year,class,count\n");
            for (LandUseAnalysis.YearResult y : result.perYear()) {
                for (int code : codes) {
                    w.write(y.year() + "," + cell(legend.name(code)) + "," + y.classCounts()[code] + "\n");
                }
            }
            w.flush();
        });
        AtomicFiles.write(folder.resolve(TRANSITIONS), out -> {
            Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            header(w, "pixel transitions between the Markov classes per period (a pixel counts only if it is a"
                    + " Markov class in both years)", commandLine);
            w.write("from,to,count,period\n");
            List<Integer> states = legend.markovClasses();
            for (LandUseAnalysis.PeriodCounts p : result.periods()) {
                for (int i = 0; i < states.size(); i++) {
                    for (int j = 0; j < states.size(); j++) {
                        w.write(cell(legend.name(states.get(i))) + "," + cell(legend.name(states.get(j))) + ","
                                + p.counts()[i][j] + "," + p.from() + "-" + p.to() + "\n");
                    }
                }
            }
            w.flush();
        });
    }

    private static void header(Writer w, String what, String commandLine) throws IOException {
        w.write("# " + what + "\n");
        w.write("# made by Fisherscope " + Version.get() + ": " + commandLine + "\n");
    }

    /** A CSV cell: quoted when it holds a comma or a quote. */
    private static String cell(String text) {
        if (text.contains(",") || text.contains("\"")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }
}
