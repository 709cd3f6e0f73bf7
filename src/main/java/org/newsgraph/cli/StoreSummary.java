package org.newsgraph.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.KnowledgeStore;

/** Counts over the whole store, for {@code build}'s summary and {@code stats}. */
final class StoreSummary {
    private static final String PREFIXES = """
            PREFIX schema: <https://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            """;

    private StoreSummary() {
    }

    /**
     * Entities of each kind, named ones (a by-line's blank-node author is no entity): read from the entity
     * graph, one description per entity, when the store keeps one, else from the article graphs.
     */
    static Map<String, Long> entitiesByType(KnowledgeStore store) {
        boolean described = store.calculateRead(dsg -> dsg.containsGraph(EntityGraph.NODE));
        String where = described ? "GRAPH <" + EntityGraph.IRI + "> { ?e a ?type }" : "?e a ?type . FILTER(isIRI(?e))";
        return counts(store, """
                SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  %s
                  VALUES (?type ?key) { (schema:Person "persons") (schema:Country "countries")
                                        (schema:Organization "organizations") (schema:Place "places") }
                } GROUP BY ?key ORDER BY ?key""".formatted(where));
    }

    static Map<String, Long> overview(KnowledgeStore store) {
        Map<String, Long> out = new LinkedHashMap<>();
        out.put("articles", (long) store.articleIris().size());
        out.put("quads", store.countQuads());
        out.putAll(entitiesByType(store));
        out.putAll(counts(store, """
                SELECT ?key (COUNT(DISTINCT ?x) AS ?n) WHERE {
                  VALUES (?type ?key) { (sem:Event "events") (schema:Quotation "quotations") (ng:Role "roles") }
                  ?x a ?type .
                } GROUP BY ?key ORDER BY ?key"""));
        return out;
    }

    static Map<String, Long> eventsByCameoRoot(KnowledgeStore store) {
        return counts(store, """
                SELECT ?key (COUNT(DISTINCT ?e) AS ?n) WHERE {
                  ?e a sem:Event ; ng:cameoCode ?code .
                  BIND (SUBSTR(?code, 1, 2) AS ?key)
                } GROUP BY ?key ORDER BY ?key""");
    }

    private static Map<String, Long> counts(KnowledgeStore store, String body) {
        Query query = QueryFactory.create(PREFIXES + body);
        return store.query(query, exec -> {
            Map<String, Long> out = new LinkedHashMap<>();
            ResultSet rs = exec.execSelect();
            while (rs.hasNext()) {
                QuerySolution row = rs.next();
                out.put(row.getLiteral("key").getLexicalForm(), row.getLiteral("n").getLong());
            }
            return out;
        });
    }
}
