package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.gazetteer.TsvGazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.ArticleWrite;
import org.newsgraph.store.LedgerEntry;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * Finished articles are committed while a slow one is still being extracted (issue 12, item 8): before,
 * the writer only looked at the age of its batch when the next article arrived, so articles finished
 * a minute earlier waited uncommitted behind one slow article, and a crash lost them.
 */
class SlowArticleCommitTest {
    @TempDir
    Path dir;

    /** Annotates nothing (an empty document), but holds the article named "slow" until released. */
    private static final class HeldNlp implements NlpPipeline {
        final CountDownLatch release = new CountDownLatch(1);

        @Override
        public AnnotatedDocument annotate(Article article) {
            if (article.headline().equals("slow")) {
                try {
                    release.await(60, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return new AnnotatedDocument(article, List.of(), List.of(), List.of());
        }
    }

    private static Article article(String id, String headline) {
        String text = headline + "\n\nA body.";
        return new Article(id, Path.of(id + ".txt"), headline, text, headline.length() + 2,
                LocalDate.of(2025, 6, 1), null, null, null);
    }

    @Test
    void articlesFinishedBeforeASlowOneAreCommittedWhileItRuns() throws InterruptedException {
        HeldNlp nlp = new HeldNlp();
        List<Article> articles = List.of(article("00000000000a", "fast"), article("00000000000b", "fast"),
                article("00000000000c", "slow"));
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("db"));
             ArticlePipeline pipeline = new ArticlePipeline(nlp, TsvGazetteer.loadDefault(), 2)) {
            BatchingArticleWriter writer = new BatchingArticleWriter(store, TimeUnit.MILLISECONDS.toNanos(200));
            Thread build = new Thread(() -> pipeline.processAll(articles, result -> writer.add(new ArticleWrite(
                    new LedgerEntry(Iris.article(result.article().id()), "hash", "v", result.graph().size(), ""),
                    result.graph())), writer::flushIfDue));
            build.start();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            while (store.ledger().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            Set<String> committedWhileSlowRuns = store.ledger().keySet();
            nlp.release.countDown();
            build.join();
            writer.flush();

            assertEquals(Set.of(Iris.article("00000000000a"), Iris.article("00000000000b")), committedWhileSlowRuns);
            assertEquals(3, store.ledger().size());
            assertTrue(build.getState() == Thread.State.TERMINATED);
        }
    }
}
