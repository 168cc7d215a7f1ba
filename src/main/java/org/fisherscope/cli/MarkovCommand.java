package org.fisherscope.cli;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.fisherscope.geometry.markov.AbsorbingChain;
import org.fisherscope.geometry.markov.AbsorptionResult;
import org.fisherscope.io.LabelledMatrix;
import org.fisherscope.io.LabelledMatrixCsv;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code markov}: the absorbing-chain analysis of a row-stochastic matrix read from CSV. */
@Command(name = "markov", mixinStandardHelpOptions = true,
        description = {"Absorbing Markov chain: fundamental matrix N = (I − Q)⁻¹, expected steps to absorption N·1,"
            + " their variance (2N − I)t − t∘t and absorption probabilities N·R.",
            "The CSV's header row is a label cell then the state names; each row starts with its state's name."})
final class MarkovCommand implements Callable<Integer> {

    @Option(names = "--matrix", required = true, paramLabel = "FILE.csv", description = "Row-stochastic matrix.")
    Path matrix;

    @Option(names = "--absorbing", required = true, split = ",", paramLabel = "NAME[,NAME]",
            description = "Absorbing states, by name.")
    List<String> absorbing;

    @Option(names = "--json", description = "Print one JSON object.")
    boolean json;

    @Override
    public Integer call() {
        LabelledMatrix m = LabelledMatrixCsv.read(matrix);
        AbsorptionResult r = new AbsorbingChain(m.names(), m.values(), absorbing).solve();
        List<String> transients = r.transientStates();
        List<String> absorbers = r.absorbingStates();
        Map<String, Object> out = Json.object();
        out.put("states", r.states());
        out.put("absorbing", absorbers);
        out.put("transient", transients);
        out.put("fundamental", byName(transients, transients, r.fundamental()));
        out.put("expectedSteps", byName(transients, r.expectedSteps()));
        out.put("variance", byName(transients, r.variance()));
        out.put("absorptionProbabilities", byName(transients, absorbers, r.absorptionProbabilities()));
        if (json) {
            System.out.println(Json.write(out));
        } else {
            printTable(r);
        }
        return 0;
    }

    private static Map<String, Object> byName(List<String> names, double[] values) {
        Map<String, Object> map = Json.object();
        for (int i = 0; i < names.size(); i++) {
            map.put(names.get(i), values[i]);
        }
        return map;
    }

    private static Map<String, Object> byName(List<String> rows, List<String> columns, double[][] values) {
        Map<String, Object> map = Json.object();
        for (int i = 0; i < rows.size(); i++) {
            map.put(rows.get(i), byName(columns, values[i]));
        }
        return map;
    }

    private static void printTable(AbsorptionResult r) {
        List<String> absorbers = r.absorbingStates();
        int width = Math.max(12, r.transientStates().stream().mapToInt(String::length).max().orElse(0) + 2);
        StringBuilder header = new StringBuilder(String.format("%-" + width + "s%16s%16s", "from", "E[steps]",
                "Var[steps]"));
        absorbers.forEach(a -> header.append(String.format("%16s", "P(→" + a + ")")));
        System.out.println(header);
        for (int i = 0; i < r.transientStates().size(); i++) {
            StringBuilder row = new StringBuilder(String.format("%-" + width + "s%16.8g%16.8g",
                    r.transientStates().get(i), r.expectedSteps()[i], r.variance()[i]));
            Arrays.stream(r.absorptionProbabilities()[i]).forEach(p -> row.append(String.format("%16.8g", p)));
            System.out.println(row);
        }
    }
}
