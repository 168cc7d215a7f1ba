package org.fisherscope.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LegendFileTest {

    @TempDir
    Path folder;

    private static final String ESRI = """
            # the default legend, written out
            code,name,group,markov,absorbing,colour
            1,Water,none,yes,no,#419bdf
            2,Trees,commons,yes,no,#397d49
            4,Flooded vegetation,commons,yes,no,
            5,Crops,agrarian,yes,no,
            7,Built area,capital,yes,yes,#c4281b
            8,Bare ground,capital,yes,no,
            9,Snow/ice,none,no,no,
            10,Clouds,none,no,no,
            11,Rangeland,commons,yes,no,
            """;

    @Test
    void theDefaultLegendWrittenOutReadsBackTheSame() throws Exception {
        Path file = folder.resolve("legend.csv");
        Files.writeString(file, ESRI);
        Legend read = LegendFile.read(file);
        Legend esri = Legend.esri();
        assertEquals(esri.names(), read.names());
        assertEquals(esri.commons(), read.commons());
        assertEquals(esri.agrarian(), read.agrarian());
        assertEquals(esri.capital(), read.capital());
        assertEquals(esri.markovClasses(), read.markovClasses());
        assertEquals(esri.absorbing(), read.absorbing());
        assertEquals("#419bdf", read.colours().get(1));
    }

    @Test
    void mistakesNameTheLine() throws Exception {
        for (String[] bad : List.of(
                new String[] {ESRI.replace("11,Rangeland", "2,Rangeland"), "listed twice"},
                new String[] {ESRI.replace("commons,yes,no,#397d49", "forest,yes,no,#397d49"), "group"},
                new String[] {ESRI.replace("8,Bare ground,capital,yes,no", "8,Bare ground,capital,yes,yes"),
                    "exactly one"},
                new String[] {ESRI.replace("5,Crops,agrarian", "5,Crops,none"), "each simplex group"},
                new String[] {ESRI.replace("#419bdf", "blue"), "colour"},
                new String[] {ESRI.replace("code,name", "kode,name"), "code"})) {
            Path file = folder.resolve("bad.csv");
            Files.writeString(file, bad[0]);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> LegendFile.read(file));
            assertTrue(e.getMessage().contains(bad[1]), e.getMessage());
        }
    }
}
