package org.newsgraph.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.apache.jena.rdf.model.ModelFactory;
import org.newsgraph.NewsgraphException;
import org.newsgraph.eval.CameoRoots;
import org.newsgraph.eval.Counts;
import org.newsgraph.eval.DocumentScore;
import org.newsgraph.eval.Gold;
import org.newsgraph.eval.Scorer;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticlePipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code newsgraph eval --gold DIR ARTICLES...}: extracts each article that has a gold file of the
 * same name and scores the graph against it.
 */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Score extraction against gold annotations (precision, recall, F1).")
final class EvalCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--gold", required = true, paramLabel = "DIR", description = "Folder of gold NAME.json files.")
    Path goldDir;

    @Parameters(arity = "1..*", paramLabel = "ARTICLES", description = "Article files or folders.")
    List<Path> paths;

    @Option(names = "--quiet", description = "Only the totals, no misses or false hits.")
    boolean quiet;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(goldDir)) {
            throw new NewsgraphException(goldDir + ": not a folder of gold files");
        }
        ArticleInputs inputs = ArticleInputs.read(paths, new Progress(err, true, 0));
        List<Article> scored = new ArrayList<>();
        List<Gold> golds = new ArrayList<>();
        for (Article a : inputs.articles) {
            Path goldFile = goldDir.resolve(a.baseName() + ".json");
            if (Files.isRegularFile(goldFile)) {
                scored.add(a);
                golds.add(Gold.read(goldFile));
            } else {
                err.println("note: no gold file for " + a.source() + " (looked for " + goldFile + ")");
            }
        }
        noteGoldWithoutArticle(err, inputs.articles);
        if (scored.isEmpty()) {
            throw new NewsgraphException("no article has a gold file in " + goldDir);
        }
        List<DocumentScore> scores = new ArrayList<>();
        Scorer scorer = new Scorer();
        int[] i = {0};
        err.println("loading NLP models…");
        err.flush();
        try (ArticlePipeline pipeline = ArticlePipeline.standard()) {
            pipeline.processAll(scored, result -> {
                Gold gold = golds.get(i[0]++);
                if (!result.ok()) {
                    err.println("error: " + gold.doc() + " not scored: " + result.error());
                    return;
                }
                scores.add(scorer.score(gold, ModelFactory.createModelForGraph(result.graph())));
            });
        }
        print(out, scores);
        int failed = inputs.failed + scored.size() - scores.size();
        if (failed > 0) {
            err.println("error: " + failed + " article(s) failed; the totals leave them out");
        }
        return failed > 0 ? 1 : 0;
    }

    /** A gold file whose article is not among the inputs (00-seed's text is not distributed) is said, not skipped silently. */
    private void noteGoldWithoutArticle(PrintWriter err, List<Article> articles) {
        List<String> read = articles.stream().map(Article::baseName).toList();
        try (var files = Files.list(goldDir)) {
            files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .map(n -> n.substring(0, n.length() - ".json".length()))
                    .filter(n -> !read.contains(n))
                    .forEach(n -> spec.commandLine().getOut().println("note: gold " + n
                            + " has no article text among the inputs, so it is not scored"));
        } catch (IOException e) {
            throw new NewsgraphException(goldDir + ": cannot list the gold folder: " + e.getMessage(), e);
        }
    }

    private void print(PrintWriter out, List<DocumentScore> scores) {
        out.println(String.format(Locale.ROOT, "%-40s %-20s %-20s %-20s %s", "document", "entities P/R/F1",
                "events P/R/F1", "quotes found", "speakers right"));
        Counts entities = Counts.ZERO;
        Counts events = Counts.ZERO;
        Counts quotes = Counts.ZERO;
        int speakers = 0;
        for (DocumentScore s : scores) {
            out.println(row(s.doc(), s.entities(), s.events(), s.quotes(), s.quotesRight()));
            entities = entities.plus(s.entities());
            events = events.plus(s.events());
            quotes = quotes.plus(s.quotes());
            speakers += s.quotesRight();
        }
        out.println(row("ALL (micro)", entities, events, quotes, speakers));
        printRoots(out, scores);
        if (quiet) {
            return;
        }
        for (DocumentScore s : scores) {
            out.println();
            out.println("== " + s.doc());
            list(out, "missed entities", s.missedEntities());
            list(out, "false entities", s.falseEntities());
            list(out, "missed events", s.missedEvents());
            list(out, "false events", s.falseEvents());
            list(out, "missed quotes", s.missedQuotes());
            list(out, "wrong speakers", s.wrongSpeakers());
        }
    }

    /** Per CAMEO root: gold events, how many were matched (one-to-one), extracted events and how many of them match. */
    private static void printRoots(PrintWriter out, List<DocumentScore> scores) {
        Map<String, Counts> roots = new TreeMap<>();
        scores.forEach(s -> s.eventsByRoot().forEach((root, c) -> roots.merge(root, c, Counts::plus)));
        out.println();
        out.println(String.format(Locale.ROOT, "%-4s %-28s %5s %6s %7s %9s %6s %10s", "root", "events by CAMEO root",
                "gold", "found", "recall", "extracted", "right", "precision"));
        roots.forEach((root, c) -> out.println(String.format(Locale.ROOT, "%-4s %-28s %5d %6d %7s %9d %6d %10s",
                root, CameoRoots.name(root), c.gold(), c.goldFound(),
                c.gold() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", c.recall()), c.extracted(),
                c.extractedRight(), c.extracted() == 0 ? "-" : String.format(Locale.ROOT, "%.2f", c.precision()))));
    }

    private static String row(String doc, Counts entities, Counts events, Counts quotes, int speakers) {
        return String.format(Locale.ROOT, "%-40s %-20s %-20s %-20s %s", doc, prf(entities), prf(events),
                quotes.goldFound() + "/" + quotes.gold() + String.format(Locale.ROOT, " (%.2f)", quotes.recall()),
                speakers + "/" + quotes.goldFound() + String.format(Locale.ROOT, " (%.2f)",
                        quotes.goldFound() == 0 ? 1.0 : (double) speakers / quotes.goldFound()));
    }

    private static String prf(Counts c) {
        return String.format(Locale.ROOT, "%.2f/%.2f/%.2f", c.precision(), c.recall(), c.f1());
    }

    private static void list(PrintWriter out, String title, List<String> items) {
        if (!items.isEmpty()) {
            out.println("  " + title + ": " + String.join("; ", items));
        }
    }
}
