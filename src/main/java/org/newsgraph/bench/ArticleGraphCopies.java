package org.newsgraph.bench;

import java.util.HashMap;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.Vocab;

/**
 * Copies of a stored article graph under another article IRI, for store-scale benchmarks without NLP.
 * Everything the article owns is renamed per copy (its IRI and text spans, its quotes, events, roles,
 * blank nodes), so copies add new facts; entities ({@code ngr:entity/...}) stay shared, as they are
 * across real articles.
 */
public final class ArticleGraphCopies {
    private static final String ENTITY_PREFIX = Vocab.NGR + "entity/";

    private ArticleGraphCopies() {
    }

    public static Graph copy(Graph template, String templateIri, String copyIri, String copySuffix) {
        Graph copy = GraphFactory.createDefaultGraph();
        Map<Node, Node> blanks = new HashMap<>();
        template.find().forEachRemaining(t -> copy.add(Triple.create(
                rename(t.getSubject(), templateIri, copyIri, copySuffix, blanks),
                t.getPredicate(),
                rename(t.getObject(), templateIri, copyIri, copySuffix, blanks))));
        return copy;
    }

    private static Node rename(Node node, String templateIri, String copyIri, String suffix, Map<Node, Node> blanks) {
        if (node.isBlank()) {
            return blanks.computeIfAbsent(node, b -> NodeFactory.createBlankNode());
        }
        if (!node.isURI()) {
            return node;
        }
        String iri = node.getURI();
        if (iri.startsWith(templateIri)) {
            return NodeFactory.createURI(copyIri + iri.substring(templateIri.length()));
        }
        if (iri.startsWith(Vocab.NGR) && !iri.startsWith(ENTITY_PREFIX) && !iri.startsWith(Vocab.NGR + "article/")) {
            return NodeFactory.createURI(iri + suffix);
        }
        return node;
    }
}
