package org.newsgraph.export;

import java.util.HashMap;
import java.util.Map;

import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.Value;
import org.eclipse.rdf4j.model.ValueFactory;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;

/**
 * Converts Jena nodes and quads to RDF4J values and statements. One instance per export: it gives
 * each Jena blank node one RDF4J blank node ({@code b0}, {@code b1}, ... in order of first sight),
 * so a node shared by several statements stays one node, and the ids are valid in every syntax.
 */
final class Rdf4jStatements {
    private final ValueFactory values = SimpleValueFactory.getInstance();
    private final Map<Node, BNode> blankNodes = new HashMap<>();

    /** The statement, in the quad's graph unless {@code withGraph} is false or it is the default graph. */
    Statement statement(Quad quad, boolean withGraph) {
        Resource context = withGraph && !quad.isDefaultGraph() ? resource(quad.getGraph()) : null;
        return values.createStatement(resource(quad.getSubject()), iri(quad.getPredicate()),
                value(quad.getObject()), context);
    }

    Value value(Node node) {
        if (node.isLiteral()) {
            String lang = node.getLiteralLanguage();
            if (lang != null && !lang.isEmpty()) {
                return values.createLiteral(node.getLiteralLexicalForm(), lang);
            }
            return values.createLiteral(node.getLiteralLexicalForm(), values.createIRI(node.getLiteralDatatypeURI()));
        }
        return resource(node);
    }

    Resource resource(Node node) {
        if (node.isBlank()) {
            return blankNodes.computeIfAbsent(node, n -> values.createBNode("b" + blankNodes.size()));
        }
        return iri(node);
    }

    IRI iri(Node node) {
        if (!node.isURI()) {
            throw new IllegalArgumentException("not an IRI: " + node);
        }
        return values.createIRI(node.getURI());
    }
}
