package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * Hostile inputs in one folder with good articles, through {@code build} and then every reader of the
 * store (issue 12): every good article is stored, every bad one is named on stderr, the build exits 1,
 * and {@code validate} and {@code export} in every format are clean afterwards. Then the command-line
 * failures around the store: a missing path, an unreadable subfolder, a read-only store, exports that
 * fail, and file permissions. All content is invented.
 */
class ReliabilityIT {
    private static final String BODY = "The harbour ferry will leave at seven from Monday, the port authority said.\n\n"
            + "\"We expect the new timetable to suit commuters,\" said Ana Rivera, who runs the port.\n";

    @TempDir
    static Path dir;

    private static Path folder;
    private static Path store;
    private static BundledData.Run build;
    private static final List<String> GOOD = new ArrayList<>();

    @BeforeAll
    static void buildAHostileFolder() throws IOException {
        folder = dir.resolve("news");
        Files.createDirectories(folder.resolve("sub"));
        // good articles: the bundled one, an invented one with emoji and astral characters
        try (Stream<Path> bundled = Files.list(BundledData.articles())) {
            for (Path file : bundled.toList()) {
                Files.copy(file, folder.resolve(file.getFileName()));
            }
        }
        GOOD.add("01-us-russia-ukraine-diplomacy-may-2025.txt");
        good("emoji.txt", "Harbour 😀 festival opens\n\n" + BODY.replace("Monday", "Monday 🎉") + "The 𠀋 banner was new.\n");
        // bad but usable: stored, with a warning naming the file
        good("controls.txt", "Ferry\u0007 timetable\u001B changes\n\n" + BODY);
        good("surrogate.txt", "Ferry timetable changes\n\n" + BODY);
        Files.writeString(folder.resolve("surrogate.meta.json"), "{\"author\": \"Ana \\ud800Rivera\", \"published\": \"2025-06-02\"}");
        good("nested.html", "<html><head><title>Ferry timetable changes</title><script type=\"application/ld+json\">"
                + "{\"@type\": \"NewsArticle\", \"author\": " + "[".repeat(3000) + "\"Ana Rivera\"" + "]".repeat(3000) + "}"
                + "</script></head><body><p>" + BODY.replace("\n", " ") + "</p></body></html>");
        // bad: not stored, an error naming the file
        Files.writeString(folder.resolve("bad-url.txt"), "Ferry timetable changes\n\n" + BODY);
        Files.writeString(folder.resolve("bad-url.meta.json"), "{\"url\": \"example.org/news/1\"}");
        Files.writeString(folder.resolve("sub/script-url.txt"), "Ferry timetable changes\n\n" + BODY);
        Files.writeString(folder.resolve("sub/script-url.meta.json"), "{\"url\": \"https://example.org/\\\"><script>\"}");
        Files.writeString(folder.resolve("no-stops.txt"), "Ferry timetable changes\n\n"
                + "the ferry leaves and the ferry returns ".repeat(600) + "\n");
        Files.createSymbolicLink(folder.resolve("sub/loop"), folder);
        Files.createSymbolicLink(folder.resolve("dangling.txt"), folder.resolve("never-written.txt"));

        store = dir.resolve("db");
        build = BundledData.run("build", "--store", store.toString(), folder.toString());
    }

    private static void good(String name, String content) throws IOException {
        Files.writeString(folder.resolve(name), content);
        GOOD.add(name);
    }

    @Test
    void everyGoodArticleIsStoredAndEveryBadOneNamed() {
        assertEquals(1, build.exit(), build.err());
        assertTrue(build.out().startsWith("articles stored: " + GOOD.size() + ", unchanged: 0, failed: 5"), build.out());
        String err = build.err();
        assertTrue(err.contains(folder.resolve("bad-url.meta.json") + ": field \"url\": not an absolute http(s) URL"), err);
        assertTrue(err.contains(folder.resolve("sub/script-url.meta.json") + ": field \"url\": character U+0022"), err);
        assertTrue(err.contains(folder.resolve("no-stops.txt") + ": a sentence of "), err);
        assertTrue(err.contains(folder.resolve("sub/loop") + ": symbolic link loop"), err);
        assertTrue(err.contains(folder.resolve("dangling.txt") + ": broken symbolic link"), err);
        assertTrue(err.contains("warning: " + folder.resolve("nested.html") + ": ignored a JSON-LD block nested deeper"), err);
        assertTrue(err.contains("warning: " + folder.resolve("controls.txt") + ": text: 2 control character(s)"), err);
        assertTrue(err.contains("warning: " + folder.resolve("surrogate.txt") + ": author: 1 control character(s) or "
                + "unpaired surrogate(s)"), err);
        try (TdbKnowledgeStore opened = TdbKnowledgeStore.open(store)) {
            List<String> sources = opened.ledger().values().stream()
                    .map(entry -> Path.of(entry.source()).getFileName().toString()).sorted().toList();
            assertEquals(GOOD.stream().sorted().toList(), sources);
        }
    }

    @Test
    void validateAndEveryExportFormatAreCleanAfterwards() {
        BundledData.Run validate = BundledData.run("validate", "--store", store.toString());
        assertEquals(0, validate.exit(), validate.out() + validate.err());
        Map<String, Lang> formats = Map.of("ttl", Lang.TURTLE, "trig", Lang.TRIG, "nq", Lang.NQUADS, "jsonld", Lang.JSONLD,
                "rdfxml", Lang.RDFXML);
        for (String format : formats.keySet()) {
            Path out = dir.resolve("export." + format);
            BundledData.Run export = BundledData.run("export", "--store", store.toString(), "--format", format, "-o", out.toString());
            assertEquals(0, export.exit(), format + ": " + export.err());
            // Parsed strictly by Jena: well-formed, every IRI valid.
            RDFParser.source(out).lang(formats.get(format)).strict(true).parse(DatasetGraphFactory.create());
        }
    }

    @Test
    void exportFilesGetTheUmasksPermissionsNot0600() throws IOException {
        Path out = dir.resolve("permissions/export.trig");
        Files.createDirectories(out.getParent());
        Path reference = Files.createFile(dir.resolve("permissions/reference")); // created with the umask

        BundledData.Run export = BundledData.run("export", "--store", store.toString(), "-o", out.toString());

        assertEquals(0, export.exit(), export.err());
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(reference)),
                PosixFilePermissions.toString(Files.getPosixFilePermissions(out)));
    }

    @Test
    void aFailingExportWritesNothingToStandardOutput() {
        // Stores damaged outside newsgraph (an older build, a --writable server): many good triples, then
        // an IRI without a scheme (TriG streams, so the good ones were written before it failed), or a
        // literal with a control character (RDF/XML was ill-formed, with exit 0).
        Graph noScheme = GraphFactory.createDefaultGraph();
        noScheme.add(Triple.create(NodeFactory.createURI("example.org/news/1"),
                NodeFactory.createURI("https://example.org/leaves"), NodeFactory.createLiteralString("late")));
        Graph control = GraphFactory.createDefaultGraph();
        control.add(Triple.create(NodeFactory.createURI("https://example.org/ferry/x"),
                NodeFactory.createURI("https://example.org/note"), NodeFactory.createLiteralString("bell\u0007")));

        assertExportFailsSilently(damagedStore("no-scheme", noScheme), "trig", "cannot write trig output");
        assertExportFailsSilently(damagedStore("control", control), "rdfxml", "XML 1.0 cannot carry");
    }

    private static Path damagedStore(String name, Graph damage) {
        Path damaged = dir.resolve("damaged-" + name);
        try (TdbKnowledgeStore opened = TdbKnowledgeStore.open(damaged)) {
            Graph good = GraphFactory.createDefaultGraph();
            for (int i = 0; i < 2000; i++) {
                good.add(Triple.create(NodeFactory.createURI("https://example.org/ferry/" + i),
                        NodeFactory.createURI("https://example.org/leaves"), NodeFactory.createLiteralString("at " + i)));
            }
            opened.replaceArticle("https://example.org/graph/good", good);
            opened.replaceArticle("https://example.org/graph/z-damaged", damage);
        }
        return damaged;
    }

    private static void assertExportFailsSilently(Path damaged, String format, String reason) {
        // export writes to System.out itself; capture it for the run (tests in this class run one at a time).
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        PrintStream original = System.out;
        BundledData.Run export;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            export = BundledData.run("export", "--store", damaged.toString(), "--format", format);
        } finally {
            System.setOut(original);
        }
        assertEquals(1, export.exit(), format);
        assertTrue(export.err().contains(reason), format + ": " + export.err());
        assertEquals(1, export.err().strip().lines().count(), export.err());
        assertEquals(0, stdout.size(), format + ": " + stdout.toString(StandardCharsets.UTF_8).substring(0,
                Math.min(200, stdout.size())));
    }

    @Test
    void aMissingInputPathCreatesNoStore() {
        Path nowhere = dir.resolve("no-store-here");

        BundledData.Run run = BundledData.run("build", "--store", nowhere.toString(), dir.resolve("typo").toString());

        assertEquals(1, run.exit());
        assertTrue(run.err().contains(dir.resolve("typo") + ": no such file or folder"), run.err());
        assertFalse(Files.exists(nowhere));
    }

    @Test
    void anUnreadableSubfolderIsNamedAndTheRestIsRead() throws Exception {
        Path news = dir.resolve("unreadable/news");
        Files.createDirectories(news.resolve("locked"));
        Files.writeString(news.resolve("ferry.txt"), "Ferry timetable changes\n\n" + BODY);
        Files.writeString(news.resolve("locked/bridge.txt"), "Bridge reopens\n\n" + BODY);
        Path db = dir.resolve("unreadable/db");
        // Stored once by a user who can read everything, so the second build needs no model.
        assertEquals(0, BundledData.run("build", "--quiet", "--store", db.toString(), news.resolve("ferry.txt").toString()).exit());
        Files.setPosixFilePermissions(news.resolve("locked"), PosixFilePermissions.fromString("---------"));
        try {
            BundledData.Run run = ChildJvm.run(List.of(), unprivileged(), "build", "--store", db.toString(), news.toString());

            assertEquals(1, run.exit(), run.out());
            assertTrue(run.out().contains(news.resolve("locked") + ": cannot read: permission denied"), run.out());
            assertTrue(run.out().contains("articles stored: 0, unchanged: 1, failed: 1"), run.out());
        } finally {
            Files.setPosixFilePermissions(news.resolve("locked"), PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void aReadOnlyStoreIsCalledSoNotBlamedOnAnotherProcess() throws Exception {
        Path db = dir.resolve("read-only/db");
        TdbKnowledgeStore.open(db).close();
        List<Path> all;
        try (Stream<Path> walk = Files.walk(db)) {
            all = walk.toList();
        }
        for (Path p : all) {
            Files.setPosixFilePermissions(p, PosixFilePermissions.fromString(Files.isDirectory(p) ? "r-xr-xr-x" : "r--r--r--"));
        }
        try {
            BundledData.Run run = ChildJvm.run(List.of(), unprivileged(), "stats", "--store", db.toString());

            assertEquals(1, run.exit(), run.out());
            assertTrue(run.out().contains(db + ": cannot open the store for writing"), run.out());
            assertFalse(run.out().contains("another"), run.out());
        } finally {
            for (Path p : all) {
                Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
    }

    /**
     * The command prefix that makes file permissions apply: none for an ordinary user; as root (CI),
     * setpriv drops the capabilities that let root read and write past them.
     */
    private static List<String> unprivileged() {
        return "root".equals(System.getProperty("user.name"))
                ? List.of("setpriv", "--bounding-set=-dac_override,-dac_read_search", "--inh-caps=-dac_override,-dac_read_search")
                : List.of();
    }
}
