package org.newsgraph.cli;

import java.util.ArrayList;
import java.util.List;
import org.newsgraph.nlp.ThreadCpuClock;
import org.newsgraph.store.ArticleWrite;
import org.newsgraph.store.KnowledgeStore;

/**
 * The build's one store writer. Commits several articles per write transaction, because a TDB2
 * commit syncs several files to disk (measured 0.1 to 0.4 s per commit on this machine); each transaction still holds whole
 * articles with their ledger entries, so a crash loses at most the last few seconds of work, never half
 * an article. A batch is committed after {@link #MAX_ARTICLES} articles or {@link #MAX_AGE_NANOS},
 * whichever comes first, so little work is at risk and memory stays bounded. The age is also checked
 * while the build waits for a slow article ({@link #flushIfDue()}), so what a crash (kill -9, power
 * loss) can lose is exactly: the articles finished in the last {@link #MAX_AGE_NANOS} (at most
 * {@link #MAX_ARTICLES}), plus the finished ones still queued in input order behind an article being
 * extracted (at most {@code 2 x threads - 1}), plus those being extracted. Nothing committed is lost.
 */
final class BatchingArticleWriter implements AutoCloseable {
    static final int MAX_ARTICLES = 32;
    static final long MAX_AGE_NANOS = 5_000_000_000L;

    private final KnowledgeStore store;
    private final long maxAgeNanos;
    private final List<ArticleWrite> batch = new ArrayList<>();
    private long batchStart;
    private long writeNanos;
    private int committed;

    BatchingArticleWriter(KnowledgeStore store) {
        this(store, MAX_AGE_NANOS);
    }

    /** @param maxAgeNanos how long a finished article may wait uncommitted */
    BatchingArticleWriter(KnowledgeStore store, long maxAgeNanos) {
        this.store = store;
        this.maxAgeNanos = maxAgeNanos;
    }

    void add(ArticleWrite write) {
        if (batch.isEmpty()) {
            batchStart = System.nanoTime();
        }
        batch.add(write);
        if (batch.size() >= MAX_ARTICLES) {
            flush();
        } else {
            flushIfDue();
        }
    }

    /**
     * Commits the batch once its first article has waited {@link #MAX_AGE_NANOS}; the build calls this
     * while a slow article is still being extracted, so finished ones do not wait behind it.
     */
    void flushIfDue() {
        if (!batch.isEmpty() && System.nanoTime() - batchStart >= maxAgeNanos) {
            flush();
        }
    }

    void flush() {
        if (batch.isEmpty()) {
            return;
        }
        long start = ThreadCpuClock.nanos();
        store.replaceArticles(List.copyOf(batch));
        writeNanos += ThreadCpuClock.nanos() - start;
        committed += batch.size();
        batch.clear();
    }

    /** Articles committed so far. */
    int committed() {
        return committed;
    }

    double writeSeconds() {
        return writeNanos / 1e9;
    }

    @Override
    public void close() {
        flush();
    }
}
