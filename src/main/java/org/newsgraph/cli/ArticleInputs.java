package org.newsgraph.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.ingest.ArticleCollector;
import org.newsgraph.ingest.IngestOutcome;
import org.newsgraph.model.Article;

/** Reads the articles named on the command line, reporting bad and skipped files as it goes. */
final class ArticleInputs {
    final List<Article> articles = new ArrayList<>();
    int failed;

    static ArticleInputs read(List<Path> paths, Progress progress) {
        ArticleInputs inputs = new ArticleInputs();
        ArticleCollector.withDefaultReaders().collect(paths, outcome -> {
            if (outcome instanceof IngestOutcome.Ingested ok) {
                inputs.articles.add(ok.article());
                ok.warnings().forEach(w -> progress.note("warning: " + w));
            } else if (outcome instanceof IngestOutcome.Failed bad) {
                inputs.failed++;
                progress.note("error: " + bad.message());
            } else {
                progress.note(outcome.message());
            }
        });
        return inputs;
    }
}
