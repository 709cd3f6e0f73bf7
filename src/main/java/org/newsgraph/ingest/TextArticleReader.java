package org.newsgraph.ingest;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.function.Consumer;
import org.newsgraph.model.Article;

/**
 * Reads {@code .txt} articles: the first non-empty line is the headline, then a blank line, then
 * the body; an optional {@code NAME.meta.json} sidecar (see {@link Sidecar}) gives URL,
 * publisher, date and author.
 *
 * <p>What {@code Article.text} is, exactly, since every offset in the graph refers to it: the
 * file decoded as UTF-8 without BOM and with CRLF/CR turned into LF; then the headline line
 * stripped of surrounding whitespace, {@code "\n\n"}, and the body as it stands in the file (its
 * paragraphs and their blank lines untouched) from its first non-blank line, with leading and
 * trailing whitespace removed. {@code bodyStart} is {@code headline.length() + 2}.
 */
public final class TextArticleReader implements ArticleReader {
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;
    /** Headlines are rarely over 200 characters; a longer first line is likely a paragraph. */
    private static final int SUSPICIOUS_HEADLINE_LENGTH = 300;

    private final long maxBytes;

    public TextArticleReader() {
        this(DEFAULT_MAX_BYTES);
    }

    /** @param maxBytes larger files are refused, so that one stray dump does not stall a run */
    public TextArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public Article read(Path file, Consumer<String> warnings) {
        String content = ArticleFiles.readText(file, maxBytes);
        int headlineStart = firstNonBlankLine(content, 0);
        int headlineEnd = lineEnd(content, headlineStart);
        String headline = content.substring(headlineStart, headlineEnd).strip();
        int bodyStartInFile = firstNonBlankLine(content, headlineEnd);
        if (bodyStartInFile >= content.length()) {
            throw new BadArticleException(file, "headline only, no body");
        }
        if (bodyStartInFile == headlineEnd + 1) {
            warnings.accept(file + ": no blank line after the headline (the first line is taken as the headline)");
        }
        if (headline.length() > SUSPICIOUS_HEADLINE_LENGTH) {
            warnings.accept(file + ": the headline is " + headline.length()
                    + " characters long; does the file start with a headline line?");
        }
        String body = content.substring(bodyStartInFile).strip();
        String text = headline + "\n\n" + body;
        int bodyStart = headline.length() + 2;

        Sidecar sidecar = Sidecar.readFor(file).orElse(null);
        LocalDate published = sidecar == null ? null : sidecar.published();
        if (published == null) {
            published = Datelines.findNearTop(text).orElse(null);
        }
        if (published == null) {
            warnings.accept(file + ": no publication date (no sidecar date, no dateline near the top)");
        }
        String url = sidecar == null ? null : sidecar.url();
        if (url != null) {
            String bad = ArticleUrls.problem(url).orElse(null);
            if (bad != null) {
                throw new BadArticleException(Sidecar.pathFor(file), "field \"url\": " + bad + ": \""
                        + UnsafeCharacters.clean(url, "", w -> { }) + "\"");
            }
        }
        return new Article(ArticleIds.of(url, file), file, headline, text, bodyStart, published, url,
                sidecar == null ? null : sidecar.publisher(),
                sidecar == null ? null : sidecar.author());
    }

    /** Start of the first line at or after {@code from} that holds more than whitespace. */
    private static int firstNonBlankLine(String content, int from) {
        int lineStart = from;
        while (lineStart < content.length()) {
            int end = lineEnd(content, lineStart);
            if (!content.substring(lineStart, end).isBlank()) {
                return lineStart;
            }
            lineStart = end + 1;
        }
        return content.length();
    }

    private static int lineEnd(String content, int from) {
        int newline = content.indexOf('\n', from);
        return newline < 0 ? content.length() : newline;
    }
}
