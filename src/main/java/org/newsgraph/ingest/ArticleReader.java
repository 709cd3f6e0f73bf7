package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.function.Consumer;
import org.newsgraph.model.Article;

/**
 * Turns one file of a given kind into an {@link Article}.
 *
 * <p>Warnings: problems that do not stop the article from being used (no publication date, a
 * broken JSON-LD block) are passed to a {@code Consumer<String>} sink, one line each, naming the
 * file. A sink keeps the return type the plain {@code Article} and lets the caller decide whether
 * to print, collect or ignore them; {@link #read(Path)} ignores them.
 */
public interface ArticleReader {

    /** Whether this reader handles the file, judged by its name alone (the file is not opened). */
    boolean accepts(Path file);

    /**
     * Reads the file.
     *
     * @param warnings receives one-line warnings that did not prevent reading
     * @throws BadArticleException when the file cannot be read or is not a usable article; the
     *     message names the file and the reason
     */
    Article read(Path file, Consumer<String> warnings);

    /** Reads the file, dropping warnings. */
    default Article read(Path file) {
        return read(file, warning -> { });
    }
}
