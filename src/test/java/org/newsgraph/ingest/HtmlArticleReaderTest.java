package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class HtmlArticleReaderTest {
    @TempDir
    Path dir;

    private final HtmlArticleReader reader = new HtmlArticleReader();

    /** Copies a fixture from src/test/resources/ingest into the temp folder. */
    private Path fixture(String name) throws IOException {
        try (InputStream in = getClass().getResourceAsStream("/ingest/" + name)) {
            Path file = dir.resolve(name);
            Files.copy(in, file);
            return file;
        }
    }

    private Path write(String name, String html) throws IOException {
        return Files.writeString(dir.resolve(name), html);
    }

    @Test
    void keepsOnlyTheStoryParagraphs() throws IOException {
        Path file = fixture("harbour-page.html");
        List<String> warnings = new ArrayList<>();

        Article article = reader.read(file, warnings::add);

        assertEquals("Harbour council approves new ferry plan", article.headline());
        assertEquals(List.of(
                "The harbour council voted on Thursday to replace the town's ageing ferry with two smaller electric boats.",
                "Councillor Ines Varga said the plan would cut crossing times & noise for the island's 900 residents.",
                "The first boat is due next spring, and the council expects the second a year later."),
                List.of(article.body().split("\n\n")));
        assertTrue(article.text().substring(article.bodyStart()).startsWith("The harbour council voted"));
        assertEquals(article.headline() + "\n\n", article.text().substring(0, article.bodyStart()));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void prefersJsonLdThenCanonicalForMetadata() throws IOException {
        Path file = fixture("harbour-page.html");

        Article article = reader.read(file);

        assertEquals(LocalDate.of(2025, 3, 14), article.published());
        assertEquals("The Lakeside Courier", article.publisher());
        assertEquals("https://courier.example/2025/03/14/harbour-ferry-plan", article.url());
        assertEquals("Mira Okonkwo, Tomas Bell", article.author());
        assertEquals(ArticleIds.of("https://courier.example/2025/03/14/harbour-ferry-plan", file), article.id());
    }

    @Test
    void fallsBackToOpenGraphAndMetaAndTheDensestContainer() throws IOException {
        Path file = fixture("no-article-tag-page.html");
        List<String> warnings = new ArrayList<>();

        Article article = reader.read(file, warnings::add);

        assertEquals("Orchard owners count frost damage", article.headline());
        assertEquals(LocalDate.of(2025, 4, 2), article.published());
        assertEquals("Valley Weekly", article.publisher());
        assertEquals("https://valley.example/orchard-frost", article.url());
        assertEquals("Priya Santos", article.author());
        assertEquals(List.of(
                "Orchard owners in the upper valley spent the weekend counting buds lost to a late frost.",
                "One grower, Alder Quinn, said half of his early apple blossom had turned brown overnight.",
                "The valley growers' cooperative will meet on Monday to discuss emergency help."),
                List.of(article.body().split("\n\n")));
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("malformed JSON-LD"), warnings.get(0));
    }

    @Test
    void headlineFromH1ThenTitleAndDateFromTimeElement() throws IOException {
        Path withH1 = write("h1.html", """
                <html><head><title>Title text</title></head><body>
                <h1>Mill reopens after flood</h1>
                <time datetime="2025-07-09T10:00">9 July</time>
                <div><p>The mill on the east bank reopened on Tuesday after three weeks of repairs.</p></div>
                </body></html>""");
        Path titleOnly = write("title.htm", """
                <html><head><title>Mill reopens after flood</title></head><body>
                <p>Published 9 July 2025</p>
                <p>The mill on the east bank reopened on Tuesday after three weeks of repairs.</p>
                </body></html>""");

        Article fromH1 = reader.read(withH1);
        Article fromTitle = reader.read(titleOnly);

        assertEquals("Mill reopens after flood", fromH1.headline());
        assertEquals(LocalDate.of(2025, 7, 9), fromH1.published());
        assertEquals("Mill reopens after flood", fromTitle.headline());
        assertEquals(LocalDate.of(2025, 7, 9), fromTitle.published(), "from the dateline in the text");
        assertNull(fromTitle.url());
        assertEquals(ArticleIds.of(null, titleOnly), fromTitle.id());
    }

    @Test
    void teaserCardsInArticleTagsDoNotBeatTheStory() throws IOException {
        Path file = write("cards.html", """
                <html><head><title>Market hall to reopen</title>
                <link rel="canonical" href="/local/market-hall">
                <meta property="og:url" content="https://town.example/local/market-hall"></head><body>
                <div class="story-body">
                  <p>The covered market hall will reopen in June after a two-year restoration, the town said.</p>
                  <p>Stallholders will pay reduced rent for the first six months to win back shoppers.</p>
                </div>
                <section><article><p>Cycle lane plan goes to vote</p></article>
                <article><p>Choir wins regional prize</p></article></section>
                </body></html>""");

        Article article = reader.read(file);

        assertTrue(article.body().startsWith("The covered market hall"), article.body());
        assertEquals(2, article.body().split("\n\n").length);
        assertEquals("https://town.example/local/market-hall", article.url(), "absolute og:url over relative canonical");
    }

    @Test
    void pageWithoutParagraphsFails() throws IOException {
        Path file = write("empty-story.html", """
                <html><head><title>Nothing here yet</title></head><body>
                <nav><p>Home</p></nav><figure><figcaption>Photo: someone</figcaption></figure>
                </body></html>""");

        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(file));

        assertEquals(file + ": headline only, no body paragraphs found", e.getMessage());
    }

    @Test
    void pageWithoutHeadlineFails() throws IOException {
        Path file = write("anonymous.html", "<html><body><p>Just one paragraph of text.</p></body></html>");

        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(file));

        assertTrue(e.getMessage().startsWith(file + ": no headline"), e.getMessage());
    }

    @Test
    void sameChecksAsTextFilesForBadBytes() throws IOException {
        Path file = Files.write(dir.resolve("blob.html"), new byte[] {'<', 'p', '>', 0, 0});

        BadArticleException e = assertThrows(BadArticleException.class, () -> reader.read(file));

        assertEquals(file + ": binary data (NUL byte at byte 3)", e.getMessage());
    }

    @Test
    void overSizeHtml() throws IOException {
        Path file = fixture("harbour-page.html");
        long size = Files.size(file);

        BadArticleException e = assertThrows(BadArticleException.class,
                () -> new HtmlArticleReader(1024).read(file));

        assertEquals(file + ": too large: " + size + " bytes, the cap is 1024 bytes", e.getMessage());
    }

    @Test
    void acceptsHtmlAndHtm() {
        assertTrue(reader.accepts(Path.of("x/page.HTML")));
        assertTrue(reader.accepts(Path.of("x/page.htm")));
        assertFalse(reader.accepts(Path.of("x/page.txt")));
    }
}
