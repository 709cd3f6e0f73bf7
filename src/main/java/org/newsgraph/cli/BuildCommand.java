package org.newsgraph.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsgraph.pipeline.ArticlePipeline;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.KnowledgeStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code newsgraph build PATH...}: reads articles into the store, one named graph each. */
@Command(name = "build", description = "Extract articles (files or folders) into the TDB2 store.")
final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    StoreOptions storeOptions;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Article files (.txt, .html) or folders.")
    List<Path> paths;

    @Option(names = "--quiet", description = "No progress output.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Progress reading = new Progress(err, quiet, 0);
        ArticleInputs inputs = ArticleInputs.read(paths, reading);
        int failed = inputs.failed;
        int stored = 0;
        try (KnowledgeStore store = storeOptions.open();
             ArticlePipeline pipeline = ArticlePipeline.standard()) {
            Progress progress = new Progress(err, quiet, inputs.articles.size());
            int[] counts = new int[2];
            pipeline.processAll(inputs.articles, result -> {
                if (result.ok()) {
                    store.replaceArticle(Iris.article(result.article().id()), result.graph());
                    counts[0]++;
                } else {
                    counts[1]++;
                    progress.note("error: " + result.error());
                }
                progress.step(result.article().source().toString());
            });
            stored = counts[0];
            failed += counts[1];
            out.println("articles stored: " + stored + (failed > 0 ? ", failed: " + failed : ""));
            for (Map.Entry<String, Long> e : StoreSummary.entitiesByType(store).entrySet()) {
                out.println("  " + e.getKey() + ": " + e.getValue());
            }
            out.println("articles in store: " + store.articleIris().size() + ", quads: " + store.countQuads());
        }
        return failed > 0 ? 1 : 0;
    }
}
