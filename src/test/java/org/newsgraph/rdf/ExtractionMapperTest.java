package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.util.IsoMatcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.testdata.SampleExtractions;

class ExtractionMapperTest {
    private static final String PREFIXES = """
            PREFIX ng: <https://w3id.org/newsgraph/ontology#>
            PREFIX art: <https://w3id.org/newsgraph/id/article/>
            PREFIX ent: <https://w3id.org/newsgraph/id/entity/>
            PREFIX schema: <https://schema.org/>
            PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
            PREFIX prov: <http://www.w3.org/ns/prov#>
            PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
            PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    private final Graph graph = new ExtractionMapper().map(SampleExtractions.diplomaticCall());

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {
            // the article, its publisher and the NIF context the offsets refer to
            "art:a1b2c3d4e5f6 a schema:NewsArticle, nif:Context ; schema:headline \"Norway and Chile plan talks after a phone call\" ; schema:datePublished \"2025-05-22\"^^xsd:date ; schema:url <https://news.example.org/2025/05/22/norway-chile-call> ; schema:publisher [ a schema:NewsMediaOrganization ; schema:name \"The Example Courier\" ] ; schema:author [ schema:name \"Kari Nordmann\" ] ; schema:mentions ent:Q20, ent:Q71 ; nif:isString ?text . FILTER(STRSTARTS(?text, \"Norway and Chile\"))",
            // entities: schema.org types, one name, aliases, Wikidata
            "ent:Q71 a schema:Place, schema:City ; schema:name \"Geneva\" ; owl:sameAs wd:Q71 .",
            // a located place: one schema:GeoCoordinates node with a minted IRI, degrees as xsd:double
            "ent:Q71 schema:geo ?g . ?g a schema:GeoCoordinates ; schema:latitude 12.5 ; schema:longitude -7.25 . FILTER(STR(?g) = \"https://w3id.org/newsgraph/id/geo/Q71\")",
            "ent:Q20 a schema:Country . FILTER NOT EXISTS { ent:Q20 schema:geo ?any } FILTER NOT EXISTS { ?p a schema:Person ; schema:geo ?g }",
            "ent:Q20 a schema:Country ; skos:altLabel \"Norwegian\" ; owl:sameAs wd:Q20 .",
            "ent:person\\/ola-berg a schema:Person ; schema:name \"Ola Berg\" ; skos:altLabel \"Berg\" . FILTER NOT EXISTS { ent:person\\/ola-berg owl:sameAs ?any }",
            "ent:organization\\/arctic-freight a schema:Organization, schema:Corporation .",
            // mentions: RFC 5147 IRIs with offsets, anchor, context, sentence and entity link
            "?m a nif:Phrase ; nif:beginIndex ?b ; nif:endIndex ?e ; nif:anchorOf \"Geneva\" ; nif:referenceContext art:a1b2c3d4e5f6 ; itsrdf:taIdentRef ent:Q71 ; nif:sentence ?s . ?s a nif:Sentence ; nif:anchorOf \"The two agreed to meet in Geneva in June, Berg said.\" . art:a1b2c3d4e5f6 nif:isString ?text . FILTER(datatype(?b) = xsd:nonNegativeInteger && SUBSTR(?text, ?b + 1, ?e - ?b) = \"Geneva\" && STR(?m) = CONCAT(STR(art:a1b2c3d4e5f6), \"#char=\", STR(?b), \",\", STR(?e)))",
            // roles
            "?r a ng:Role ; ng:holder ent:person\\/ola-berg ; ng:roleName \"Foreign Minister\" ; ng:roleOf ent:Q20 ; ng:isCurrent true ; prov:wasDerivedFrom/nif:anchorOf \"Norwegian Foreign Minister Ola Berg\" .",
            // events: class from the CAMEO code when the named class is unknown, actors, roles, time, status, evidence
            "?ev a sem:Event, ng:DiscussByTelephone ; rdfs:label \"Berg-Ruiz phone call\" ; ng:cameoCode \"041\" ; sem:hasActor ent:person\\/ola-berg, ent:person\\/ana-ruiz ; ng:initiator ent:person\\/ola-berg ; ng:target ent:person\\/ana-ruiz ; sem:hasTimeStamp \"2025-05-19\"^^xsd:date ; ng:status ng:Occurred ; prov:wasDerivedFrom ?s . ?s a nif:Sentence ; nif:anchorOf ?sentence ; nif:beginIndex ?b . FILTER(STRSTARTS(?sentence, \"Norwegian Foreign Minister\"))",
            "?ev a sem:Event, ng:MeetAtThirdLocation ; ng:cameoCode \"044\" ; sem:hasPlace ent:Q71 ; sem:hasTimeStamp \"2025-06\"^^xsd:gYearMonth ; ng:status ng:Planned .",
            "?ev a ng:ThreatenWithSanctions ; ng:cameoCode \"1312\" ; sem:hasActor ent:Q20, ent:organization\\/arctic-freight ; ng:target ent:organization\\/arctic-freight ; ng:status ng:Threatened . FILTER NOT EXISTS { ?ev sem:hasTimeStamp ?t }",
            // quotations
            "?q a schema:Quotation ; schema:text \"We have a lot of work ahead of us,\" ; schema:creator ent:person\\/ana-ruiz ; schema:isPartOf art:a1b2c3d4e5f6 ; prov:wasDerivedFrom/nif:anchorOf ?s . FILTER(CONTAINS(?s, \"Ruiz told reporters\"))",
            // attribution: source and cue words as NIF phrases beside the creator
            "?q a schema:Quotation ; ng:speakerMention ?m ; ng:cue ?c . ?m a nif:Phrase ; nif:anchorOf \"Ruiz\" . ?c a nif:Phrase ; nif:anchorOf \"told\" . FILTER NOT EXISTS { ?q ng:anonymousSource ?any }",
    })
    void graphStatesTheVocabularyTerms(String pattern) {
        assertTrue(ask(graph, "ASK { " + pattern + " }"), () -> "no match for: " + pattern);
    }

    @Test
    void aPlaceReadByTwoArticlesHasOnePointInTheirUnion() {
        Article article = new Article("eeeeeeeeeeee", Path.of("other.txt"), "Geneva", "Geneva\n\nGeneva waits.", 8,
                LocalDate.of(2025, 6, 1), null, null, null);
        Entity geneva = new Entity("Q71", EntityType.PLACE, "City", "Geneva", Set.of(), "Q71",
                List.of(new Mention(new Span(8, 14), "Geneva", 0)), new Coordinates(12.5, -7.25));
        Graph other = new ExtractionMapper().map(new Extraction(article, List.of(new Span(8, 21)), List.of(geneva),
                List.of(), List.of(), List.of()));
        Graph union = GraphMemFactory.createDefaultGraph();
        graph.find().forEach(union::add);
        other.find().forEach(union::add);
        Node node = NodeFactory.createURI(Iris.entity("Q71"));
        assertTrue(other.contains(node, Vocab.SCHEMA_GEO, Node.ANY), "each article graph describes the place");
        assertEquals(1, union.find(node, Vocab.SCHEMA_GEO, Node.ANY).toList().size());
        Node point = union.find(node, Vocab.SCHEMA_GEO, Node.ANY).next().getObject();
        assertEquals(1, union.find(point, Vocab.SCHEMA_LATITUDE, Node.ANY).toList().size());
    }

    @Test
    void everyInitiatorAndTargetIsAlsoAnActor() {
        assertFalse(ask(graph, "ASK { ?e ng:initiator|ng:target ?a FILTER NOT EXISTS { ?e sem:hasActor ?a } }"));
    }

    @Test
    void eventsAndQuotesHaveContentHashIris() {
        assertTrue(ask(graph, "ASK { ?e a sem:Event FILTER(REGEX(STR(?e), \"^https://w3id.org/newsgraph/id/event/[0-9a-f]{16}$\")) }"));
        assertTrue(ask(graph, "ASK { ?q a schema:Quotation FILTER(REGEX(STR(?q), \"^https://w3id.org/newsgraph/id/quote/[0-9a-f]{16}$\")) }"));
    }

    @Test
    void mappingTwiceGivesIsomorphicGraphs() {
        Graph again = new ExtractionMapper().map(SampleExtractions.diplomaticCall());
        assertTrue(IsoMatcher.isomorphic(graph, again));
        assertTrue(graph.isIsomorphicWith(again));
    }

    @Test
    void theSameCallReadFromTwoArticlesIsOneEventNode() {
        Graph followUp = new ExtractionMapper().map(SampleExtractions.followUp());
        Node call = eventWithCode(graph, "041");
        assertEquals(call, eventWithCode(followUp, "041"));
    }

    @Test
    void spanPastTheEndOfTheTextIsReportedWithTheArticle() {
        Article article = new Article("ffffffffffff", Path.of("short.txt"), "Short", "Short\n\nText.", 7,
                LocalDate.of(2025, 1, 1), null, null, null);
        Entity entity = new Entity("Q1", EntityType.PLACE, null, "Nowhere", Set.of(), null,
                List.of(new Mention(new Span(3, 99), "x", 0)));
        Extraction bad = new Extraction(article, List.of(), List.of(entity), List.of(), List.of(), List.of());
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> new ExtractionMapper().map(bad));
        assertTrue(e.getMessage().contains("ffffffffffff") && e.getMessage().contains("[3,99)"), e.getMessage());
    }

    private static Node eventWithCode(Graph g, String code) {
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g))
                .query(PREFIXES + "SELECT ?e { ?e ng:cameoCode \"" + code + "\" }").build()) {
            return qe.execSelect().next().get("e").asNode();
        }
    }

    static boolean ask(Graph g, String query) {
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(g)).query(PREFIXES + query).build()) {
            return qe.execAsk();
        }
    }
}
