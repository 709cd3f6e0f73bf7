package org.newsgraph.rdf;

import org.apache.jena.graph.Graph;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;

/**
 * Checks one article graph against ontology/shapes.ttl. Graphs are validated one at a time, never
 * as a union: an entity named differently in two articles is fine in the store, but each article's
 * graph must be complete and consistent on its own.
 */
public final class ArticleGraphValidator {
    private final Shapes shapes;

    public ArticleGraphValidator() {
        this(Shapes.parse(EventClasses.readResource(Vocab.SHAPES_RESOURCE)));
    }

    public ArticleGraphValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    public ValidationReport validate(Graph articleGraph) {
        return ShaclValidator.get().validate(shapes, articleGraph);
    }
}
