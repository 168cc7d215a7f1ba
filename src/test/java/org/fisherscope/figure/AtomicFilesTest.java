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
import java.util.List;
import java.util.stream.Stream;
import org.fisherscope.geometry.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    private static final byte[] OLD = "old content\n".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;

    @Test
    void writesNewFileAndReplacesExistingOne() throws IOException {
        Path target = dir.resolve("table.csv");
        AtomicFiles.write(target, out -> out.write(OLD));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        AtomicFiles.write(target, out -> out.write("new".getBytes(StandardCharsets.UTF_8)));
        assertEquals("new", Files.readString(target));
        assertEquals(List.of(target), listing(), "no temporary files remain");
    }

    @Test
    void failingWriterLeavesExistingFileAndNoTemporary() throws IOException {
        Path target = dir.resolve("figure.png");
        Files.write(target, OLD);
        IOException failure = new IOException("disk full, say");
        IOException thrown = assertThrows(IOException.class, () -> AtomicFiles.write(target, out -> {
            out.write(new byte[100_000]); // past the buffer, so bytes really reach the temporary file
            throw failure;
        }));
        assertEquals(failure, thrown);
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void runtimeFailureAlsoCleansUp() throws IOException {
        Path target = dir.resolve("figure.svg");
        Files.write(target, OLD);
        assertThrows(IllegalStateException.class, () -> AtomicFiles.write(target, out -> {
            out.write(1);
            throw new IllegalStateException("bug in a painter");
        }));
        assertArrayEquals(OLD, Files.readAllBytes(target));
        assertEquals(List.of(target), listing());
    }

    @Test
    void missingFolderIsInvalidInputNamingTheFolder() {
        Path missing = dir.resolve("no-such-folder");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> AtomicFiles.write(missing.resolve("figure.pdf"), out -> out.write(OLD)));
        assertTrue(e.getMessage().contains(missing.toString()), e.getMessage());
        assertFalse(Files.exists(missing), "the folder is not created");
    }

    @Test
    void folderAsTargetIsInvalidInput() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out.png"));
        assertThrows(InvalidInputException.class, () -> AtomicFiles.write(folder, out -> out.write(OLD)));
    }

    private List<Path> listing() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        }
    }
}
