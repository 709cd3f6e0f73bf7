package org.newsgraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.newsgraph.model.Article;

/**
 * Reads saved news pages ({@code .html}, {@code .htm}) with jsoup: metadata as in
 * {@link HtmlMetadata}, body paragraphs as in {@link MainContent}.
 *
 * <p>{@code Article.text} is the headline, {@code "\n\n"}, and the paragraphs' text (whitespace
 * collapsed to single spaces, as a browser shows it) joined by {@code "\n\n"}; offsets refer to
 * this string, not to the HTML source. Pages must be UTF-8, like every other input: a page saved
 * in another encoding is refused rather than guessed at.
 */
public final class HtmlArticleReader implements ArticleReader {
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;

    private final long maxBytes;
    private final MainContent mainContent = new MainContent(Boilerplate.standard());

    public HtmlArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes larger files are refused */
    public HtmlArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return name.endsWith(".html") || name.endsWith(".htm");
    }

    @Override
    public Article read(Path file, Consumer<String> warnings) {
        String html = ArticleFiles.readText(file, maxBytes);
        Document page = Jsoup.parse(html, "");
        HtmlMetadata meta = HtmlMetadata.of(page, file, warnings);
        if (meta.headline() == null) {
            throw new BadArticleException(file, "no headline (no JSON-LD headline, og:title, <h1> or <title>)");
        }
        List<String> paragraphs = mainContent.paragraphs(page);
        if (paragraphs.isEmpty()) {
            throw new BadArticleException(file, "headline only, no body paragraphs found");
        }
        String text = meta.headline() + "\n\n" + String.join("\n\n", paragraphs);
        int bodyStart = meta.headline().length() + 2;

        LocalDate published = meta.published();
        if (published == null) {
            published = Datelines.findNearTop(text).orElse(null);
        }
        if (published == null) {
            warnings.accept(file + ": no publication date (none in the page's metadata, no dateline near the top)");
        }
        return new Article(ArticleIds.of(meta.url(), file), file, meta.headline(), text, bodyStart,
                published, meta.url(), meta.publisher(), meta.author());
    }
}
