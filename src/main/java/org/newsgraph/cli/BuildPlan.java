package org.newsgraph.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticleDigests;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.LedgerEntry;

/**
 * What a build has to do, decided from the store's ledger before any model is loaded: articles
 * whose text, metadata and pipeline version match their ledger entry are skipped; the others are
 * (re-)extracted; ledger entries whose source file no longer exists are reported as removed.
 */
final class BuildPlan {
    /** An article to extract, with the hash its ledger entry will carry. */
    record Work(Article article, String articleIri, String contentHash, String source) {
    }

    final List<Work> toExtract = new ArrayList<>();
    final List<LedgerEntry> removed = new ArrayList<>();
    int unchanged;

    static BuildPlan of(List<Article> articles, Map<String, LedgerEntry> ledger, String pipelineVersion) {
        BuildPlan plan = new BuildPlan();
        Set<String> seen = new HashSet<>();
        for (Article article : articles) {
            String iri = Iris.article(article.id());
            String hash = ArticleDigests.sha256(article);
            String source = article.source().toAbsolutePath().normalize().toString();
            LedgerEntry entry = ledger.get(iri);
            // A second input with the same id in one run is extracted too, so the last one wins as before.
            boolean current = entry != null && entry.contentHash().equals(hash)
                    && entry.pipelineVersion().equals(pipelineVersion) && !seen.contains(iri);
            seen.add(iri);
            if (current) {
                plan.unchanged++;
            } else {
                plan.toExtract.add(new Work(article, iri, hash, source));
            }
        }
        for (LedgerEntry entry : ledger.values()) {
            if (!seen.contains(entry.articleIri()) && !entry.source().isEmpty()
                    && !Files.exists(Path.of(entry.source()))) {
                plan.removed.add(entry);
            }
        }
        return plan;
    }

    /**
     * Of the removed entries, those read from one of {@code roots} or a folder beneath: in a store that
     * several machines build shards into, a file missing here may be another machine's input (an
     * invented example: {@code /srv/a/wire-17.txt} built on host A is absent on host B).
     */
    List<LedgerEntry> removedUnder(List<Path> roots) {
        List<Path> absolute = roots.stream().map(r -> r.toAbsolutePath().normalize()).toList();
        return removed.stream().filter(e -> absolute.stream().anyMatch(Path.of(e.source())::startsWith)).toList();
    }
}
