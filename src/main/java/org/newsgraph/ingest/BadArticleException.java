package org.newsgraph.ingest;

import java.nio.file.Path;
import org.newsgraph.NewsgraphException;

/**
 * One input file cannot become an {@link org.newsgraph.model.Article}. The message is one line,
 * {@code FILE: REASON}, e.g. {@code data/x.txt: not valid UTF-8 at byte 1234}.
 */
public class BadArticleException extends NewsgraphException {
    private final transient Path file;
    private final String reason;

    public BadArticleException(Path file, String reason) {
        super(file + ": " + reason);
        this.file = file;
        this.reason = reason;
    }

    public BadArticleException(Path file, String reason, Throwable cause) {
        super(file + ": " + reason, cause);
        this.file = file;
        this.reason = reason;
    }

    /** The file that could not be read (for a sidecar problem: the sidecar). */
    public Path file() {
        return file;
    }

    /** The reason alone, without the file name. */
    public String reason() {
        return reason;
    }
}
