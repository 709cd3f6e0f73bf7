package org.newsgraph.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The file {@code serving.url} in a store directory: the SPARQL endpoint of the {@code serve} that
 * holds the store, written when it starts and removed when it stops. TDB2 lets one process open a
 * store, so while {@code serve} runs the reading commands find the store locked; this file tells them
 * where to ask instead (e.g. {@code http://127.0.0.1:3030/sparql}).
 */
public final class ServingUrl {
    static final String FILE = "serving.url";

    private ServingUrl() {
    }

    /** Writes the file; returns its path, to remove when the server stops. */
    public static Path write(Path store, String sparqlUrl) {
        Path file = store.resolve(FILE);
        try {
            Files.writeString(file, sparqlUrl + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(file + ": cannot write", e);
        }
        return file;
    }

    /** The URL a running serve left in the store directory, if there is one. */
    public static Optional<URI> read(Path store) {
        Path file = store.resolve(FILE);
        try {
            String text = Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8).strip() : "";
            return text.isEmpty() ? Optional.empty() : Optional.of(URI.create(text));
        } catch (IOException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Removes the file, quietly: it may be gone already. */
    public static void remove(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // a stale file does no harm: a reader uses it only when the store is locked
        }
    }
}
