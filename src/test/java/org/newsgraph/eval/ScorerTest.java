package org.newsgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Event scoring is one-to-one: a duplicate or one broad event earns nothing twice. Invented data. */
class ScorerTest {
    private static final String SCHEMA = "https://schema.org/";
    private static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    private static final String NG = "https://w3id.org/newsgraph/ontology#";

    private static final Gold GOLD = new Gold("x", "2031-03-04",
            List.of(new Gold.GoldEntity("Arvenia", List.of(), "Country"),
                    new Gold.GoldEntity("Borelia", List.of(), "Country")),
            List.of(new Gold.GoldEvent("Arvenia-Borelia talks", "040", List.of("Arvenia", "Borelia"), null,
                            "2031-03", null),
                    new Gold.GoldEvent("Arvenia-Borelia meeting", "043", List.of("Arvenia", "Borelia"), null,
                            "2031-03-03", null),
                    new Gold.GoldEvent("Arvenia-Borelia clash", "190", List.of("Arvenia", "Borelia"), null, null,
                            null)),
            List.of());

    @Test
    void oneBroadEventMatchesOneGoldEventOnly() {
        Model m = countries();
        event(m, "e1", "040");
        DocumentScore s = new Scorer().score(GOLD, m);
        assertEquals(new Counts(1, 3, 1, 1), s.events());
        assertEquals(new Counts(1, 2, 1, 1), s.eventsByRoot().get("04"));
        assertEquals(new Counts(0, 1, 0, 0), s.eventsByRoot().get("19"));
    }

    @Test
    void aDuplicateEarnsNothingTwiceButTwoEventsMatchTwoGoldEvents() {
        Model m = countries();
        event(m, "e1", "040");
        event(m, "e2", "043");
        event(m, "e3", "036");
        DocumentScore s = new Scorer().score(GOLD, m);
        assertEquals(new Counts(2, 3, 2, 3), s.events());
        assertEquals(List.of("036 e3"), s.falseEvents());
        assertEquals(List.of("190 Arvenia-Borelia clash"), s.missedEvents());
    }

    @Test
    void theMatchingIsMaximumNotGreedy() {
        // g0 may match e0 or e1, g1 only e0: a greedy pass taking e0 for g0 would find one pair.
        BipartiteMatching m = new BipartiteMatching(new boolean[][] {{true, true}, {true, false}}, 2);
        assertEquals(1, m.extractedOf(0));
        assertEquals(0, m.extractedOf(1));
    }

    private static Model countries() {
        Model m = ModelFactory.createDefaultModel();
        m.createResource("urn:c:arvenia").addProperty(RDF.type, m.createResource(SCHEMA + "Country"))
                .addProperty(m.createProperty(SCHEMA + "name"), "Arvenia");
        m.createResource("urn:c:borelia").addProperty(RDF.type, m.createResource(SCHEMA + "Country"))
                .addProperty(m.createProperty(SCHEMA + "name"), "Borelia");
        return m;
    }

    private static void event(Model m, String id, String cameo) {
        Resource e = m.createResource("urn:ev:" + id).addProperty(RDF.type, m.createResource(SEM + "Event"))
                .addProperty(m.createProperty(NG + "cameoCode"), cameo).addProperty(RDFS.label, id);
        e.addProperty(m.createProperty(SEM + "hasActor"), m.createResource("urn:c:arvenia"));
        e.addProperty(m.createProperty(SEM + "hasActor"), m.createResource("urn:c:borelia"));
    }
}
