package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ArticleIdsTest {

    @Test
    void isTwelveLowerCaseHexDigitsOfSha256() {
        // SHA-256("abc") = ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad
        assertEquals("ba7816bf8f01", ArticleIds.hash("abc"));
        assertTrue(ArticleIds.of("https://news.example/a", Path.of("a.txt")).matches("[0-9a-f]{12}"));
    }

    @Test
    void sameUrlSameIdWhateverTheFile() {
        String url = "https://news.example/2025/05/story";
        assertEquals(ArticleIds.of(url, Path.of("one/story.txt")), ArticleIds.of(url, Path.of("two/other.html")));
        assertEquals(ArticleIds.hash(url), ArticleIds.of(url, Path.of("x.txt")));
    }

    @Test
    void withoutUrlTheFileBaseNameDecidesNotTheFolder() {
        assertEquals(ArticleIds.hash("05-story"), ArticleIds.of(null, Path.of("/data/a/05-story.txt")));
        assertEquals(ArticleIds.of(null, Path.of("/data/a/05-story.txt")),
                ArticleIds.of("  ", Path.of("elsewhere/05-story.html")));
        assertNotEquals(ArticleIds.of(null, Path.of("05-story.txt")), ArticleIds.of(null, Path.of("06-story.txt")));
    }

    @Test
    void urlAndBaseNameGiveDifferentIds() {
        assertNotEquals(ArticleIds.of("https://news.example/s", Path.of("s.txt")), ArticleIds.of(null, Path.of("s.txt")));
    }
}
