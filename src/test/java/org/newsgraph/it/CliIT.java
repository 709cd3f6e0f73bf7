package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

    private static long quads(Path store) {
        try (KnowledgeStore s = TdbKnowledgeStore.open(store)) {
            return s.countQuads();
        }
    }
}
