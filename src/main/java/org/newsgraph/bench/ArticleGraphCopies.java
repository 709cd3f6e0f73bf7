package org.newsgraph.bench;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.newsgraph.rdf.Vocab;

/**
 * Copies of a stored article graph under another article IRI, for store-scale benchmarks without NLP.
 * Everything the article owns is renamed per copy (its IRI and text spans, its quotes, events, roles,
 * blank nodes), so copies add new facts. Entities ({@code ngr:entity/...}) stay shared, as they are
 * across real articles, except those the caller names: a benchmark renames the entities only one
 * template article mentions (a local councillor, a small company), so that each round of copies brings
 * new ones, as each day's news does, while the ones several articles mention (a president, a country)
 * recur in every round.
 */
public final class ArticleGraphCopies {
    public static final String ENTITY_PREFIX = Vocab.NGR + "entity/";

    private ArticleGraphCopies() {
    }

    /** A copy in which every entity stays shared. */
    public static Graph copy(Graph template, String templateIri, String copyIri, String copySuffix) {
        return copy(template, templateIri, copyIri, copySuffix, Set.of(), "");
    }

    /**
     * A copy in which the entities in {@code entitiesToRename} get {@code entitySuffix} appended to their
     * IRI (their names stay: a new entity of the same name, as two people called Ola Berg are).
     */
    public static Graph copy(Graph template, String templateIri, String copyIri, String copySuffix,
            Set<Node> entitiesToRename, String entitySuffix) {
        Graph copy = GraphFactory.createDefaultGraph();
        Map<Node, Node> blanks = new HashMap<>();
        Renaming renaming = new Renaming(templateIri, copyIri, copySuffix, entitiesToRename, entitySuffix, blanks);
        template.find().forEachRemaining(t -> copy.add(Triple.create(
                renaming.apply(t.getSubject()), t.getPredicate(), renaming.apply(t.getObject()))));
        return copy;
    }

    private record Renaming(String templateIri, String copyIri, String suffix, Set<Node> entitiesToRename,
            String entitySuffix, Map<Node, Node> blanks) {
        Node apply(Node node) {
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
            if (iri.startsWith(ENTITY_PREFIX)) {
                return entitiesToRename.contains(node) && !entitySuffix.isEmpty()
                        ? NodeFactory.createURI(iri + entitySuffix) : node;
            }
            if (iri.startsWith(Vocab.NGR) && !iri.startsWith(Vocab.NGR + "article/")) {
                return NodeFactory.createURI(iri + suffix);
            }
            return node;
        }
    }
}
