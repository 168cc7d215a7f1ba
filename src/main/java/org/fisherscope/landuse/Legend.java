package org.fisherscope.landuse;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Land-cover classes by raster code, the three simplex groups and the classes of the Markov chain.
 * The default is the Esri/Impact Observatory 10 m annual legend with the grouping of DESIGN.md:
 * Commons = {Trees, Flooded vegetation, Rangeland}, Agrarian = {Crops}, Capital = {Built area, Bare
 * ground}; water, snow/ice and clouds stay out of the simplex; the chain runs over the seven land and
 * water classes with Built area absorbing. Codes outside the legend are no-data.
 */
public record Legend(Map<Integer, String> names, Map<Integer, String> colours, List<Integer> commons,
                     List<Integer> agrarian, List<Integer> capital, List<Integer> markovClasses, int absorbing) {

    /** Raster codes are 8- or 16-bit class codes. */
    public static final int MAX_CODE = 65535;

    public Legend {
        names = Map.copyOf(names);
        colours = Map.copyOf(colours);
        commons = List.copyOf(commons);
        agrarian = List.copyOf(agrarian);
        capital = List.copyOf(capital);
        markovClasses = List.copyOf(markovClasses);
        for (List<Integer> group : List.of(commons, agrarian, capital, markovClasses)) {
            for (int code : group) {
                if (!names.containsKey(code)) {
                    throw new InvalidInputException("legend: code " + code + " is used in a group but has no class name");
                }
            }
        }
        if (!markovClasses.contains(absorbing)) {
            throw new InvalidInputException("legend: the absorbing class " + absorbing + " is not a Markov class");
        }
    }

    /** The Esri/Impact Observatory legend and the grouping of DESIGN.md. */
    public static Legend esri() {
        Map<Integer, String> names = new LinkedHashMap<>();
        names.put(1, "Water");
        names.put(2, "Trees");
        names.put(4, "Flooded vegetation");
        names.put(5, "Crops");
        names.put(7, "Built area");
        names.put(8, "Bare ground");
        names.put(9, "Snow/ice");
        names.put(10, "Clouds");
        names.put(11, "Rangeland");
        // The Esri land-cover palette.
        Map<Integer, String> colours = Map.of(1, "#419bdf", 2, "#397d49", 4, "#7a87c6", 5, "#e49635", 7, "#c4281b",
                8, "#a59b8f", 9, "#a8ebff", 10, "#616161", 11, "#e3e2c3");
        return new Legend(names, colours, List.of(2, 4, 11), List.of(5), List.of(7, 8), List.of(1, 2, 4, 5, 7, 8, 11), 7);
    }

    /** The class name of a code, or null if the code is no-data. */
    public String name(int code) {
        return names.get(code);
    }

    /** Simplex shares (Commons, Agrarian, Capital) from counts indexed by code; NaN-free. */
    public double[] shares(long[] counts) {
        double c = sum(counts, commons);
        double a = sum(counts, agrarian);
        double k = sum(counts, capital);
        double total = c + a + k;
        if (total == 0) {
            throw new InvalidInputException("no pixel of the three simplex groups (Commons, Agrarian, Capital) in this year");
        }
        return new double[] {c / total, a / total, k / total};
    }

    /** The distribution over the Markov classes (in their order) from counts indexed by code. */
    public double[] markovDistribution(long[] counts) {
        double total = sum(counts, markovClasses);
        if (total == 0) {
            throw new InvalidInputException("no pixel of the Markov classes in this year");
        }
        double[] p = new double[markovClasses.size()];
        for (int i = 0; i < p.length; i++) {
            int code = markovClasses.get(i);
            p[i] = code < counts.length ? counts[code] / total : 0;
        }
        return p;
    }

    private static double sum(long[] counts, List<Integer> codes) {
        double s = 0;
        for (int code : codes) {
            if (code < counts.length) {
                s += counts[code];
            }
        }
        return s;
    }
}
