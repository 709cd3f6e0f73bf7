package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphMemFactory;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.shacl.validation.ReportEntry;
import org.junit.jupiter.api.Test;
import org.newsgraph.testdata.SampleExtractions;

class ArticleGraphValidatorTest {
    private final ArticleGraphValidator validator = new ArticleGraphValidator();
    private final ExtractionMapper mapper = new ExtractionMapper();

    @Test
    void mappedGraphsConformEachOnItsOwn() {
        for (Graph graph : new Graph[] {mapper.map(SampleExtractions.diplomaticCall()), mapper.map(SampleExtractions.followUp())}) {
            ValidationReport report = validator.validate(graph);
            if (!report.conforms()) {
                ShLib.printReport(report);
            }
            assertTrue(report.conforms());
        }
    }

    @Test
    void brokenGraphIsReportedAtEachBrokenNode() {
        Graph graph = copy(mapper.map(SampleExtractions.diplomaticCall()));
        Node geneva = NodeFactory.createURI(Iris.entity("Q71"));
        Node berg = NodeFactory.createURI(Iris.entity("person/ola-berg"));
        // a second canonical name, a missing name, a malformed CAMEO code, an event without actors
        graph.add(Triple.create(geneva, Vocab.SCHEMA_NAME, NodeFactory.createLiteralString("Genf")));
        graph.delete(Triple.create(berg, Vocab.SCHEMA_NAME, NodeFactory.createLiteralString("Ola Berg")));
        Node threat = graph.find(Node.ANY, Vocab.NG_CAMEO_CODE, NodeFactory.createLiteralString("1312")).next().getSubject();
        graph.delete(Triple.create(threat, Vocab.NG_CAMEO_CODE, NodeFactory.createLiteralString("1312")));
        graph.add(Triple.create(threat, Vocab.NG_CAMEO_CODE, NodeFactory.createLiteralString("13x2")));
        graph.remove(threat, Vocab.SEM_HAS_ACTOR, Node.ANY);
        graph.remove(threat, Vocab.NG_INITIATOR, Node.ANY);
        graph.remove(threat, Vocab.NG_TARGET, Node.ANY);
        // a point with two latitudes, one of them past the pole
        Node point = NodeFactory.createURI(Iris.geo("Q71"));
        graph.add(Triple.create(point, Vocab.SCHEMA_LATITUDE, NodeFactory.createLiteralDT("95.0", org.apache.jena.datatypes.xsd.XSDDatatype.XSDdecimal)));

        ValidationReport report = validator.validate(graph);

        assertFalse(report.conforms());
        Set<Node> focusNodes = report.getEntries().stream().map(ReportEntry::focusNode).collect(Collectors.toSet());
        assertTrue(focusNodes.containsAll(Set.of(geneva, berg, threat, point)), () -> "reported: " + focusNodes);
        long threatViolations = report.getEntries().stream().filter(e -> e.focusNode().equals(threat)).count();
        assertTrue(threatViolations >= 2, "bad code and no actor are two violations");
    }

    @Test
    void initiatorNotStatedAsActorIsReported() {
        Graph graph = copy(mapper.map(SampleExtractions.diplomaticCall()));
        Node freight = NodeFactory.createURI(Iris.entity("organization/arctic-freight"));
        graph.remove(Node.ANY, Vocab.SEM_HAS_ACTOR, freight);
        assertFalse(validator.validate(graph).conforms());
    }

    @Test
    void shapesParseAsShacl() {
        assertTrue(ShaclValidator.get().validate(EventClasses.readResource(Vocab.SHAPES_RESOURCE),
                mapper.map(SampleExtractions.followUp())).conforms());
    }

    private static Graph copy(Graph graph) {
        Graph copy = GraphMemFactory.createDefaultGraph();
        graph.find().forEachRemaining(copy::add);
        return copy;
    }
}
