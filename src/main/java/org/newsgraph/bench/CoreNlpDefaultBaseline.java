package org.newsgraph.bench;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The yardstick of the build benchmark: the same article texts through CoreNLP's default English
 * pipeline ({@code tokenize,ssplit,pos,lemma,ner,depparse,coref,quote}, default models and settings)
 * on the same number of threads. Prints the load time and words per second once loaded.
 *
 * <p>Usage: {@code CoreNlpDefaultBaseline FOLDER THREADS [LIMIT]}: the {@code .txt} files of FOLDER in
 * name order, at most LIMIT of them.
 */
public final class CoreNlpDefaultBaseline {
    public static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref,quote";

    private CoreNlpDefaultBaseline() {
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]);
        int threads = Integer.parseInt(args[1]);
        int limit = args.length > 2 ? Integer.parseInt(args[2]) : Integer.MAX_VALUE;
        List<String> texts = texts(folder, limit);
        long words = texts.stream().mapToLong(t -> t.split("\\s+").length).sum();

        long loadStart = System.nanoTime();
        Properties props = new Properties();
        props.setProperty("annotators", ANNOTATORS);
        StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
        double loadSeconds = (System.nanoTime() - loadStart) / 1e9;

        ExecutorService pool = Executors.newFixedThreadPool(threads);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (String text : texts) {
            futures.add(pool.submit(() -> pipeline.annotate(new Annotation(text))));
        }
        for (Future<?> f : futures) {
            f.get();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        pool.shutdown();
        System.out.printf(Locale.ROOT, "baseline: %d articles, %d words, load %.2f s, annotate %.2f s on %d threads, "
                + "%.1f words/s, %.3f articles/s%n", texts.size(), words, loadSeconds, seconds, threads,
                words / seconds, texts.size() / seconds);
    }

    private static List<String> texts(Path folder, int limit) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> txt = files.filter(p -> p.toString().endsWith(".txt")).sorted().limit(limit).toList();
            List<String> out = new ArrayList<>();
            for (Path p : txt) {
                out.add(Files.readString(p));
            }
            return out;
        }
    }
}
