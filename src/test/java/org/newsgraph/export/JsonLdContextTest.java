package org.newsgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.junit.jupiter.api.Test;
import org.newsgraph.rdf.EventClasses;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.rdf.Vocab;
import org.newsgraph.testdata.SampleExtractions;

/** ontology/context.jsonld has a term for every property and class the graph uses, IRI-valued ones typed @id. */
class JsonLdContextTest {
    private final JsonObject context = JsonLdGraphWriter.context().getJsonObject("@context");

    /** Term IRI (expanded) to its definition. */
    private Map<String, JsonValue> termsByIri() {
        Map<String, JsonValue> terms = new HashMap<>();
        for (Map.Entry<String, JsonValue> term : context.entrySet()) {
            JsonValue definition = term.getValue();
            String id = definition instanceof JsonString s ? s.getString()
                    : definition instanceof JsonObject o ? o.getString("@id") : null;
            if (id != null && !term.getKey().startsWith("@") && !Vocab.prefixes().containsKey(term.getKey())) {
                terms.put(expand(id), definition);
            }
        }
        return terms;
    }

    private String expand(String compact) {
        int colon = compact.indexOf(':');
        String prefix = colon < 0 ? null : compact.substring(0, colon);
        return prefix != null && context.containsKey(prefix) ? context.getString(prefix) + compact.substring(colon + 1) : compact;
    }

    @Test
    void everyPropertyAndClassOfTheSampleGraphHasATerm() {
        Map<String, JsonValue> terms = termsByIri();
        Graph graph = new ExtractionMapper().map(SampleExtractions.diplomaticCall());
        Set<String> missing = new TreeSet<>();
        for (Triple t : graph.find().toList()) {
            String predicate = t.getPredicate().getURI();
            if (t.getPredicate().equals(Vocab.TYPE)) {
                if (!terms.containsKey(t.getObject().getURI())) {
                    missing.add("class " + t.getObject().getURI());
                }
                continue;
            }
            JsonValue term = terms.get(predicate);
            if (term == null) {
                missing.add("property " + predicate);
            } else if (t.getObject().isURI() || t.getObject().isBlank()) {
                assertTrue(term instanceof JsonObject o && "@id".equals(o.getString("@type", null)),
                        predicate + " has IRI values, so its term needs \"@type\": \"@id\"");
            }
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTermOfTheOntologyHasATerm() {
        Map<String, JsonValue> terms = termsByIri();
        Set<String> missing = new TreeSet<>();
        EventClasses.readOntology().find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            if (t.getSubject().isURI() && t.getSubject().getURI().startsWith(Vocab.NG) && !terms.containsKey(t.getSubject().getURI())) {
                missing.add(t.getSubject().getURI());
            }
        });
        assertEquals(Set.of(), missing);
    }

    @Test
    void theContextDeclaresEveryNewsgraphPrefix() {
        Vocab.prefixes().forEach((prefix, namespace) -> assertEquals(namespace, context.getString(prefix, null), prefix));
    }
}
