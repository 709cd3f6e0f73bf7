package org.newsgraph.export;

import java.io.OutputStream;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.eclipse.rdf4j.rio.jsonld.JSONLDMode;
import org.eclipse.rdf4j.rio.jsonld.JSONLDSettings;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.KnowledgeStore;

/**
 * Writes the store, or one article graph, with RDF4J Rio, declaring the newsgraph prefixes.
 *
 * <p>Statements are first collected into an RDF4J {@link Model}: its set semantics write each union
 * triple once in Turtle and RDF/XML (an entity described by two articles is described in both graphs),
 * and the read transaction on the store is over before any byte is written.
 */
public final class RdfExporter {

    /** Writes every article graph in the store (named graphs only: the stored default graph is the build ledger). */
    public void exportStore(KnowledgeStore store, ExportFormat format, OutputStream out) {
        Model model = store.calculateRead(dsg -> collect(format, sink -> dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(sink)));
        write(model, format, out);
    }

    /**
     * Writes one graph, as the {@code extract} command does for a single article: in TriG, N-Quads and
     * JSON-LD it sits in the named graph {@code graphName}; in Turtle and RDF/XML its triples are written as is.
     */
    public void exportGraph(String graphName, Graph graph, ExportFormat format, OutputStream out) {
        Node name = NodeFactory.createURI(graphName);
        // An in-memory graph iterates in hash order; sort so the file reads subject by subject, the same every run.
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().toString()));
        Model model = collect(format, sink -> triples.forEach(t -> sink.accept(Quad.create(name, t))));
        write(model, format, out);
    }

    private static Model collect(ExportFormat format, Consumer<Consumer<Quad>> quads) {
        Rdf4jStatements statements = new Rdf4jStatements();
        Model model = new LinkedHashModel();
        quads.accept(quad -> model.add(statements.statement(quad, format.carriesNamedGraphs())));
        return model;
    }

    private static void write(Model model, ExportFormat format, OutputStream out) {
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        config.set(BasicWriterSettings.INLINE_BLANK_NODES, true);
        // Compact JSON-LD uses the declared prefixes as its context; expanded JSON-LD would spell every IRI out.
        config.set(JSONLDSettings.JSONLD_MODE, JSONLDMode.COMPACT);
        try {
            RDFWriter writer = Rio.createWriter(format.rioFormat(), out);
            writer.setWriterConfig(config);
            writer.startRDF();
            for (Map.Entry<String, String> prefix : Vocab.prefixes().entrySet()) {
                writer.handleNamespace(prefix.getKey(), prefix.getValue());
            }
            for (Statement statement : model) {
                writer.handleStatement(statement);
            }
            writer.endRDF();
        } catch (RDFHandlerException e) {
            throw new NewsgraphException("cannot write " + format.formatName() + " output (" + e.getMessage() + ")", e);
        }
    }
}
