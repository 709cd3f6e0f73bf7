package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Group;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.testdata.SampleExtractions;

/** An actor named by its kind is an ng:Group with its CAMEO agent code and country, and validates. */
class GroupMappingTest {

    @Test
    void aGroupActorIsTypedWithItsAgentCodeAndCountryAndConforms() {
        Extraction base = SampleExtractions.diplomaticCall();
        Event call = base.events().get(0);
        // No group in the sample's text: any words no entity mention covers stand in for one.
        int at = base.article().text().indexOf("reporters");
        Mention mention = new Mention(new Span(at, at + "reporters".length()), "reporters", 2);
        Group police = new Group("group/police-q20", "Norwegian police", "COP", "Q20", List.of(mention));
        List<String> actors = new ArrayList<>(call.actorKeys());
        actors.add(police.key());
        Event withGroup = new Event(call.eventClass(), call.cameo(), call.label(), actors, call.initiator(),
                call.target(), call.placeKey(), call.date(), EventStatus.OCCURRED, call.evidence());
        Extraction extraction = new Extraction(base.article(), base.sentences(), base.entities(), List.of(police),
                base.roles(), List.of(withGroup), base.quotes(), List.of());

        Graph graph = new ExtractionMapper().map(extraction);

        assertTrue(ask(graph, """
                ASK {
                  ?event sem:hasActor ngr:entity\\/group\\/police-q20 .
                  ngr:entity\\/group\\/police-q20 a ng:Group ; schema:name "Norwegian police" ;
                      ng:agentCode "COP" ; ng:ofCountry ngr:entity\\/Q20 .
                  ?phrase itsrdf:taIdentRef ngr:entity\\/group\\/police-q20 .
                }"""), "group terms missing");
        // A group is not one of the named organisations the article mentions.
        assertFalse(ask(graph, "ASK { ngr:entity\\/group\\/police-q20 a schema:Organization }"));
        assertTrue(new ArticleGraphValidator().validate(graph).conforms(), "graph with a group does not conform");
    }

    private static boolean ask(Graph graph, String where) {
        String query = """
                PREFIX schema: <https://schema.org/>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX ngr: <https://w3id.org/newsgraph/id/>
                PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
                PREFIX itsrdf: <http://www.w3.org/2005/11/its/rdf#>
                """ + where;
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query).build()) {
            return exec.execAsk();
        }
    }
}
