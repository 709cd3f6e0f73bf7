package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.model.Article;

/** Inputs written to break ingestion (issue 12): each becomes one line about its file, never a dead run. */
class HostileInputTest {
    private static final String STORY = "Ferry timetable changes\n\nThe harbour ferry will leave at seven from Monday.\n";

    @TempDir
    Path dir;

    private final ArticleCollector collector = ArticleCollector.withDefaultReaders();

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.org/news/1", "12345", "https://example.org/a b", "https://example.org/\\\"><script>",
            "javascript:alert(1)", "https:///no-host", "ftp://example.org/x"})
    void aSidecarUrlThatIsNoHttpIriFailsThatArticle(String url) throws IOException {
        Path article = write("ferry.txt", STORY);
        write("ferry.meta.json", "{\"url\": \"" + url + "\"}");

        IngestOutcome outcome = collector.readOne(article);

        IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, outcome, "url " + url);
        assertTrue(failed.reason().startsWith(dir.resolve("ferry.meta.json") + ": field \"url\": "), failed.reason());
    }

    @Test
    void anHttpsUrlWithNonAsciiLettersIsKept() throws IOException {
        Path article = write("ferry.txt", STORY);
        write("ferry.meta.json", "{\"url\": \"https://example.org/fähre?tag=1#top\"}");

        IngestOutcome outcome = collector.readOne(article);
        Article read = assertInstanceOf(IngestOutcome.Ingested.class, outcome, outcome.message()).article();

        assertEquals("https://example.org/fähre?tag=1#top", read.url());
    }

    @Test
    void anHtmlPageWithOnlyBadUrlsGetsItsIdFromTheFileNameAndAWarning() throws IOException {
        Path page = write("ferry.html", """
                <html><head><title>Ferry timetable changes</title>
                <link rel="canonical" href="https://example.org/ferry news">
                <meta property="og:url" content="/local/ferry"></head>
                <body><p>The harbour ferry will leave at seven from Monday.</p></body></html>""");

        IngestOutcome.Ingested ingested = assertInstanceOf(IngestOutcome.Ingested.class, collector.readOne(page));

        assertNull(ingested.article().url());
        assertEquals(ArticleIds.of(null, page), ingested.article().id());
        assertTrue(ingested.warnings().stream().anyMatch(w -> w.contains("no usable URL")), ingested.warnings().toString());
    }

    @Test
    void deeplyNestedJsonLdIsIgnoredNotAStackOverflow() throws IOException {
        String nested = "[".repeat(3000) + "\"Ana Rivera\"" + "]".repeat(3000);
        Path page = write("nested.html", "<html><head><title>Ferry timetable changes</title>"
                + "<script type=\"application/ld+json\">{\"@type\": \"NewsArticle\", \"author\": " + nested + "}</script>"
                + "</head><body><p>The harbour ferry will leave at seven from Monday.</p></body></html>");

        IngestOutcome.Ingested ingested = assertInstanceOf(IngestOutcome.Ingested.class, collector.readOne(page));

        assertTrue(ingested.warnings().stream().anyMatch(w -> w.contains("nested deeper than 32")), ingested.warnings().toString());
    }

    @Test
    void deeplyNestedSidecarFailsThatArticle() throws IOException {
        Path article = write("ferry.txt", STORY);
        write("ferry.meta.json", "{\"author\": " + "[".repeat(5000) + "]".repeat(5000) + "}");

        IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, collector.readOne(article));

        assertTrue(failed.reason().contains("nested 5001 levels deep"), failed.reason());
    }

    @Test
    void controlCharactersBecomeSpacesAndOffsetsStay() throws IOException {
        Path article = write("ferry.txt", "Ferry\u0007 timetable changes\n\nThe harbour\u000B ferry\u001B leaves at seven.\u0085\n");

        IngestOutcome.Ingested ingested = assertInstanceOf(IngestOutcome.Ingested.class, collector.readOne(article));

        Article read = ingested.article();
        assertEquals("Ferry  timetable changes\n\nThe harbour  ferry  leaves at seven. ", read.text());
        assertEquals("Ferry  timetable changes", read.headline());
        assertEquals(read.headline().length() + 2, read.bodyStart());
        assertTrue(ingested.warnings().stream().anyMatch(w -> w.contains("4 control character(s)")), ingested.warnings().toString());
    }

    @Test
    void loneSurrogatesInMetadataBecomeReplacementCharactersWithAWarning() throws IOException {
        Path article = write("ferry.txt", STORY);
        write("ferry.meta.json", "{\"author\": \"Ana \\ud800Rivera\", \"source\": \"Harbour \\udc00News \\ud83d\\ude00\"}");

        IngestOutcome.Ingested ingested = assertInstanceOf(IngestOutcome.Ingested.class, collector.readOne(article));

        assertEquals("Ana \uFFFDRivera", ingested.article().author());
        assertEquals("Harbour \uFFFDNews \uD83D\uDE00", ingested.article().publisher(), "a well-formed pair (an emoji) stays");
        assertEquals(2, ingested.warnings().stream().filter(w -> w.contains("unpaired surrogate")).count(),
                ingested.warnings().toString());
    }

    @Test
    void aTextOverTheCharacterCapFails() throws IOException {
        // 1.1 M characters of two-byte letters stay under the 2 MiB .txt cap... so use an HTML page.
        String paragraph = "<p>" + "The harbour ferry will leave at seven from Monday. ".repeat(50) + "</p>\n";
        Path page = write("long.html", "<html><head><title>Ferry</title></head><body>"
                + paragraph.repeat(ArticleCollector.MAX_ARTICLE_CHARS / 2550 + 10) + "</body></html>");

        IngestOutcome.Failed failed = assertInstanceOf(IngestOutcome.Failed.class, collector.readOne(page));

        assertTrue(failed.reason().contains("over the cap of 2000000 characters"), failed.reason());
    }

    @Test
    void symlinkLoopsAndDanglingLinksAreNamedAndTheRestIsRead() throws IOException {
        write("news/a/ferry.txt", STORY);
        write("news/b/bridge.txt", STORY.replace("Ferry", "Bridge"));
        Files.createSymbolicLink(dir.resolve("news/a/loop"), dir.resolve("news"));
        Files.createSymbolicLink(dir.resolve("news/b/gone.txt"), dir.resolve("news/b/never-written.txt"));

        List<IngestOutcome> outcomes = collector.collect(List.of(dir.resolve("news")));

        List<String> lines = outcomes.stream().map(IngestOutcome::message).toList();
        assertEquals(4, outcomes.size(), lines.toString());
        assertTrue(lines.contains(dir.resolve("news/a/loop") + ": symbolic link loop (it leads back to a folder above it), "
                + "not followed"), lines.toString());
        assertTrue(lines.contains(dir.resolve("news/b/gone.txt") + ": broken symbolic link (its target "
                + dir.resolve("news/b/never-written.txt") + " does not exist)"), lines.toString());
        assertEquals(2, outcomes.stream().filter(o -> o instanceof IngestOutcome.Ingested).count(), lines.toString());
    }

    @Test
    void aDanglingLinkGivenByNameIsCalledBroken() throws IOException {
        Path link = Files.createSymbolicLink(dir.resolve("gone.txt"), dir.resolve("nowhere.txt"));

        List<IngestOutcome> outcomes = collector.collect(List.of(link));

        assertEquals(List.of(link + ": broken symbolic link (its target " + dir.resolve("nowhere.txt") + " does not exist)"),
                outcomes.stream().map(IngestOutcome::message).toList());
    }
}
