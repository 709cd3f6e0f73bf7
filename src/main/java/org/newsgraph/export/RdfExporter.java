package org.newsgraph.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.rio.RDFHandlerException;
import org.eclipse.rdf4j.rio.RDFWriter;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.KnowledgeStore;

/**
 * Writes the store, or one article graph, with RDF4J Rio, declaring the newsgraph prefixes.
 *
 * <p>For Turtle and RDF/XML, statements are first collected into an RDF4J {@link Model}: its set
 * semantics write each union triple once (an entity described by two articles is described in both
 * graphs). TriG, N-Quads and JSON-LD keep the graphs apart, where the store holds no duplicates, so
 * the store's quads go straight to the writer, in the same order (graph by graph, subject by subject):
 * building the model cost as much as writing it.
 */
public final class RdfExporter {

    /** Writes every article graph in the store (named graphs only: the stored default graph is the build ledger). */
    public void exportStore(KnowledgeStore store, ExportFormat format, OutputStream out) {
        if (format.carriesNamedGraphs()) {
            Rdf4jStatements statements = new Rdf4jStatements();
            // A TDB2 read transaction does not block writers, so it may stay open while the output is written.
            store.read(dsg -> write(Iter.map(articleQuads(dsg),
                    quad -> statements.statement(quad, true)), format, out));
            return;
        }
        Model model;
        try {
            model = store.calculateRead(dsg -> collect(format, sink -> articleQuads(dsg).forEachRemaining(sink)));
        } catch (IllegalArgumentException e) {
            // an IRI RDF4J refuses, written into the store by an older build or through the server
            throw new NewsgraphException("cannot write " + format.formatName() + " output (" + e.getMessage() + ")", e);
        }
        write(model.iterator(), format, out);
    }

    /** The quads of the article graphs: the entity graph is derived from them, rebuilt rather than exported. */
    private static Iterator<Quad> articleQuads(DatasetGraph dsg) {
        return Iter.filter(dsg.findNG(Node.ANY, Node.ANY, Node.ANY, Node.ANY), q -> EntityGraph.isArticleGraph(q.getGraph()));
    }

    /**
     * Writes one graph, as the {@code extract} command does for a single article: in TriG, N-Quads and
     * JSON-LD it sits in the named graph {@code graphName}; in Turtle and RDF/XML its triples are written as is.
     */
    public void exportGraph(String graphName, Graph graph, ExportFormat format, OutputStream out) {
        writeSorted(NodeFactory.createURI(graphName), graph, format, out);
    }

    /** Writes the triples of {@code graph} in no named graph, whatever the format (a resource's description). */
    public void exportTriples(Graph graph, ExportFormat format, OutputStream out) {
        writeSorted(Quad.defaultGraphIRI, graph, format, out);
    }

    private static void writeSorted(Node name, Graph graph, ExportFormat format, OutputStream out) {
        // An in-memory graph iterates in hash order; sort so the file reads subject by subject, the same every run.
        List<Triple> triples = graph.find().toList();
        triples.sort(Comparator.comparing((Triple t) -> t.getSubject().toString())
                .thenComparing(t -> t.getPredicate().getURI())
                .thenComparing(t -> t.getObject().toString()));
        Model model = collect(format, sink -> triples.forEach(t -> sink.accept(Quad.create(name, t))));
        write(model.iterator(), format, out);
    }

    private static Model collect(ExportFormat format, Consumer<Consumer<Quad>> quads) {
        Rdf4jStatements statements = new Rdf4jStatements();
        Model model = new LinkedHashModel();
        quads.accept(quad -> model.add(statements.statement(quad, format.carriesNamedGraphs())));
        return model;
    }

    private static void write(Iterator<Statement> statements, ExportFormat format, OutputStream out) {
        if (format == ExportFormat.JSONLD) {
            writeJsonLd(statements, out);
            return;
        }
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        config.set(BasicWriterSettings.INLINE_BLANK_NODES, true);
        try {
            BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
            RDFWriter writer = Rio.createWriter(format.rioFormat(), buffered);
            writer.setWriterConfig(config);
            writer.startRDF();
            for (Map.Entry<String, String> prefix : Vocab.prefixes().entrySet()) {
                writer.handleNamespace(prefix.getKey(), prefix.getValue());
            }
            statements.forEachRemaining(statement -> {
                if (format == ExportFormat.RDFXML) {
                    requireXmlCharacters(statement);
                }
                writer.handleStatement(statement);
            });
            writer.endRDF();
            buffered.flush();
        } catch (IOException e) {
            throw new NewsgraphException("cannot write " + format.formatName() + " output (" + e.getMessage() + ")", e);
        } catch (RDFHandlerException | IllegalArgumentException e) {
            // e.g. an IRI without a scheme written into the store by an older build or through the server
            throw new NewsgraphException("cannot write " + format.formatName() + " output (" + e.getMessage() + ")", e);
        }
    }

    /**
     * RDF/XML is XML 1.0, which cannot carry most control characters even as character references;
     * RDF4J writes them anyway, and the file is then ill-formed. Ingest replaces such characters, so
     * only a store written otherwise (an older build, a --writable server) can hold them.
     */
    private static void requireXmlCharacters(Statement statement) {
        String text = statement.getObject().stringValue();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean xml = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
                    || (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(++i)));
            if (!xml) {
                throw new NewsgraphException(String.format(java.util.Locale.ROOT, "cannot write RDF/XML: the value of <%s> <%s> "
                        + "holds U+%04X at character %d, which XML 1.0 cannot carry; rebuild the store (build replaces such "
                        + "characters) or export another format", statement.getSubject().stringValue(),
                        statement.getPredicate().stringValue(), (int) c, i));
            }
        }
    }

    /** JSON-LD goes graph by graph: the statements arrive grouped by graph, each group is compacted on its own. */
    private static void writeJsonLd(Iterator<Statement> statements, OutputStream out) {
        BufferedOutputStream buffered = new BufferedOutputStream(out, 1 << 16);
        try (JsonLdGraphWriter writer = new JsonLdGraphWriter(buffered)) {
            List<Statement> graph = new ArrayList<>();
            while (statements.hasNext()) {
                Statement next = statements.next();
                if (!graph.isEmpty() && !Objects.equals(graph.get(0).getContext(), next.getContext())) {
                    writer.writeGraph(graph);
                    graph.clear();
                }
                graph.add(next);
            }
            writer.writeGraph(graph);
        }
        try {
            buffered.flush();
        } catch (IOException e) {
            throw new NewsgraphException("cannot write jsonld output (" + e.getMessage() + ")", e);
        }
    }
}
