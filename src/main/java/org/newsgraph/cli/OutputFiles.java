package org.newsgraph.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.function.Consumer;
import org.newsgraph.NewsgraphException;

/**
 * Writes command output so that a failure leaves nothing half-written: to a temporary file first,
 * then moved over the target, or copied to standard output only once complete. Files are created with
 * the default permissions less the umask, like any other program's output ({@code Files.createTempFile}
 * would make them 0600, unreadable to the group whatever the umask says).
 */
final class OutputFiles {
    private OutputFiles() {
    }

    /** Writes {@code target} atomically. */
    static void write(Path target, Consumer<OutputStream> writer) {
        Path parent = target.toAbsolutePath().getParent();
        try {
            Files.createDirectories(parent);
            Path tmp = writeTemporary(parent, writer);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new NewsgraphException(target + ": cannot write: " + e.getMessage(), e);
        }
    }

    /**
     * Writes to {@code out} only when {@code writer} finished: a failing export to standard output
     * used to leave megabytes of partial RDF in a pipe, which the next program took for the whole.
     */
    static void writeWhole(OutputStream out, Consumer<OutputStream> writer) {
        Path tmp = null;
        try {
            tmp = writeTemporary(Path.of(System.getProperty("java.io.tmpdir")), writer);
            Files.copy(tmp, out);
            out.flush();
        } catch (IOException e) {
            throw new NewsgraphException("cannot write the output: " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    private static Path writeTemporary(Path folder, Consumer<OutputStream> writer) throws IOException {
        Path tmp = folder.resolve(".newsgraph-" + UUID.randomUUID() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
            writer.accept(out);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(tmp);
            throw e;
        }
        return tmp;
    }

    private static void deleteQuietly(Path file) {
        if (file != null) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException ignored) {
                // a leftover temporary file is not worth failing the command for
            }
        }
    }
}
