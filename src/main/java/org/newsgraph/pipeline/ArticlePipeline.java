package org.newsgraph.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.apache.jena.graph.Graph;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.ArticleExtractor;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.TsvGazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.model.Extraction;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.CoreNlpPipeline;
import org.newsgraph.nlp.NlpPipeline;
import org.newsgraph.nlp.ThreadCpuClock;
import org.newsgraph.rdf.ExtractionMapper;

/**
 * Article in, graph out: NLP, extraction, RDF mapping. Runs articles on all cores and hands the
 * results to one consumer in input order, so a single writer can store them.
 */
public final class ArticlePipeline implements AutoCloseable {

    /** One article's result: its extraction and graph, or the one-line reason it failed. */
    public record Result(Article article, Extraction extraction, Graph graph, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    /** How often {@code whileWaiting} runs while the next result is not ready. */
    static final long WAIT_TICK_MILLIS = 1_000;

    private final NlpPipeline nlp;
    private final ArticleExtractor extractor;
    private final ExtractionMapper mapper;
    private final ExecutorService workers;
    private final int threads;
    private final PipelineTimings timings = new PipelineTimings();

    public ArticlePipeline(NlpPipeline nlp, Gazetteer gazetteer, int threads) {
        this.nlp = nlp;
        this.extractor = new ArticleExtractor(gazetteer);
        this.mapper = new ExtractionMapper();
        this.threads = Math.max(1, threads);
        this.workers = Executors.newFixedThreadPool(this.threads, r -> {
            Thread t = new Thread(r, "newsgraph-worker");
            t.setDaemon(true);
            return t;
        });
    }

    /** The standard pipeline: the shared CoreNLP models, the bundled gazetteer, one thread per core. */
    public static ArticlePipeline standard() {
        // The events and quotations stages parse nearly every article: load the parser with the other models.
        CoreNlpPipeline.shared().loadParser();
        return new ArticlePipeline(CoreNlpPipeline.shared(), TsvGazetteer.loadDefault(),
                Runtime.getRuntime().availableProcessors());
    }

    /** Thread CPU time spent so far in NLP, parsing, extraction and RDF mapping, over all workers. */
    public PipelineTimings timings() {
        return timings;
    }

    public int threads() {
        return threads;
    }

    public Result process(Article article) {
        try {
            long start = ThreadCpuClock.nanos();
            AnnotatedDocument annotated = nlp.annotate(article);
            long annotatedAt = ThreadCpuClock.nanos();
            Extraction extraction = extractor.extract(annotated);
            long extractedAt = ThreadCpuClock.nanos();
            Graph graph = mapper.map(extraction);
            timings.addNlp(annotatedAt - start);
            timings.addExtraction(extractedAt - annotatedAt, annotated.parses().parseNanos(),
                    annotated.times().tagNanos(), annotated.sentences().size(), annotated.parses().parsedSentences(),
                    annotated.times().taggedSentences());
            timings.addMapping(ThreadCpuClock.nanos() - extractedAt);
            return new Result(article, extraction, graph, null);
        } catch (NewsgraphException e) {
            return new Result(article, null, null, article.source() + ": " + e.getMessage());
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(article, null, null, article.source() + ": extraction failed: " + e);
        } catch (OutOfMemoryError e) {
            // The caps on article and sentence length make this unlikely; if one article still
            // exhausts the heap, its memory is garbage now, and the others can go on.
            return new Result(article, null, null, article.source() + ": out of memory extracting this article ("
                    + article.text().length() + " characters); try a larger heap (NEWSGRAPH_HEAP)");
        }
    }

    /**
     * Processes the articles in parallel, at most a few ahead of the consumer so memory stays flat,
     * and gives the results to {@code sink} in input order.
     */
    public void processAll(List<Article> articles, Consumer<Result> sink) {
        processAll(articles, sink, () -> { });
    }

    /**
     * As {@link #processAll(List, Consumer)}, calling {@code whileWaiting} about once a second while
     * the next article in input order is still being extracted, on the caller's thread, so that a
     * writer can commit what it already holds instead of waiting behind one slow article.
     */
    public void processAll(List<Article> articles, Consumer<Result> sink, Runnable whileWaiting) {
        int window = threads * 2;
        List<Future<Result>> inFlight = new ArrayList<>();
        int next = 0;
        try {
            while (next < articles.size() || !inFlight.isEmpty()) {
                while (next < articles.size() && inFlight.size() < window) {
                    Article a = articles.get(next++);
                    inFlight.add(workers.submit(() -> process(a)));
                }
                Future<Result> head = inFlight.remove(0);
                while (true) {
                    try {
                        sink.accept(head.get(WAIT_TICK_MILLIS, TimeUnit.MILLISECONDS));
                        break;
                    } catch (TimeoutException stillRunning) {
                        whileWaiting.run();
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException("interrupted while processing articles", e);
        } catch (ExecutionException e) {
            throw new NewsgraphException("article processing failed: " + e.getCause(), e.getCause());
        }
    }

    @Override
    public void close() {
        workers.shutdownNow();
    }
}
