package org.newsgraph.model;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * One news article as read from disk, before any NLP.
 *
 * <p>{@code text} is the exact string every offset in the graph refers to: the headline, a blank
 * line, then the body paragraphs separated by blank lines. {@code bodyStart} is where the body
 * begins in it.
 *
 * @param id        stable short identifier (12 hex digits), derived from the URL when known, else
 *                  from the file name, so that re-ingesting a changed file replaces its graph
 * @param source    the file it came from
 * @param published publication date, or null when neither metadata nor a dateline gave one
 */
public record Article(
        String id,
        Path source,
        String headline,
        String text,
        int bodyStart,
        LocalDate published,
        String url,
        String publisher,
        String author) {

    public String body() {
        return text.substring(bodyStart);
    }

    /** The file name without its extension: {@code 05-foo.txt} -> {@code 05-foo}. */
    public String baseName() {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
