package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Legislation;
import org.newsgraph.testdata.SampleExtractions;

/** A sanctions bill maps to schema:Legislation with sponsor, cosponsors, target and its proposing event. */
class LegislationMappingTest {

    @Test
    void billIsLegislationLinkedFromTheEventThatProposesItAndConforms() {
        Extraction base = SampleExtractions.diplomaticCall();
        Event threat = base.events().get(2);
        Legislation bill = new Legislation("sanctions bill against Arctic Freight", "person/ola-berg",
                List.of("person/ana-ruiz"), "organization/arctic-freight", threat, threat.evidence());
        Extraction withBill = new Extraction(base.article(), base.sentences(), base.entities(), base.roles(),
                base.events(), base.quotes(), List.of(bill));
        Graph graph = new ExtractionMapper().map(withBill);
        String ask = """
                PREFIX schema: <https://schema.org/>
                PREFIX ng: <https://w3id.org/newsgraph/ontology#>
                PREFIX prov: <http://www.w3.org/ns/prov#>
                ASK {
                  ?bill a schema:Legislation ; schema:name "sanctions bill against Arctic Freight" ;
                        schema:sponsor <https://w3id.org/newsgraph/id/entity/person/ola-berg> ;
                        ng:cosponsor <https://w3id.org/newsgraph/id/entity/person/ana-ruiz> ;
                        schema:about <https://w3id.org/newsgraph/id/entity/organization/arctic-freight> ;
                        prov:wasDerivedFrom ?sentence .
                  ?event ng:cameoCode "1312" ; ng:legislation ?bill .
                }""";
        try (QueryExecution exec = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(ask).build()) {
            assertTrue(exec.execAsk(), "legislation terms missing");
        }
        assertTrue(new ArticleGraphValidator().validate(graph).conforms(), "graph with a bill does not conform");
    }
}
