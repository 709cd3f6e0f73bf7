package org.newsgraph.ingest;

import java.nio.file.Path;
import java.util.List;
import org.newsgraph.model.Article;

/** What became of one file: read, failed, or skipped as not an article. */
public sealed interface IngestOutcome {

    Path file();

    /** One line for the user. */
    String message();

    /** The file became an article; {@code warnings} are one-line notes that did not stop it. */
    record Ingested(Path file, Article article, List<String> warnings) implements IngestOutcome {
        public Ingested {
            warnings = List.copyOf(warnings);
        }

        @Override
        public String message() {
            return "read " + file + " as " + article.id();
        }
    }

    /** The file could not be read; {@code reason} is one line and names the file. */
    record Failed(Path file, String reason) implements IngestOutcome {
        @Override
        public String message() {
            return reason;
        }
    }

    /** The file is not of a kind any reader takes. */
    record Skipped(Path file, String reason) implements IngestOutcome {
        @Override
        public String message() {
            return "skipped " + file + ": " + reason;
        }
    }
}
