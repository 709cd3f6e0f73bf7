package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleCollectorTest {
    private static final String STORY = "Library extends opening hours\n\nThe town library will stay open until nine.\n";

    @TempDir
    Path dir;

    private final ArticleCollector collector = ArticleCollector.withDefaultReaders();

    private Path write(String relative, String content) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private static List<String> summary(List<IngestOutcome> outcomes, Path root) {
        return outcomes.stream()
                .map(o -> o.getClass().getSimpleName() + " " + root.relativize(o.file()).toString().replace('\\', '/'))
                .toList();
    }

    @Test
    void walksFoldersInSortedOrderAndSkipsOtherFiles() throws IOException {
        write("b/second.txt", STORY);
        write("a/z-last-in-a.txt", STORY);
        write("a/first.html", "<html><head><title>Fair</title></head><body><p>The fair opens.</p></body></html>");
        write("a/first.meta.json", "{\"url\": \"https://x.example/fair\"}");
        write("a/report.pdf", "%PDF-1.7 not really");
        write("a/.hidden.txt", STORY);
        write(".git/HEAD.txt", STORY);
        write("c/bad.txt", "");
        write("c/good.txt", STORY);

        List<IngestOutcome> outcomes = collector.collect(List.of(dir));

        assertEquals(List.of(
                "Ingested a/first.html",
                "Skipped a/report.pdf",
                "Ingested a/z-last-in-a.txt",
                "Ingested b/second.txt",
                "Failed c/bad.txt",
                "Ingested c/good.txt"), summary(outcomes, dir));
        assertEquals("skipped " + dir.resolve("a/report.pdf") + ": not an article (.pdf)", outcomes.get(1).message());
        assertEquals(dir.resolve("c/bad.txt") + ": empty file", outcomes.get(4).message());
    }

    @Test
    void sameResultEveryRun() throws IOException {
        for (String name : List.of("m.txt", "a.txt", "k/b.txt", "k/a.txt", "z.txt", "B.txt")) {
            write(name, STORY);
        }
        assertEquals(summary(collector.collect(List.of(dir)), dir), summary(collector.collect(List.of(dir)), dir));
        assertEquals(List.of("Ingested B.txt", "Ingested a.txt", "Ingested k/a.txt", "Ingested k/b.txt",
                "Ingested m.txt", "Ingested z.txt"), summary(collector.collect(List.of(dir)), dir));
    }

    @Test
    void missingPathAndBadFilesDoNotStopTheOthers() throws IOException {
        Path good = write("good.txt", STORY);
        Path binary = Files.write(dir.resolve("binary.txt"), new byte[] {1, 0, 2});
        Path missing = dir.resolve("nowhere");

        List<IngestOutcome> outcomes = collector.collect(List.of(missing, binary, good));

        assertEquals(3, outcomes.size());
        assertEquals(missing + ": no such file or folder", outcomes.get(0).message());
        assertTrue(outcomes.get(1).message().startsWith(binary + ": binary data"), outcomes.get(1).message());
        assertInstanceOf(IngestOutcome.Ingested.class, outcomes.get(2));
    }

    @Test
    void explicitSidecarIsPassedOverAndDuplicatesAreReadOnce() throws IOException {
        Path story = write("story.txt", STORY);
        Path sidecar = write("story.meta.json", "{\"source\": \"Town Crier\"}");

        List<IngestOutcome> outcomes = collector.collect(List.of(story, sidecar, dir));

        assertEquals(List.of("Ingested story.txt"), summary(outcomes, dir));
        var ingested = (IngestOutcome.Ingested) outcomes.get(0);
        assertEquals("Town Crier", ingested.article().publisher());
    }

    @Test
    void missingDateIsAWarningNotAFailure() throws IOException {
        Path story = write("undated.txt", STORY);

        var outcome = (IngestOutcome.Ingested) collector.collect(List.of(story)).get(0);

        assertEquals(1, outcome.warnings().size());
        assertTrue(outcome.warnings().get(0).startsWith(story + ": no publication date"));
    }

    @Test
    void warnsWhenTwoFilesShareAnId() throws IOException {
        write("x/story.txt", STORY);
        write("y/story.html", "<html><head><title>Library</title></head><body><p>Open until nine.</p></body></html>");

        List<IngestOutcome> outcomes = collector.collect(List.of(dir));

        var first = (IngestOutcome.Ingested) outcomes.get(0);
        var second = (IngestOutcome.Ingested) outcomes.get(1);
        assertEquals(first.article().id(), second.article().id());
        assertTrue(second.warnings().stream().anyMatch(w -> w.contains("same id " + first.article().id())),
                second.warnings().toString());
    }

    @Test
    void sizeCapsAreConfigurable() throws IOException {
        Path story = write("story.txt", STORY);

        IngestOutcome outcome = ArticleCollector.withSizeCaps(10, 10).readOne(story);

        assertEquals(story + ": too large: " + Files.size(story) + " bytes, the cap is 10 bytes", outcome.message());
    }

    @Test
    void aReaderBugBecomesAFailure() throws IOException {
        Path story = write("story.txt", STORY);
        ArticleReader broken = new ArticleReader() {
            @Override
            public boolean accepts(Path file) {
                return true;
            }

            @Override
            public org.newsgraph.model.Article read(Path file, java.util.function.Consumer<String> warnings) {
                throw new IllegalStateException("boom");
            }
        };

        IngestOutcome outcome = new ArticleCollector(List.of(broken)).readOne(story);

        assertEquals(story + ": unexpected error: java.lang.IllegalStateException: boom", outcome.message());
    }
}
