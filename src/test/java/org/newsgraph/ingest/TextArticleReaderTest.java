package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.model.Article;

class TextArticleReaderTest {
    private static final String HEADLINE = "Bridge repairs close the river road for a month";
    private static final String BODY = "Crews began work on the old stone bridge on Monday, the county said.\n\n"
            + "\"We expect delays,\" said road engineer Hana Lund.";

    @TempDir
    Path dir;

    private final TextArticleReader reader = new TextArticleReader();

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private Path writeBytes(String name, byte[] content) throws IOException {
        return Files.write(dir.resolve(name), content);
    }

    private BadArticleException failure(Path file) {
        return assertThrows(BadArticleException.class, () -> reader.read(file));
    }

    private static void assertNames(BadArticleException e, Path file, String reason) {
        assertTrue(e.getMessage().startsWith(file.toString() + ": "), e.getMessage());
        assertTrue(e.getMessage().contains(reason), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
    }

    @Test
    void readsHeadlineBodyAndOffsetsWithoutSidecar() throws IOException {
        Path file = write("bridge.txt", HEADLINE + "\n\n" + BODY + "\n");
        List<String> warnings = new ArrayList<>();

        Article article = reader.read(file, warnings::add);

        assertEquals(HEADLINE, article.headline());
        assertEquals(HEADLINE + "\n\n" + BODY, article.text());
        assertTrue(article.text().substring(article.bodyStart()).startsWith("Crews began"));
        assertEquals(BODY, article.body());
        assertEquals(file, article.source());
        assertNull(article.url());
        assertNull(article.publisher());
        assertNull(article.published());
        assertEquals(ArticleIds.of(null, file), article.id());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).startsWith(file + ": no publication date"), warnings.get(0));
    }

    @Test
    void readsSidecarAndIgnoresUnknownKeys() throws IOException {
        Path file = write("bridge.txt", HEADLINE + "\n\n" + BODY);
        write("bridge.meta.json", """
                {"url": "https://county.example/news/bridge", "source": "County Gazette",
                 "published": "2025-06-02", "title": "A different title", "author": "Ola Berg",
                 "section": "roads", "tags": ["a", "b"]}
                """);
        List<String> warnings = new ArrayList<>();

        Article article = reader.read(file, warnings::add);

        assertEquals(HEADLINE, article.headline(), "the sidecar title does not replace the text's headline");
        assertEquals("https://county.example/news/bridge", article.url());
        assertEquals("County Gazette", article.publisher());
        assertEquals("Ola Berg", article.author());
        assertEquals(LocalDate.of(2025, 6, 2), article.published());
        assertEquals(ArticleIds.of("https://county.example/news/bridge", file), article.id());
        assertTrue(article.text().substring(article.bodyStart()).startsWith("Crews"));
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void normalisesCrlfAndStripsBom() throws IOException {
        String crlf = "\uFEFF" + HEADLINE + "\r\n\r\n" + BODY.replace("\n", "\r\n") + "\r\n";
        Path file = write("crlf.txt", crlf);

        Article article = reader.read(file);

        assertEquals(HEADLINE, article.headline());
        assertEquals(HEADLINE + "\n\n" + BODY, article.text());
        assertFalse(article.text().contains("\r"));
        assertEquals(HEADLINE.length() + 2, article.bodyStart());
        assertTrue(article.body().startsWith("Crews"));
    }

    @Test
    void skipsLeadingBlankLinesAndExtraBlankLinesAfterHeadline() throws IOException {
        Path file = write("loose.txt", "\n  \n" + HEADLINE + "  \n\n\n\n" + BODY);

        Article article = reader.read(file);

        assertEquals(HEADLINE, article.headline());
        assertEquals(HEADLINE + "\n\n" + BODY, article.text());
    }

    @Test
    void warnsWhenBodyFollowsHeadlineWithoutBlankLine() throws IOException {
        Path file = write("tight.txt", HEADLINE + "\n" + BODY);
        List<String> warnings = new ArrayList<>();

        Article article = reader.read(file, warnings::add);

        assertEquals(HEADLINE + "\n\n" + BODY, article.text());
        assertTrue(warnings.contains(file + ": no blank line after the headline (the first line is taken as the headline)"),
                warnings.toString());
    }

    @Test
    void takesDateFromDatelineWhenNoSidecar() throws IOException {
        Path file = write("dated.txt", HEADLINE + "\n\nUpdated at 2:18 p.m. ET on May 22, 2025\n\n" + BODY);
        List<String> warnings = new ArrayList<>();

        Article article = reader.read(file, warnings::add);

        assertEquals(LocalDate.of(2025, 5, 22), article.published());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void sidecarDateWinsOverDateline() throws IOException {
        Path file = write("both.txt", HEADLINE + "\n\n22 May 2025. " + BODY);
        write("both.meta.json", "{\"published\": \"2025-05-23\"}");

        assertEquals(LocalDate.of(2025, 5, 23), reader.read(file).published());
    }

    @Test
    void ignoresDatesFarDownTheText() throws IOException {
        String filler = "Residents have been asked to use the ferry in the meantime.\n\n".repeat(8);
        Path file = write("late.txt", HEADLINE + "\n\n" + filler + "Work started on 3 March 2025.");

        assertNull(reader.read(file).published());
    }

    @Test
    void emptyFile() throws IOException {
        Path file = write("empty.txt", "");
        assertNames(failure(file), file, "empty file");
    }

    @Test
    void whitespaceOnly() throws IOException {
        Path file = write("blank.txt", " \n\t\r\n   \n");
        assertNames(failure(file), file, "only whitespace");
    }

    @Test
    void binaryWithNulBytes() throws IOException {
        Path file = writeBytes("image.txt", new byte[] {'G', 'I', 'F', '8', '9', 'a', 0, 1, 2, 3});
        assertNames(failure(file), file, "binary data (NUL byte at byte 6)");
    }

    @Test
    void binaryWithManyControlCharacters() throws IOException {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 3 == 0 ? 0x01 : 'a');
        }
        Path file = writeBytes("noise.txt", bytes);
        assertNames(failure(file), file, "binary data (33% control characters");
    }

    @Test
    void invalidUtf8NamesTheByte() throws IOException {
        byte[] head = (HEADLINE + "\n\nCaf").getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xE9; // Latin-1 'é', not UTF-8
        bytes[head.length + 1] = '.';
        Path file = writeBytes("latin1.txt", bytes);
        assertNames(failure(file), file, "not valid UTF-8 at byte " + head.length);
    }

    @Test
    void utf16IsRefusedWithAHint() throws IOException {
        Path file = writeBytes("wide.txt", (HEADLINE + "\n\n" + BODY).getBytes(StandardCharsets.UTF_16));
        assertNames(failure(file), file, "UTF-16");
    }

    @Test
    void overSizeNamesSizeAndCap() throws IOException {
        Path file = write("long.txt", HEADLINE + "\n\n" + "word ".repeat(40));
        long size = Files.size(file);
        BadArticleException e = assertThrows(BadArticleException.class,
                () -> new TextArticleReader(100).read(file));
        assertNames(e, file, "too large: " + size + " bytes, the cap is 100 bytes");
    }

    @Test
    void headlineOnly() throws IOException {
        Path file = write("headline.txt", HEADLINE + "\n\n  \n");
        assertNames(failure(file), file, "headline only, no body");
    }

    @Test
    void missingFile() {
        Path file = dir.resolve("gone.txt");
        assertNames(failure(file), file, "no such file");
    }

    @Test
    void malformedSidecarNamesSidecarLineAndColumn() throws IOException {
        Path file = write("bad.txt", HEADLINE + "\n\n" + BODY);
        Path sidecar = write("bad.meta.json", "{\n  \"url\": \"https://x.example/a\",\n  \"source\" \"Gazette\"\n}\n");

        BadArticleException e = failure(file);

        assertNames(e, sidecar, "malformed JSON at line 3, column");
    }

    @Test
    void sidecarThatIsNotAnObject() throws IOException {
        Path file = write("list.txt", HEADLINE + "\n\n" + BODY);
        Path sidecar = write("list.meta.json", "[1, 2]");
        assertNames(failure(file), sidecar, "expected a JSON object");
    }

    @Test
    void badDateNamesTheField() throws IOException {
        Path file = write("when.txt", HEADLINE + "\n\n" + BODY);
        Path sidecar = write("when.meta.json", "{\"published\": \"22/05/2025\"}");
        assertNames(failure(file), sidecar, "field \"published\" is not a YYYY-MM-DD date: \"22/05/2025\"");
    }

    @Test
    void impossibleDateNamesTheField() throws IOException {
        Path file = write("feb.txt", HEADLINE + "\n\n" + BODY);
        Path sidecar = write("feb.meta.json", "{\"published\": \"2025-02-30\"}");
        assertNames(failure(file), sidecar, "field \"published\"");
    }

    @Test
    void sidecarTimestampGivesItsDate() throws IOException {
        Path file = write("stamp.txt", HEADLINE + "\n\n" + BODY);
        write("stamp.meta.json", "{\"published\": \"2025-06-02T08:15:00Z\", \"author\": null, \"url\": \"  \"}");
        Article article = reader.read(file);
        assertEquals(LocalDate.of(2025, 6, 2), article.published());
        assertNull(article.author());
        assertNull(article.url(), "a blank url counts as none");
    }

    @Test
    void acceptsOnlyTxt() {
        assertTrue(reader.accepts(Path.of("a/b.TXT")));
        assertFalse(reader.accepts(Path.of("a/b.meta.json")));
        assertFalse(reader.accepts(Path.of("a/b.html")));
    }
}
