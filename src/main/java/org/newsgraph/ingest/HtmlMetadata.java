package org.newsgraph.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page says about itself, each field taken from the first source that has it:
 *
 * <ul>
 *   <li>headline: JSON-LD {@code NewsArticle.headline}, {@code og:title}, the first {@code <h1>},
 *       {@code <title>};
 *   <li>published: JSON-LD {@code datePublished}, {@code article:published_time},
 *       {@code <time datetime>}, {@code <meta name=date|pubdate|DC.date|DC.date.issued>}, the
 *       text of the first {@code <time>} (read with the dateline patterns);
 *   <li>publisher: JSON-LD {@code publisher.name}, {@code og:site_name};
 *   <li>url: {@code <link rel=canonical>}, {@code og:url}, JSON-LD {@code url}, the first absolute
 *       one winning over a relative one;
 *   <li>author: JSON-LD {@code author} (names joined by ", "), {@code <meta name=author>}.
 * </ul>
 *
 * Structured data (JSON-LD) comes first because it is written for machines; the Open Graph tags
 * are written for link previews and often carry a site suffix in the title.
 */
record HtmlMetadata(String headline, LocalDate published, String publisher, String url, String author) {
    private static final ObjectMapper JSON = new ObjectMapper();

    static HtmlMetadata of(Document page, Path file, Consumer<String> warnings) {
        JsonNode ld = newsArticleJsonLd(page, file, warnings);
        String headline = first(
                ldText(ld, "headline"),
                meta(page, "meta[property=og:title]"),
                text(page.selectFirst("h1")),
                clean(page.title()));
        LocalDate published = firstDate(
                ldText(ld, "datePublished"),
                meta(page, "meta[property=article:published_time]"),
                attr(page.selectFirst("time[datetime]"), "datetime"),
                meta(page, "meta[name=date]"),
                meta(page, "meta[name=pubdate]"),
                meta(page, "meta[name=DC.date]"),
                meta(page, "meta[name=DC.date.issued]"),
                text(page.selectFirst("time")));
        String publisher = first(ldName(ld == null ? null : ld.get("publisher")),
                meta(page, "meta[property=og:site_name]"));
        String url = firstValidUrl(file, warnings,
                attr(page.selectFirst("link[rel=canonical]"), "href"),
                meta(page, "meta[property=og:url]"),
                ldText(ld, "url"));
        String author = first(ldName(ld == null ? null : ld.get("author")),
                meta(page, "meta[name=author]"));
        return new HtmlMetadata(headline, published, publisher, url, author);
    }

    /** The first JSON-LD object typed as a kind of article, looking inside arrays and @graph. */
    private static JsonNode newsArticleJsonLd(Document page, Path file, Consumer<String> warnings) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            JsonNode root;
            String json = script.data();
            if (JsonDepth.of(json) > JsonDepth.MAX) {
                warnings.accept(file + ": ignored a JSON-LD block nested deeper than " + JsonDepth.MAX + " levels");
                continue;
            }
            try {
                root = JSON.readTree(json);
            } catch (JsonProcessingException e) {
                String where = e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                        + " of the block";
                warnings.accept(file + ": ignored a malformed JSON-LD block" + where);
                continue;
            }
            Optional<JsonNode> article = candidates(root).filter(HtmlMetadata::isArticle).findFirst();
            if (article.isPresent()) {
                return article.get();
            }
        }
        return null;
    }

    private static Stream<JsonNode> candidates(JsonNode node) {
        if (node == null) {
            return Stream.empty();
        }
        List<JsonNode> found = new ArrayList<>();
        if (node.isArray()) {
            node.forEach(found::add);
        } else if (node.isObject()) {
            found.add(node);
            node.path("@graph").forEach(found::add);
        }
        return found.stream();
    }

    /** NewsArticle, and its relatives (Article, ReportageNewsArticle, ...), also in a type list. */
    private static boolean isArticle(JsonNode node) {
        JsonNode type = node.path("@type");
        List<JsonNode> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(types::add);
        } else {
            types.add(type);
        }
        return types.stream().map(JsonNode::asText).anyMatch(t -> t.endsWith("Article"));
    }

    private static String ldText(JsonNode ld, String field) {
        if (ld == null) {
            return null;
        }
        JsonNode value = ld.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) {
            value = value.get(0);
        }
        return value != null && value.isValueNode() ? clean(value.asText()) : null;
    }

    /** A person or organisation as a string, an object with {@code name}, or a list of those. */
    private static String ldName(JsonNode node) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isValueNode()) {
            return clean(node.asText());
        }
        if (node.isArray()) {
            List<String> names = new ArrayList<>();
            node.forEach(item -> {
                String name = ldName(item);
                if (name != null) {
                    names.add(name);
                }
            });
            return names.isEmpty() ? null : String.join(", ", names);
        }
        return clean(node.path("name").asText(null));
    }

    private static String meta(Document page, String selector) {
        return attr(page.selectFirst(selector), "content");
    }

    private static String attr(Element element, String attribute) {
        return element == null ? null : clean(element.attr(attribute));
    }

    private static String text(Element element) {
        return element == null ? null : clean(element.text());
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
        return cleaned.isEmpty() ? null : cleaned;
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * The first absolute http(s) URL that is a valid IRI. A relative link ({@code /local/fair}) has no
     * base to resolve against, so it is dropped, and the article gets its id from the file name.
     */
    private static String firstValidUrl(Path file, Consumer<String> warnings, String... values) {
        List<String> rejected = new ArrayList<>();
        for (String value : values) {
            if (value == null) {
                continue;
            }
            Optional<String> problem = ArticleUrls.problem(value);
            if (problem.isEmpty()) {
                return value;
            }
            rejected.add("\"" + UnsafeCharacters.clean(value, "", w -> { }) + "\" (" + problem.get() + ")");
        }
        if (!rejected.isEmpty()) {
            warnings.accept(file + ": no usable URL, ignored " + String.join(", ", rejected)
                    + "; the id comes from the file name");
        }
        return null;
    }

    /** ISO dates and timestamps, and otherwise anything {@code datelines.txt} can read. */
    private static LocalDate firstDate(String... values) {
        for (String value : values) {
            Optional<LocalDate> date = Datelines.find(value);
            if (date.isPresent()) {
                return date.get();
            }
        }
        return null;
    }
}
