package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.CoreNlpPipeline;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.pipeline.PipelineTimings;
import org.newsgraph.pipeline.PipelineVersion;
import org.newsgraph.store.ArticleWrite;
import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.LedgerEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code newsgraph build PATH...}: reads articles into the store, one named graph each, skipping
 * those the ledger says are unchanged; CoreNLP is loaded only when some article needs extracting.
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Extract articles (files or folders) into the TDB2 store.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    WriteStoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html) or folders.")
    List<Path> paths;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Option(names = "--prune", description = "Remove the graphs of stored articles whose source file is gone.")
    boolean prune;

    @Option(names = "--timings", description = "Print model-load, NLP, extraction and store-write times on stderr.")
    boolean timings;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        long started = System.nanoTime();
        Progress reading = new Progress(err, quiet, 0);
        ArticleInputs inputs = ArticleInputs.read(paths, reading);
        int failed = inputs.failed;
        if (inputs.articles.isEmpty() && !storeOptions.exists()) {
            // A mistyped path must not leave an empty store directory behind.
            out.println("articles stored: 0, unchanged: 0" + (failed > 0 ? ", failed: " + failed : ""));
            reading.note("no article read, so no store created at " + storeOptions.store);
            return failed > 0 ? 1 : 0;
        }
        try (KnowledgeStore store = storeOptions.open()) {
            if (EntityGraph.lacksEventKeys(store)) {
                // A store written by an older newsgraph: its entity graph has no event sort keys yet.
                reading.note("the entity graph predates the event sort keys; rebuilding it once");
                store.rebuildEntityGraph();
            }
            BuildPlan plan = BuildPlan.of(inputs.articles, store.ledger(), PipelineVersion.current());
            // A remote store may hold other machines' shards: only this build's inputs count as removed there.
            for (LedgerEntry gone : storeOptions.remote() ? plan.removedUnder(paths) : plan.removed) {
                if (prune) {
                    store.removeArticle(gone.articleIri());
                    reading.note("pruned: " + gone.source() + " (" + gone.articleIri() + ")");
                } else {
                    reading.note("removed: " + gone.source() + " (" + gone.articleIri()
                            + "); its graph stays in the store, use --prune to delete it");
                }
            }
            int stored = 0;
            if (!plan.toExtract.isEmpty()) {
                int[] result = extract(plan, store, err, started);
                stored = result[0];
                failed += result[1];
            } else if (timings) {
                err.println("timings: nothing to extract, no model loaded");
            }
            out.println("articles stored: " + stored + ", unchanged: " + plan.unchanged
                    + (failed > 0 ? ", failed: " + failed : ""));
            for (Map.Entry<String, Long> e : StoreSummary.entitiesByType(store).entrySet()) {
                out.println("  " + e.getKey() + ": " + e.getValue());
            }
            out.println("articles in store: " + store.articleIris().size() + ", quads: " + store.countQuads());
        }
        return failed > 0 ? 1 : 0;
    }

    /** Runs the pipeline over the articles to extract; returns {stored, failed}. */
    private int[] extract(BuildPlan plan, KnowledgeStore store, PrintWriter err, long started) {
        long loadStart = System.nanoTime();
        if (!quiet) {
            err.println("loading NLP models…");
            err.flush();
        }
        try (ArticlePipeline pipeline = ArticlePipeline.standard();
             BatchingArticleWriter writer = new BatchingArticleWriter(store)) {
            long loaded = System.nanoTime();
            Progress progress = new Progress(err, quiet, plan.toExtract.size());
            Map<Article, BuildPlan.Work> work = new IdentityHashMap<>();
            plan.toExtract.forEach(w -> work.put(w.article(), w));
            int[] failed = {0};
            pipeline.processAll(plan.toExtract.stream().map(BuildPlan.Work::article).toList(), result -> {
                if (result.ok()) {
                    BuildPlan.Work w = work.get(result.article());
                    LedgerEntry entry = new LedgerEntry(w.articleIri(), w.contentHash(), PipelineVersion.current(),
                            result.graph().size(), w.source());
                    writer.add(new ArticleWrite(entry, result.graph()));
                } else {
                    failed[0]++;
                    progress.note("error: " + result.error());
                }
                progress.step(result.article().source().toString());
            }, writer::flushIfDue);
            writer.flush();
            if (timings) {
                printTimings(err, pipeline, writer, started, loadStart, loaded);
            }
            return new int[] {writer.committed(), failed[0]};
        }
    }

    private static void printTimings(PrintWriter err, ArticlePipeline pipeline, BatchingArticleWriter writer,
                                     long started, long loadStart, long loaded) {
        long now = System.nanoTime();
        PipelineTimings t = pipeline.timings();
        double after = t.extractionSeconds() + t.mappingSeconds() + writer.writeSeconds();
        double share = 100 * after / Math.max(1e-9, t.nlpSeconds() + t.parseSeconds() + t.dateSeconds() + after);
        err.println(String.format(Locale.ROOT,
                "timings: reading %.2f s, models %.2f s (CoreNLP %.2f s), processing %.2f s wall on %d threads; "
                        + "thread CPU time: NLP %.2f s, dependency parse %.2f s (%d of %d sentences), "
                        + "dates (SUTime) %.2f s (%d sentences), extraction %.2f s, "
                        + "RDF %.2f s, store write %.2f s; after-NLP %.1f %%",
                (loadStart - started) / 1e9, (loaded - loadStart) / 1e9, CoreNlpPipeline.shared().loadMillis() / 1e3,
                (now - loaded) / 1e9, pipeline.threads(), t.nlpSeconds(), t.parseSeconds(), t.parsedSentences(),
                t.sentences(), t.dateSeconds(), t.datedSentences(), t.extractionSeconds(), t.mappingSeconds(),
                writer.writeSeconds(), share));
        StringBuilder annotators = new StringBuilder("timings: NLP by annotator:");
        CoreNlpPipeline.shared().stageSeconds().forEach((name, seconds) ->
                annotators.append(String.format(Locale.ROOT, " %s %.2f s,", name, seconds)));
        annotators.setLength(annotators.length() - 1);
        err.println(annotators);
        err.flush();
    }
}
