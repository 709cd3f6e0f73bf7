package org.newsgraph.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Random;
import org.newsgraph.gazetteer.TsvGazetteer;
import org.newsgraph.model.Article;
import org.newsgraph.nlp.CoreNlpPipeline;
import org.newsgraph.pipeline.ArticlePipeline;

/**
 * Whether extraction time is linear in article length (issue 12): one generated article per size,
 * processed alone on one thread (NLP, extraction, RDF mapping, as {@code build} does minus the store
 * write), after a warm-up article. Prints characters, words, seconds, microseconds per character and
 * triples for each size; linear time shows as a flat microseconds-per-character column.
 *
 * <p>The text is invented: paragraphs of four sentences drawn from templates with invented people,
 * places and organisations, so that sentences, entities, quotations and events occur at a constant rate.
 *
 * <p>Usage: {@code ArticleLengthBenchmark SIZE...} (characters, e.g. 10000 100000 2000000).
 */
public final class ArticleLengthBenchmark {
    private static final String[] PEOPLE = {"Ana Rivera", "Bo Lindqvist", "Cai Moreau", "Dana Okafor", "Eli Varga"};
    private static final String[] PLACES = {"Corvan", "Eastport", "Mirela", "Norland", "Velmora"};
    private static final String[] GROUPS = {"the Harbour Council", "the Ferry Workers Union", "Northline Shipping"};
    private static final String[] TEMPLATES = {
        "%1$s met %2$s in %3$s on Tuesday to discuss the ferry timetable.",
        "\"We will keep the harbour open through the winter,\" %1$s told reporters in %3$s.",
        "%4$s said on Monday that fares would rise in June, according to %2$s.",
        "Officials in %3$s declined to comment on the talks with %4$s.",
        "%2$s, the chair of %4$s, called the plan a fair compromise.",
        "The vote in %3$s is expected next week, %1$s said.",
    };

    private ArticleLengthBenchmark() {
    }

    public static void main(String[] args) {
        long loadStart = System.nanoTime();
        try (ArticlePipeline pipeline = new ArticlePipeline(CoreNlpPipeline.shared(), TsvGazetteer.loadDefault(), 1)) {
            System.out.printf(Locale.ROOT, "models loaded in %.1f s%n", (System.nanoTime() - loadStart) / 1e9);
            pipeline.process(article(5_000, 0)); // warm-up
            System.out.println("characters      words   seconds   us/char   triples");
            for (String size : args) {
                Article article = article(Integer.parseInt(size), 1);
                long start = System.nanoTime();
                ArticlePipeline.Result result = pipeline.process(article);
                double seconds = (System.nanoTime() - start) / 1e9;
                if (!result.ok()) {
                    System.out.println(size + " failed: " + result.error());
                    continue;
                }
                System.out.printf(Locale.ROOT, "%10d %10d %9.2f %9.1f %9d%n", article.text().length(),
                        article.text().split("\\s+").length, seconds, seconds * 1e6 / article.text().length(),
                        result.graph().size());
            }
        }
    }

    /** An invented article of about {@code characters} characters. */
    static Article article(int characters, long seed) {
        Random random = new Random(seed);
        String headline = "Harbour talks go on in Corvan";
        StringBuilder text = new StringBuilder(characters + 1000).append(headline).append("\n\n");
        while (text.length() < characters) {
            for (int s = 0; s < 4; s++) {
                String template = TEMPLATES[random.nextInt(TEMPLATES.length)];
                text.append(String.format(Locale.ROOT, template, pick(PEOPLE, random), pick(PEOPLE, random),
                        pick(PLACES, random), pick(GROUPS, random)));
                text.append(s < 3 ? " " : "\n\n");
            }
        }
        String body = text.toString().strip();
        // Capitalise a template that starts with a group ("the Harbour Council said ...").
        return new Article("bench" + characters, Path.of("bench-" + characters + ".txt"), headline,
                capitaliseSentences(body), headline.length() + 2, LocalDate.of(2025, 6, 2), null, null, null);
    }

    private static String capitaliseSentences(String body) {
        StringBuilder out = new StringBuilder(body);
        for (int i = 0; i < out.length(); i++) {
            boolean start = i == 0 || (i >= 2 && (out.charAt(i - 2) == '.' || out.charAt(i - 2) == '\n')
                    && (out.charAt(i - 1) == ' ' || out.charAt(i - 1) == '\n'));
            if (start && Character.isLowerCase(out.charAt(i))) {
                out.setCharAt(i, Character.toUpperCase(out.charAt(i)));
            }
        }
        return out.toString();
    }

    private static String pick(String[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
