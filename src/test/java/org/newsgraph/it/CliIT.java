package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.query.EventsTable;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;

/** The command line end to end, on the bundled data and on bad input, with the real models and TDB2. */
class CliIT {

    @Test
    void buildOfBundledDataStoresOneGraphWithEntitiesOfEveryType() {
        Path store = BundledData.store();
        BundledData.Run stats = BundledData.run("stats", "--store", store.toString());
        assertEquals(0, stats.exit(), stats.err());
        assertTrue(stats.out().contains("articles\t1"), stats.out());
        for (String type : new String[] {"persons", "countries", "organizations", "places", "quotations", "roles"}) {
            assertTrue(stats.out().lines().anyMatch(l -> l.startsWith(type + "\t") && !l.endsWith("\t0")),
                    "no " + type + " in\n" + stats.out());
        }
    }

    @Test
    void bundledDataConformsToTheShapes() {
        BundledData.Run run = BundledData.run("validate", "--store", BundledData.store().toString());
        assertEquals(0, run.exit(), run.out() + run.err());
        assertTrue(run.out().contains("0 violations"), run.out());
    }

    @Test
    void rebuildingReplacesTheArticleGraphInsteadOfAddingOne(@TempDir Path dir) {
        Path store = dir.resolve("db");
        assertEquals(0, BundledData.run("build", "--quiet", "--store", store.toString(),
                BundledData.articles().toString()).exit());
        long first = quads(store);
        assertEquals(0, BundledData.run("build", "--quiet", "--store", store.toString(),
                BundledData.articles().toString()).exit());
        assertEquals(first, quads(store));
    }

    @Test
    void exportInEveryFormatParsesBackToTheStoreContent(@TempDir Path dir) throws Exception {
        Path store = BundledData.store();
        Path trig = dir.resolve("all.trig");
        BundledData.Run run = BundledData.run("export", "--store", store.toString(), "--format", "trig",
                "-o", trig.toString());
        assertEquals(0, run.exit(), run.err());
        Dataset parsed = DatasetFactory.create();
        RDFDataMgr.read(parsed, trig.toString());
        try (KnowledgeStore s = TdbKnowledgeStore.open(store)) {
            long storeQuads = s.countQuads();
            long[] parsedQuads = {0};
            parsed.asDatasetGraph().find().forEachRemaining(q -> parsedQuads[0]++);
            assertEquals(storeQuads, parsedQuads[0]);
        }
        for (String format : new String[] {"ttl", "nq", "jsonld", "rdfxml"}) {
            Path out = dir.resolve("all." + format);
            assertEquals(0, BundledData.run("export", "--store", store.toString(), "--format", format,
                    "-o", out.toString()).exit(), format);
            assertTrue(Files.size(out) > 1000, format + " export is nearly empty");
        }
    }

    @Test
    void extractWritesOneFileNamedAfterEachInput(@TempDir Path dir) {
        BundledData.Run run = BundledData.run("extract", "--quiet", "--out-dir", dir.toString(),
                "--format", "ttl", BundledData.articles().toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(Files.isRegularFile(dir.resolve("01-us-russia-ukraine-diplomacy-may-2025.ttl")));
    }

    @Test
    void badFilesAreReportedOneLineEachWhileGoodOnesAreStored(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.txt"), "Ministers meet in Geneva\n\n"
                + "Foreign ministers of France and Germany met in Geneva on Monday to discuss trade.\n");
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.txt"), new byte[] {0x00, 0x01, 0x02, (byte) 0xff, 0x00});
        Files.write(in.resolve("latin1.txt"), "Caf\u00e9 au lait\n\nUn caf\u00e9.".getBytes(StandardCharsets.ISO_8859_1));
        Files.writeString(in.resolve("notes.pdf"), "not an article");
        Path store = dir.resolve("db");
        BundledData.Run run = BundledData.run("build", "--quiet", "--store", store.toString(), in.toString());
        assertEquals(1, run.exit(), run.err());
        for (String bad : new String[] {"empty.txt", "binary.txt", "latin1.txt"}) {
            assertTrue(run.err().lines().anyMatch(l -> l.contains(bad)), "no line for " + bad + ":\n" + run.err());
        }
        assertTrue(run.err().contains("notes.pdf"), run.err());
        try (KnowledgeStore s = TdbKnowledgeStore.open(store)) {
            assertEquals(1, s.articleIris().size());
        }
    }

    @Test
    void unknownCommandOptionIsAUsageError() {
        assertEquals(2, BundledData.run("build", "--no-such-option").exit());
    }

    @ParameterizedTest
    @ValueSource(strings = {"build", "extract", "query", "events", "export", "validate", "rebuild-entities", "stats", "eval",
        "serve"})
    void everyCommandAnswersHelpAndVersion(String command) {
        BundledData.Run help = BundledData.run(command, "--help");
        assertEquals(0, help.exit(), help.err());
        assertTrue(help.out().startsWith("Usage: newsgraph " + command), help.out());
        BundledData.Run version = BundledData.run(command, "--version");
        assertEquals(0, version.exit(), version.err());
        assertTrue(version.out().matches("(?s)newsgraph \\d+\\.\\d+.*"), version.out());
    }

    @Test
    void usageErrorsExitTwoWithOneLineAndAHint(@TempDir Path dir) {
        BundledData.Run none = BundledData.run();
        assertEquals(2, none.exit());
        assertTrue(none.err().contains("Commands:"), none.err());

        BundledData.Run badFormat = BundledData.run("query", "timeline", "--format", "xml");
        assertEquals(2, badFormat.exit());
        assertTrue(badFormat.err().contains("'xml' is not one of table, csv, tsv, json, srj, srx"), badFormat.err());

        BundledData.Run typo = BundledData.run("query", "peple", "--store", BundledData.store().toString());
        assertEquals(2, typo.exit());
        assertTrue(typo.err().contains("did you mean people-and-roles?"), typo.err());

        BundledData.Run rdfxml = BundledData.run("extract", "--out-dir", dir.toString(), "--format", "rdfxml",
                BundledData.articles().toString());
        assertEquals(2, rdfxml.exit(), rdfxml.err());
        assertTrue(BundledData.run("expotr").err().contains("Did you mean: newsgraph export"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"stats", "query timeline", "events", "export", "validate", "serve --port 0"})
    void readOnlyCommandsRefuseAMissingStoreInsteadOfCreatingOne(String command, @TempDir Path dir) {
        Path typo = dir.resolve("newsgrpah-db");
        List<String> args = new ArrayList<>(List.of(command.split(" ")));
        args.addAll(List.of("--store", typo.toString()));
        BundledData.Run run = BundledData.run(args.toArray(String[]::new));
        assertEquals(1, run.exit(), run.out());
        assertEquals(1, run.err().lines().count(), run.err());
        assertTrue(run.err().contains("no store here; build one first with 'newsgraph build"), run.err());
        assertFalse(Files.exists(typo), "a read-only command created " + typo);
    }

    @Test
    void queryFormatsForDataToolsHoldPlainValues() throws Exception {
        String store = BundledData.store().toString();
        BundledData.Run tsv = BundledData.run("query", "timeline", "--format", "tsv", "--store", store);
        assertEquals(0, tsv.exit(), tsv.err());
        assertTrue(tsv.out().startsWith("date\t"), tsv.out());
        assertFalse(tsv.out().contains("^^") || tsv.out().contains("?date"), tsv.out());

        BundledData.Run json = BundledData.run("query", "entities-by-type", "--format", "json", "--store", store);
        List<Map<String, Object>> records = new ObjectMapper().readValue(json.out(), new TypeReference<>() { });
        assertTrue(records.stream().anyMatch(r -> "Vladimir Putin".equals(r.get("name")) && r.get("mentions") instanceof Number),
                json.out());

        BundledData.Run srj = BundledData.run("query", "timeline", "--format", "srj", "--store", store);
        assertTrue(srj.out().contains("\"head\"") && srj.out().contains("\"bindings\""), srj.out());
        BundledData.Run srx = BundledData.run("query", "timeline", "--format", "srx", "--store", store);
        assertTrue(srx.out().contains("<sparql"), srx.out());
    }

    @Test
    void queryShowsAHundredRowsUnlessToldWhichPage() {
        String store = BundledData.store().toString();
        List<String> all = tsvRows("query", "co-mentions", "--format", "tsv", "--all", "--store", store);
        assertTrue(all.size() > 100, "too few co-mentions to page: " + all.size());
        assertEquals(all.subList(0, 100), tsvRows("query", "co-mentions", "--format", "tsv", "--store", store));
        assertEquals(all.subList(5, 15), tsvRows("query", "co-mentions", "--format", "tsv", "--limit", "10", "--offset", "5",
                "--store", store));
        assertEquals(all.subList(all.size() - 3, all.size()), tsvRows("query", "co-mentions", "--format", "tsv", "--all",
                "--offset", String.valueOf(all.size() - 3), "--store", store));
    }

    /** The rows of a TSV answer, header left out. */
    private static List<String> tsvRows(String... args) {
        BundledData.Run run = BundledData.run(args);
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        return lines.subList(1, lines.size());
    }

    @Test
    void rebuildEntitiesLeavesTheSameEntityGraph() {
        String store = BundledData.store().toString();
        List<String> before = tsvRows("query", "entities-by-type", "--format", "tsv", "--all", "--store", store);
        BundledData.Run rebuild = BundledData.run("rebuild-entities", "--store", store);
        assertEquals(0, rebuild.exit(), rebuild.err());
        assertTrue(rebuild.out().startsWith("entity graph rebuilt from 1 article graph: "), rebuild.out());
        assertEquals(before, tsvRows("query", "entities-by-type", "--format", "tsv", "--all", "--store", store));
        BundledData.Run missing = BundledData.run("rebuild-entities", "--store", "target/no-store-here");
        assertEquals(1, missing.exit(), missing.out() + missing.err());
        assertTrue(missing.err().contains("no store here"), missing.err());
    }

    /** Parsed as a plain TSV reader would (pandas' read_csv with sep='\\t' does the same): no pandas needed. */
    @Test
    void eventsTableOfTheBundledDataParsesWithTheStatedColumns() {
        BundledData.Run run = BundledData.run("events", "--store", BundledData.store().toString());
        assertEquals(0, run.exit(), run.err());
        List<String> lines = run.out().lines().toList();
        assertEquals(EventsTable.COLUMNS, List.of(lines.get(0).split("\t", -1)));
        assertTrue(lines.size() > 10, run.out());
        for (String line : lines.subList(1, lines.size())) {
            String[] fields = line.split("\t", -1);
            assertEquals(EventsTable.COLUMNS.size(), fields.length, line);
            assertTrue(fields[0].startsWith("https://w3id.org/newsgraph/id/event/"), line);
            assertTrue(fields[2].matches("\\d{2,4}") && !fields[4].isEmpty(), "CAMEO code and root name: " + line);
            assertFalse(fields[fields.length - 1].isEmpty(), "no evidence: " + line);
        }
        assertTrue(lines.stream().anyMatch(l -> l.contains("\tDonald Trump\tQ22686\tUnited States\t")), run.out());
    }

    private static long quads(Path store) {
        try (KnowledgeStore s = TdbKnowledgeStore.open(store)) {
            return s.countQuads();
        }
    }
}
