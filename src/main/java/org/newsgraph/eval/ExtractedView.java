package org.newsgraph.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;

/**
 * What an outside evaluation sees of one article's graph: it reads only the vocabulary contract
 * (schema.org, SEM, ng:cameoCode), through SPARQL, never newsgraph's Java objects.
 */
final class ExtractedView {
    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            """;

    record ExtractedEvent(String iri, String cameo, Set<String> actors, String date, String label) {
    }

    record ExtractedQuote(String text, String creator) {
    }

    /** Entity IRI -> every name it carries. */
    final Map<String, Set<String>> entityNames = new LinkedHashMap<>();
    final List<ExtractedEvent> events = new ArrayList<>();
    final List<ExtractedQuote> quotes = new ArrayList<>();

    ExtractedView(Model model) {
        select(model, """
                SELECT ?e ?name WHERE {
                  ?e a ?type .
                  VALUES ?type { schema:Person schema:Country schema:Organization schema:Place }
                  ?e schema:name|skos:altLabel|rdfs:label|schema:alternateName ?name .
                  FILTER isIRI(?e)
                }""", row -> entityNames.computeIfAbsent(row.getResource("e").getURI(), k -> new LinkedHashSet<>())
                .add(row.getLiteral("name").getLexicalForm()));
        Map<String, ExtractedEvent> byIri = new LinkedHashMap<>();
        select(model, """
                SELECT ?ev ?code ?actor ?date ?label WHERE {
                  ?ev a sem:Event ; ng:cameoCode ?code .
                  OPTIONAL { ?ev sem:hasActor ?actor }
                  OPTIONAL { ?ev sem:hasTimeStamp ?date }
                  OPTIONAL { ?ev rdfs:label ?label }
                }""", row -> {
            String iri = row.getResource("ev").getURI();
            ExtractedEvent ev = byIri.computeIfAbsent(iri, k -> new ExtractedEvent(k,
                    row.getLiteral("code").getLexicalForm(), new LinkedHashSet<>(),
                    row.contains("date") ? row.getLiteral("date").getLexicalForm() : null,
                    row.contains("label") ? row.getLiteral("label").getLexicalForm() : iri));
            if (row.contains("actor") && row.get("actor").isURIResource()) {
                ev.actors().add(row.getResource("actor").getURI());
            }
        });
        events.addAll(byIri.values());
        select(model, """
                SELECT ?text ?creator WHERE {
                  ?q a schema:Quotation ; schema:text ?text .
                  OPTIONAL { ?q schema:creator ?creator }
                }""", row -> quotes.add(new ExtractedQuote(row.getLiteral("text").getLexicalForm(),
                row.contains("creator") && row.get("creator").isURIResource()
                        ? row.getResource("creator").getURI() : null)));
    }

    private static void select(Model model, String body, java.util.function.Consumer<QuerySolution> each) {
        Query query = QueryFactory.create(PREFIXES + body);
        try (QueryExecution exec = QueryExecution.model(model).query(query).build()) {
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                each.accept(rs.next());
            }
        }
    }

    /** The names of an entity IRI, normalised for matching. */
    Set<String> normalizedNames(String iri) {
        Set<String> out = new LinkedHashSet<>();
        for (String name : entityNames.getOrDefault(iri, Set.of())) {
            out.add(EvalNames.normalize(name));
        }
        return out;
    }
}
