package org.fisherscope.app.landuse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Rectangle;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a set of dropped or chosen paths opens as. */
class LandUseInputTest {

    @TempDir
    Path dir;

    private String refusal(List<Path> paths) {
        return assertThrows(InvalidInputException.class, () -> LandUseInput.of(paths)).getMessage();
    }

    @Test
    void aFolderRastersOrTablesOpenAsSuch() throws Exception {
        assertEquals(LandUseInput.Kind.FOLDER, LandUseInput.of(List.of(dir)).kind());
        assertEquals(LandUseInput.Kind.RASTERS, LandUseInput.of(List.of(dir.resolve("a_2017.tif"),
                dir.resolve("b_2018.ASC"))).kind());
        assertEquals(LandUseInput.Kind.TABLES, LandUseInput.of(List.of(dir.resolve("counts.csv"),
                dir.resolve("transitions.CSV"))).kind());
    }

    @Test
    void mixturesAndOtherFilesAreRefusedSayingWhatIsAccepted() throws Exception {
        assertTrue(refusal(List.of(dir.resolve("a_2017.tif"), dir.resolve("counts.csv"))).contains("not both"));
        assertTrue(refusal(List.of(dir.resolve("notes.txt"), dir.resolve("a.tif"))).contains("notes.txt is neither"));
        assertTrue(refusal(List.of(dir.resolve("a_2017.tif"))).contains("at least two years"));
        Path sub = Files.createDirectory(dir.resolve("sub"));
        assertTrue(refusal(List.of(sub, dir.resolve("a_2017.tif"))).contains("sub is a folder"));
        assertTrue(refusal(List.of()).contains("nothing to open"));
    }

    @Test
    void theCommandLineCarriesTheWindow() {
        LandUseInput input = LandUseInput.folder(Path.of("maps")).withWindow(new Rectangle(4, 5, 60, 70));
        assertEquals("--input maps --window 4,5,60,70", input.commandArguments());
        assertEquals("--input maps", input.withWindow(null).commandArguments());
        assertThrows(InvalidInputException.class, () -> new LandUseInput(LandUseInput.Kind.TABLES,
                List.of(Path.of("c.csv")), new Rectangle(0, 0, 20, 20)));
    }
}
