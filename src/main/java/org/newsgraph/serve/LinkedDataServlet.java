package org.newsgraph.serve;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.newsgraph.export.ExportFormat;
import org.newsgraph.export.RdfExporter;
import org.newsgraph.rdf.Vocab;

/**
 * Makes the minted IRIs resolve on {@code serve}: {@code GET /id/entity/Q7747} answers the entity's
 * description (its statements in every article graph), {@code /id/article/...} the article's graph.
 * Content negotiation: a browser (Accept: text/html) is sent to the explorer's page for the IRI
 * with 303 See Other; Turtle, JSON-LD (with the newsgraph context), N-Triples and RDF/XML otherwise,
 * Turtle when the client does not say.
 */
final class LinkedDataServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    /** Media types, in the order they are preferred when a client accepts several equally. */
    private static final List<MediaFormat> FORMATS = List.of(
            new MediaFormat("text/turtle", ExportFormat.TTL),
            new MediaFormat("application/ld+json", ExportFormat.JSONLD),
            new MediaFormat("application/n-triples", ExportFormat.NQ),
            new MediaFormat("application/rdf+xml", ExportFormat.RDFXML));

    private record MediaFormat(String mediaType, ExportFormat format) {
    }

    private final transient DatasetGraph dataset;

    LinkedDataServlet(DatasetGraph dataset) {
        this.dataset = dataset;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "" : request.getPathInfo().replaceFirst("^/", "");
        String iri = Vocab.NGR + path;
        response.setHeader("Vary", "Accept");
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept").toLowerCase(Locale.ROOT);
        Graph description = describe(iri);
        if (description.isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND, iri + " is not in this store");
            return;
        }
        if (accept.contains("text/html")) {
            response.setStatus(HttpServletResponse.SC_SEE_OTHER);
            response.setHeader("Location", explorerPage(path, iri));
            return;
        }
        MediaFormat chosen = FORMATS.stream().filter(f -> accept.contains(f.mediaType())).findFirst().orElse(FORMATS.get(0));
        response.setContentType(chosen.mediaType() + "; charset=utf-8");
        new RdfExporter().exportTriples(description, chosen.format(), response.getOutputStream());
    }

    /** The explorer route that shows this kind of resource. */
    static String explorerPage(String path, String iri) {
        String kind = path.startsWith("event/") ? "event" : path.startsWith("article/") ? "article" : "entity";
        return "/#/" + kind + "/" + URLEncoder.encode(iri, StandardCharsets.UTF_8);
    }

    /** An article: its whole graph. Anything else: what every article graph says about it. */
    private Graph describe(String iri) {
        Node node = NodeFactory.createURI(iri);
        return Txn.calculateRead(dataset, () -> {
            Graph out = GraphFactory.createDefaultGraph();
            if (iri.startsWith(Vocab.NGA) && dataset.containsGraph(node)) {
                dataset.getGraph(node).find().forEachRemaining(out::add);
            } else {
                dataset.getUnionGraph().find(node, Node.ANY, Node.ANY).forEachRemaining(out::add);
            }
            return out;
        });
    }
}
