package org.newsgraph.store;

import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;

/**
 * The build ledger inside the TDB2 dataset: one resource per article (its IRI) with the hash of its
 * input, the pipeline version, its triple count and its source file.
 *
 * <p>It lives in the dataset's stored default graph, not in a named graph. Queries run over the
 * union of the named graphs (TDB2's union default graph), which never includes the stored default
 * graph, so no query, {@code stats} count, {@code validate} or {@code export} sees the ledger as
 * data, while a write transaction can still change an article graph and its ledger row together.
 */
public final class Ledger {
    /** Namespace of the ledger's own terms; they never appear in article graphs. */
    public static final String NS = "https://w3id.org/newsgraph/id/ledger#";

    static final Node CONTENT_HASH = NodeFactory.createURI(NS + "contentHash");
    static final Node PIPELINE_VERSION = NodeFactory.createURI(NS + "pipelineVersion");
    static final Node TRIPLE_COUNT = NodeFactory.createURI(NS + "tripleCount");
    static final Node SOURCE = NodeFactory.createURI(NS + "source");
    private static final Node LEDGER_GRAPH = Quad.defaultGraphIRI;

    private Ledger() {
    }

    /** Replaces the article's row; call inside a write transaction. */
    static void put(DatasetGraph dsg, LedgerEntry entry) {
        Node article = NodeFactory.createURI(entry.articleIri());
        remove(dsg, entry.articleIri());
        dsg.add(LEDGER_GRAPH, article, CONTENT_HASH, NodeFactory.createLiteralString(entry.contentHash()));
        dsg.add(LEDGER_GRAPH, article, PIPELINE_VERSION, NodeFactory.createLiteralString(entry.pipelineVersion()));
        dsg.add(LEDGER_GRAPH, article, TRIPLE_COUNT, NodeFactory.createLiteralString(Long.toString(entry.tripleCount())));
        dsg.add(LEDGER_GRAPH, article, SOURCE, NodeFactory.createLiteralString(entry.source()));
    }

    /** Removes the article's row; call inside a write transaction. */
    static void remove(DatasetGraph dsg, String articleIri) {
        dsg.deleteAny(LEDGER_GRAPH, NodeFactory.createURI(articleIri), Node.ANY, Node.ANY);
    }

    /** Every row, by article IRI; call inside a read transaction. */
    static Map<String, LedgerEntry> readAll(DatasetGraph dsg) {
        Map<String, Map<Node, String>> fields = new TreeMap<>();
        var quads = dsg.find(LEDGER_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        try {
            quads.forEachRemaining(q -> {
                Triple t = q.asTriple();
                if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                    fields.computeIfAbsent(t.getSubject().getURI(), k -> new java.util.HashMap<>())
                            .put(t.getPredicate(), t.getObject().getLiteralLexicalForm());
                }
            });
        } finally {
            Iter.close(quads);
        }
        Map<String, LedgerEntry> out = new TreeMap<>();
        fields.forEach((iri, f) -> {
            if (f.containsKey(CONTENT_HASH) && f.containsKey(TRIPLE_COUNT)) {
                out.put(iri, new LedgerEntry(iri, f.get(CONTENT_HASH), f.getOrDefault(PIPELINE_VERSION, ""),
                        Long.parseLong(f.get(TRIPLE_COUNT)), f.getOrDefault(SOURCE, "")));
            }
        });
        return out;
    }
}
