package org.newsgraph;

import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.jena.graph.Graph;
import org.newsgraph.ingest.ArticleIds;
import org.newsgraph.model.Article;
import org.newsgraph.pipeline.ArticlePipeline;

/**
 * newsgraph from Java in one call: article text and publication date in, the article's RDF graph
 * (as {@code build} would store it) out.
 *
 * <pre>{@code
 * Graph g = Newsgraph.extract("Ministers meet in Geneva\n\nThe foreign ministers of France and ...",
 *         LocalDate.of(2025, 5, 22));
 * }</pre>
 *
 * The first call loads the NLP models (tens of seconds, about 2 GB of heap); later calls reuse
 * them and may run on several threads at once.
 */
public final class Newsgraph {
    private static ArticlePipeline pipeline;

    private Newsgraph() {
    }

    /**
     * Extracts one article. The first non-blank line of {@code text} is its headline, the rest its
     * body, as in a {@code .txt} article file.
     *
     * @param published the publication date, which relative dates ("on Monday") are read against;
     *                  may be null
     * @throws NewsgraphException when the text has no body or cannot be processed
     */
    public static Graph extract(String text, LocalDate published) {
        return extract(text, published, null);
    }

    /** As {@link #extract(String, LocalDate)}, with the article's URL (may be null), which also names its IRI. */
    public static Graph extract(String text, LocalDate published, String url) {
        String trimmed = text.strip();
        int headlineEnd = trimmed.indexOf('\n');
        if (headlineEnd < 0 || trimmed.substring(headlineEnd).isBlank()) {
            throw new NewsgraphException("the text needs a headline line and a body after it");
        }
        String headline = trimmed.substring(0, headlineEnd).strip();
        String body = trimmed.substring(headlineEnd).strip();
        // Without a URL the id comes from the headline and date, so the same article always gets the same IRI.
        String key = url != null ? url : "text:" + headline + "|" + published;
        Article article = new Article(ArticleIds.of(key, Path.of("text.txt")), Path.of("text.txt"), headline,
                headline + "\n\n" + body, headline.length() + 2, published, url, null, null);
        ArticlePipeline.Result result = pipeline().process(article);
        if (!result.ok()) {
            throw new NewsgraphException(result.error());
        }
        return result.graph();
    }

    private static synchronized ArticlePipeline pipeline() {
        if (pipeline == null) {
            pipeline = ArticlePipeline.standard();
        }
        return pipeline;
    }
}
