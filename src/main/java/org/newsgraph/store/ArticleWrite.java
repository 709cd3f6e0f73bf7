package org.newsgraph.store;

import org.apache.jena.graph.Graph;

/** One article graph to store together with its ledger entry; the entry's IRI names the graph. */
public record ArticleWrite(LedgerEntry entry, Graph graph) {
    public String articleIri() {
        return entry.articleIri();
    }
}
