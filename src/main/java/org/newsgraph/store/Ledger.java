package org.newsgraph.store;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.FmtUtils;

/**
 * The build ledger inside the TDB2 dataset: one resource per article (its IRI) with the hash of its
 * input, the pipeline version, its triple count and its source file.
 *
 * <p>It lives in the dataset's stored default graph, not in a named graph. Queries run over the
 * union of the named graphs (TDB2's union default graph), which never includes the stored default
 * graph, so no query, {@code stats} count, {@code validate} or {@code export} sees the ledger as
 * data, while a write transaction can still change an article graph and its ledger row together.
 *
 * <p>A remote store keeps the same rows in a named graph of its own, {@link #REMOTE_GRAPH}, changed by
 * SPARQL Update one article at a time, so several machines can build shards into one store.
 */
public final class Ledger {
    /** Namespace of the ledger's own terms; they never appear in article graphs. */
    public static final String NS = "https://w3id.org/newsgraph/id/ledger#";

    static final Node CONTENT_HASH = NodeFactory.createURI(NS + "contentHash");
    static final Node PIPELINE_VERSION = NodeFactory.createURI(NS + "pipelineVersion");
    static final Node TRIPLE_COUNT = NodeFactory.createURI(NS + "tripleCount");
    static final Node SOURCE = NodeFactory.createURI(NS + "source");
    private static final Node LEDGER_GRAPH = Quad.defaultGraphIRI;
    /** The named graph holding the ledger of a remote store (never an article graph). */
    public static final String REMOTE_GRAPH = EntityGraph.STORE_GRAPHS + "ledger";

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
        Iterator<Quad> quads = dsg.find(LEDGER_GRAPH, Node.ANY, Node.ANY, Node.ANY);
        try {
            return fromTriples(Iter.map(quads, Quad::asTriple));
        } finally {
            Iter.close(quads);
        }
    }

    /** The rows the triples describe (the ledger graph of a remote store, say), by article IRI. */
    static Map<String, LedgerEntry> fromTriples(Iterator<Triple> triples) {
        Map<String, Map<Node, String>> fields = new TreeMap<>();
        triples.forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getObject().isLiteral()) {
                fields.computeIfAbsent(t.getSubject().getURI(), k -> new java.util.HashMap<>())
                        .put(t.getPredicate(), t.getObject().getLiteralLexicalForm());
            }
        });
        Map<String, LedgerEntry> out = new TreeMap<>();
        fields.forEach((iri, f) -> {
            if (f.containsKey(CONTENT_HASH) && f.containsKey(TRIPLE_COUNT)) {
                out.put(iri, new LedgerEntry(iri, f.get(CONTENT_HASH), f.getOrDefault(PIPELINE_VERSION, ""),
                        Long.parseLong(f.get(TRIPLE_COUNT)), f.getOrDefault(SOURCE, "")));
            }
        });
        return out;
    }

    /** SPARQL Update operations replacing the entry's row in {@link #REMOTE_GRAPH}, to send in one request. */
    static List<String> remotePut(LedgerEntry entry) {
        String article = FmtUtils.stringForNode(NodeFactory.createURI(entry.articleIri()));
        return List.of(remoteRemove(entry.articleIri()), "INSERT DATA { GRAPH <" + REMOTE_GRAPH + "> { " + article
                + " " + field(CONTENT_HASH, entry.contentHash()) + " ; " + field(PIPELINE_VERSION, entry.pipelineVersion())
                + " ; " + field(TRIPLE_COUNT, Long.toString(entry.tripleCount())) + " ; " + field(SOURCE, entry.source())
                + " } }");
    }

    /** The SPARQL Update operation removing the article's row from {@link #REMOTE_GRAPH}. */
    static String remoteRemove(String articleIri) {
        return "DELETE WHERE { GRAPH <" + REMOTE_GRAPH + "> { " + FmtUtils.stringForNode(NodeFactory.createURI(articleIri))
                + " ?p ?o } }";
    }

    private static String field(Node predicate, String value) {
        return FmtUtils.stringForNode(predicate) + " " + FmtUtils.stringForNode(NodeFactory.createLiteralString(value));
    }
}
