package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.LedgerEntry;
import org.newsgraph.store.TdbKnowledgeStore;

/** {@code build} with the ledger: unchanged articles skipped, changed ones redone, removed ones reported. */
class IncrementalBuildIT {

    @Test
    void aRebuildDoesOnlyWhatChangedAndReportsRemovedSources(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        List<Path> files = CorpusCopies.write(corpus, 3);
        String store = dir.resolve("db").toString();

        BundledData.Run first = BundledData.run("build", "--quiet", "--store", store, corpus.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("articles stored: 3, unchanged: 0"), first.out());
        Map<String, LedgerEntry> ledger = ledger(store);
        assertEquals(3, ledger.size());
        long quads = quads(store);
        assertEquals(quads, ledger.values().stream().mapToLong(LedgerEntry::tripleCount).sum());

        BundledData.Run again = BundledData.run("build", "--quiet", "--store", store, corpus.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("articles stored: 0, unchanged: 3"), again.out());
        assertEquals(ledger, ledger(store));

        // One article edited, one deleted: the edit is re-extracted, the deletion reported and kept.
        Path edited = files.get(0);
        Files.writeString(edited, Files.readString(edited).replace("Trump", "Donald Trump"));
        Files.delete(files.get(1));
        BundledData.Run changed = BundledData.run("build", "--quiet", "--store", store, corpus.toString());
        assertEquals(0, changed.exit(), changed.err());
        assertTrue(changed.out().contains("articles stored: 1, unchanged: 1"), changed.out());
        assertTrue(changed.err().lines().anyMatch(l -> l.startsWith("removed: ") && l.contains(files.get(1).getFileName().toString())),
                changed.err());
        Map<String, LedgerEntry> after = ledger(store);
        assertEquals(3, after.size());
        assertEquals(1, after.values().stream().filter(e -> !e.equals(ledger.get(e.articleIri()))).count());
        assertNotEquals(ledger, after);

        BundledData.Run pruned = BundledData.run("build", "--quiet", "--prune", "--store", store, corpus.toString());
        assertEquals(0, pruned.exit(), pruned.err());
        assertTrue(pruned.err().contains("pruned: "), pruned.err());
        assertTrue(pruned.out().contains("articles stored: 0, unchanged: 2"), pruned.out());
        assertEquals(2, ledger(store).size());
        try (KnowledgeStore s = TdbKnowledgeStore.open(Path.of(store))) {
            assertEquals(2, s.articleIris().size());
        }
    }

    private static Map<String, LedgerEntry> ledger(String store) {
        try (KnowledgeStore s = TdbKnowledgeStore.open(Path.of(store))) {
            return s.ledger();
        }
    }

    private static long quads(String store) {
        try (KnowledgeStore s = TdbKnowledgeStore.open(Path.of(store))) {
            return s.countQuads();
        }
    }
}
