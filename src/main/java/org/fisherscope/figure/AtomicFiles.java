package org.fisherscope.figure;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;
import org.fisherscope.geometry.InvalidInputException;

/**
 * Writes files so that a reader sees either the old file or the complete new one, never a
 * half-written one: the content goes to a hidden temporary file in the target's folder, is
 * flushed to disk and then moved over the target. On any failure the temporary file is deleted
 * and an existing target is left untouched.
 */
public final class AtomicFiles {

    /** Writes content to a stream; may throw {@link IOException}. */
    @FunctionalInterface
    public interface IOConsumer<T> {
        void accept(T value) throws IOException;
    }

    private static final int NAME_ATTEMPTS = 16;

    private AtomicFiles() {
    }

    /**
     * Writes {@code target} through {@code writer}, atomically where the file system allows.
     * The folder must exist: it is not created, because a mistyped folder should be reported,
     * not silently made.
     *
     * @throws InvalidInputException if the target's folder does not exist or the target is a folder
     * @throws IOException if writing or moving fails (the target is then unchanged)
     */
    public static void write(Path target, IOConsumer<OutputStream> writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        Path folder = absolute.getParent();
        if (folder == null || !Files.isDirectory(folder)) {
            throw new InvalidInputException("cannot write " + target + ": the folder " + folder
                    + " does not exist; create it or choose an existing folder");
        }
        if (Files.isDirectory(absolute)) {
            throw new InvalidInputException("cannot write " + target + ": it is a folder; give a file name");
        }
        Path temporary = createTemporary(folder, absolute.getFileName().toString());
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel))) {
                writer.accept(out);
                out.flush();
                channel.force(true);
            }
            moveIntoPlace(temporary, absolute);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    // Not Files.createTempFile: that makes the file owner-only (0600) on POSIX, and the moved
    // export would keep those permissions instead of the user's usual ones.
    private static Path createTemporary(Path folder, String name) throws IOException {
        for (int attempt = 0; ; attempt++) {
            String suffix = Long.toUnsignedString(ThreadLocalRandom.current().nextLong(), 36);
            Path candidate = folder.resolve("." + name + "." + suffix + ".tmp");
            try {
                Files.newOutputStream(candidate, StandardOpenOption.CREATE_NEW).close();
                return candidate;
            } catch (FileAlreadyExistsException e) {
                if (attempt >= NAME_ATTEMPTS) {
                    throw e;
                }
            }
        }
    }

    private static void moveIntoPlace(Path temporary, Path target) throws IOException {
        try {
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    // Cleanup must not hide the failure that caused it.
    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // the original exception is more useful to the user than this one
        }
    }
}
