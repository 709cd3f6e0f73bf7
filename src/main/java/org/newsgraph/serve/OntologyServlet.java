package org.newsgraph.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.newsgraph.query.CameoNames;
import org.newsgraph.rdf.Vocab;

/**
 * {@code /ontology}: the ontology as an HTML page for browsers (every class, property and status
 * with its label, comment and CAMEO code, each at an anchor named after its local name, so
 * {@code ng:Negotiation} resolves to {@code /ontology#Negotiation}), and as Turtle otherwise or with
 * {@code ?format=ttl}. {@code /context.jsonld} is the JSON-LD context of the exports;
 * {@code /cameo.json} maps CAMEO codes to the names of their event classes, for the explorer.
 */
final class OntologyServlet extends HttpServlet {
    private static final long serialVersionUID = 1L;
    private static final String CONTEXT_RESOURCE = "org/newsgraph/ontology/context.jsonld";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Vary", "Accept");
        if (request.getRequestURI().endsWith("/cameo.json")) {
            response.setContentType("application/json");
            new ObjectMapper().writeValue(response.getOutputStream(), CameoNames.all());
            return;
        }
        if (request.getRequestURI().endsWith("/context.jsonld")) {
            copy(CONTEXT_RESOURCE, "application/ld+json", response);
            return;
        }
        String accept = request.getHeader("Accept") == null ? "" : request.getHeader("Accept").toLowerCase(Locale.ROOT);
        if ("ttl".equals(request.getParameter("format")) || !accept.contains("text/html")) {
            copy(Vocab.ONTOLOGY_RESOURCE, "text/turtle; charset=utf-8", response);
            return;
        }
        response.setContentType("text/html; charset=utf-8");
        writeHtml(response.getWriter());
    }

    private void copy(String resource, String type, HttpServletResponse response) throws IOException {
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                response.sendError(HttpServletResponse.SC_NOT_FOUND, resource);
                return;
            }
            response.setContentType(type);
            in.transferTo(response.getOutputStream());
        }
    }

    private static void writeHtml(PrintWriter out) {
        Model ontology = ModelFactory.createDefaultModel();
        RDFDataMgr.read(ontology, Vocab.ONTOLOGY_RESOURCE);
        Resource root = ontology.getResource("https://w3id.org/newsgraph/ontology");
        out.println("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<title>newsgraph ontology</title><link rel=\"stylesheet\" href=\"/explorer/explorer.css\"></head><body>");
        out.println("<header><a class=\"brand\" href=\"/\">newsgraph</a><nav><a href=\"/ontology?format=ttl\">Turtle</a> "
                + "<a href=\"/context.jsonld\">JSON-LD context</a></nav></header><main id=\"page\" class=\"ontology\">");
        out.println("<h1>" + escape(text(root, RDFS.label)) + "</h1>");
        out.println("<p>" + escape(text(root, DCTerms.description)) + "</p>");
        out.println("<p class=\"muted\">Namespace <code>" + Vocab.NG + "</code>, prefix <code>ng:</code>, version "
                + escape(text(root, OWL.versionInfo)) + ". Everything else in the graph is schema.org, SEM, PROV-O and NIF.</p>");
        section(out, ontology, "Event classes and other classes", OWL.Class);
        section(out, ontology, "Object properties", OWL.ObjectProperty);
        section(out, ontology, "Datatype and annotation properties", OWL.DatatypeProperty, OWL.AnnotationProperty);
        section(out, ontology, "Event statuses", OWL.NamedIndividual);
        out.println("</main></body></html>");
    }

    private static void section(PrintWriter out, Model ontology, String title, Resource... types) {
        Property cameo = ontology.createProperty(Vocab.NG + "cameoCode");
        List<Resource> terms = ontology.listSubjects().toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Vocab.NG))
                .filter(r -> List.of(types).stream().anyMatch(t -> r.hasProperty(RDF.type, t)))
                .sorted(Comparator.comparing((Resource r) -> text(r, cameo).isEmpty() ? "~" : text(r, cameo))
                        .thenComparing(Resource::getLocalName))
                .toList();
        out.println("<h2>" + escape(title) + " (" + terms.size() + ")</h2><table><tr><th>term</th><th>label</th>"
                + "<th>CAMEO</th><th>comment</th></tr>");
        for (Resource term : terms) {
            out.println("<tr id=\"" + escape(term.getLocalName()) + "\"><td><code>ng:" + escape(term.getLocalName())
                    + "</code></td><td>" + escape(text(term, RDFS.label)) + "</td><td>" + escape(text(term, cameo))
                    + "</td><td>" + escape(text(term, RDFS.comment)) + "</td></tr>");
        }
        out.println("</table>");
    }

    private static String text(Resource subject, Property property) {
        Statement s = subject.getProperty(property);
        return s == null ? "" : s.getObject().isLiteral() ? s.getString() : s.getObject().toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
