package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.testdata.SampleExtractions;

/** The build ledger: written with its article graph, invisible to queries, counts and graph listings. */
class LedgerTest {
    private static final String CALL = ExtractionMapper.graphName(SampleExtractions.diplomaticCall());
    private static final String FOLLOW_UP = ExtractionMapper.graphName(SampleExtractions.followUp());

    @TempDir
    Path dir;

    private final ExtractionMapper mapper = new ExtractionMapper();
    private final Graph call = mapper.map(SampleExtractions.diplomaticCall());
    private final Graph followUp = mapper.map(SampleExtractions.followUp());

    private static LedgerEntry entry(String iri, Graph graph, String hash) {
        return new LedgerEntry(iri, hash, "v1", graph.size(), "/corpus/" + hash + ".txt");
    }

    @Test
    void graphsAndLedgerEntriesAreWrittenTogetherAndReadBack() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticles(List.of(new ArticleWrite(entry(CALL, call, "h1"), call),
                    new ArticleWrite(entry(FOLLOW_UP, followUp, "h2"), followUp)));
            Map<String, LedgerEntry> ledger = store.ledger();
            assertEquals(Map.of(CALL, entry(CALL, call, "h1"), FOLLOW_UP, entry(FOLLOW_UP, followUp, "h2")), ledger);
            // Neither the graph list, the quad count nor a query over the union sees the ledger.
            assertEquals(List.of(FOLLOW_UP, CALL).stream().sorted().toList(), store.articleIris());
            assertEquals(call.size() + followUp.size(), store.countQuads());
            long ledgerTriplesSeen = store.query(QueryFactory.create(
                    "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"" + Ledger.NS + "\")) }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            assertEquals(0, ledgerTriplesSeen);
            long inNamedGraphs = store.query(QueryFactory.create(
                    "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o FILTER(STRSTARTS(STR(?p), \"" + Ledger.NS + "\")) } }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            assertEquals(0, inNamedGraphs);
        }
    }

    @Test
    void replacingAnArticleReplacesItsEntryAndRemovingItDropsIt() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticles(List.of(new ArticleWrite(entry(CALL, call, "h1"), call)));
            store.replaceArticles(List.of(new ArticleWrite(entry(CALL, call, "h3"), call)));
            assertEquals("h3", store.ledger().get(CALL).contentHash());
            assertEquals(1, store.ledger().size());
            assertTrue(store.removeArticle(CALL));
            assertEquals(Map.of(), store.ledger());
            assertEquals(0, store.countQuads());
        }
    }

    @Test
    void aGraphWrittenWithoutAnEntryLeavesNoStaleEntry() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticles(List.of(new ArticleWrite(entry(CALL, call, "h1"), call)));
            store.replaceArticle(CALL, followUp);
            assertEquals(Map.of(), store.ledger());
        }
    }

    @Test
    void aFailingBatchLeavesNeitherGraphsNorEntries() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            ArticleWrite bad = new ArticleWrite(entry(FOLLOW_UP, followUp, "h2"), null);
            assertThrows(RuntimeException.class, () -> store.replaceArticles(List.of(
                    new ArticleWrite(entry(CALL, call, "h1"), call), bad)));
            assertEquals(Map.of(), store.ledger());
            assertEquals(List.of(), store.articleIris());
        }
    }
}
