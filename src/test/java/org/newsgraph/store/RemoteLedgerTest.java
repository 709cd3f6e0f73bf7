package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;

/** The ledger of a remote store: SPARQL Update into its own named graph, read back from that graph's triples. */
class RemoteLedgerTest {
    private static final Node LEDGER = NodeFactory.createURI(Ledger.REMOTE_GRAPH);
    private static final String ARTICLE = "https://w3id.org/newsgraph/id/article/harbour-strike";
    private static final String OTHER = "https://w3id.org/newsgraph/id/article/dam-opening";

    private final DatasetGraph server = DatasetGraphFactory.createTxnMem();

    private void send(List<String> operations) {
        UpdateAction.parseExecute(String.join(" ;\n", operations), server);
    }

    private Map<String, LedgerEntry> rows() {
        return Ledger.fromTriples(server.getGraph(LEDGER).find());
    }

    @Test
    void aRowIsWrittenIntoTheLedgerGraphAndReadBack() {
        LedgerEntry entry = new LedgerEntry(ARTICLE, "abc123", "v7", 412, "/srv/wire/harbour-strike.txt");
        send(Ledger.remotePut(entry));
        assertEquals(Map.of(ARTICLE, entry), rows());
        assertTrue(server.getDefaultGraph().isEmpty(), "a remote ledger row never lands in the default graph");
    }

    @Test
    void writingAgainReplacesTheRowAndLeavesOtherRowsAlone() {
        LedgerEntry other = new LedgerEntry(OTHER, "fff", "v7", 9, "/srv/wire/dam.txt");
        send(Ledger.remotePut(other));
        send(Ledger.remotePut(new LedgerEntry(ARTICLE, "old", "v6", 10, "/srv/wire/harbour-strike.txt")));
        LedgerEntry updated = new LedgerEntry(ARTICLE, "new", "v7", 11, "/srv/wire/harbour-strike.txt");
        send(Ledger.remotePut(updated));
        assertEquals(Map.of(ARTICLE, updated, OTHER, other), rows());
        assertEquals(8, server.getGraph(LEDGER).size(), "four fields a row, no leftovers of the old row");
    }

    @Test
    void removingDropsOnlyThatRow() {
        LedgerEntry other = new LedgerEntry(OTHER, "fff", "v7", 9, "/srv/wire/dam.txt");
        send(Ledger.remotePut(other));
        send(Ledger.remotePut(new LedgerEntry(ARTICLE, "abc", "v7", 5, "/srv/wire/harbour-strike.txt")));
        send(List.of(Ledger.remoteRemove(ARTICLE)));
        assertEquals(Map.of(OTHER, other), rows());
    }

    @Test
    void sourcesWithQuotesBackslashesAndNewlinesSurviveTheUpdateText() {
        LedgerEntry odd = new LedgerEntry(ARTICLE, "abc", "v\"7", 3, "C:\\wire\\the \"harbour\"\nstrike.txt");
        send(Ledger.remotePut(odd));
        assertEquals(Map.of(ARTICLE, odd), rows());
    }
}
