package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.EventStatus;

class VocabTest {
    private final Graph ontology = EventClasses.readOntology();

    @Test
    void everyNgTermTheCodeUsesIsDeclaredInTheOntology() throws IllegalAccessException {
        List<String> undeclared = new ArrayList<>();
        for (Field field : Vocab.class.getDeclaredFields()) {
            if (Modifier.isStatic(field.getModifiers()) && field.getType() == Node.class) {
                Node term = (Node) field.get(null);
                if (term.isURI() && term.getURI().startsWith(Vocab.NG) && !declared(term)) {
                    undeclared.add(field.getName() + " = " + term.getURI());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    /** What ontology tools (Protégé, LOV, Widoco) look for: version IRI, preferred prefix, and each term tied to the ontology. */
    @Test
    void theOntologyCarriesItsMetadataAndEveryTermIsDefinedByIt() {
        Node ontologyIri = NodeFactory.createURI("https://w3id.org/newsgraph/ontology");
        String vann = "http://purl.org/vocab/vann/";
        assertTrue(ontology.contains(ontologyIri, OWL.versionIRI.asNode(), Node.ANY));
        assertTrue(ontology.contains(ontologyIri, NodeFactory.createURI(vann + "preferredNamespacePrefix"),
                NodeFactory.createLiteralString("ng")));
        List<String> undefined = new ArrayList<>();
        ontology.find(Node.ANY, Vocab.TYPE, Node.ANY).forEachRemaining(t -> {
            Node term = t.getSubject();
            if (term.isURI() && term.getURI().startsWith(Vocab.NG)
                    && !ontology.contains(term, RDFS.isDefinedBy.asNode(), ontologyIri)) {
                undefined.add(term.getURI());
            }
        });
        assertEquals(List.of(), undefined);
    }

    @Test
    void everyEventStatusIsAnIndividualOfTheOntology() {
        for (EventStatus status : EventStatus.values()) {
            Node individual = Vocab.ng(status.localName());
            assertTrue(ontology.contains(individual, Vocab.TYPE, Vocab.NG_EVENT_STATUS), individual::getURI);
        }
    }

    @Test
    void eventClassesCarryDistinctCameoCodesAndDescendFromSemEvent() {
        Map<String, Node> classes = EventClasses.bundled().byLocalName();
        assertTrue(classes.size() >= 40, "classes: " + classes.size());
        Set<String> codes = new HashSet<>();
        for (Node cls : classes.values()) {
            String code = EventClasses.bundled().codeOf(cls).orElseThrow();
            assertTrue(code.matches("[0-9]{2,4}"), code);
            assertTrue(codes.add(code), "two classes with code " + code);
            assertTrue(descendsFromSemEvent(cls), cls::getURI);
        }
    }

    @Test
    void codesFollowTheCameoCodebook() {
        EventClasses classes = EventClasses.bundled();
        Map<String, String> expected = Map.ofEntries(
                Map.entry("041", "DiscussByTelephone"), Map.entry("042", "MakeVisit"), Map.entry("043", "HostVisit"),
                Map.entry("044", "MeetAtThirdLocation"), Map.entry("045", "Mediate"), Map.entry("046", "Negotiation"),
                Map.entry("036", "IntendToMeetOrNegotiate"), Map.entry("057", "SignAgreement"),
                Map.entry("084", "ReturnOrReleasePersons"), Map.entry("0871", "DeclareCeasefire"),
                Map.entry("125", "RejectProposalToMeet"), Map.entry("1312", "ThreatenWithSanctions"),
                Map.entry("162", "ReduceOrStopAid"), Map.entry("1622", "ReduceOrStopMilitaryAid"),
                Map.entry("163", "ImposeSanctions"), Map.entry("164", "HaltNegotiations"), Map.entry("20", "MassViolence"),
                // finer codes fall back to the longest declared prefix
                Map.entry("0841", "ReturnOrReleasePersons"), Map.entry("120", "Reject"), Map.entry("1311", "ThreatenNonForce"));
        expected.forEach((code, localName) ->
                assertEquals(Vocab.NG + localName, classes.classForCode(code).orElseThrow().getURI(), code));
    }

    private boolean declared(Node term) {
        return ontology.find(term, Vocab.TYPE, Node.ANY).hasNext();
    }

    private boolean descendsFromSemEvent(Node cls) {
        Node subClassOf = org.apache.jena.vocabulary.RDFS.subClassOf.asNode();
        Node current = cls;
        for (int depth = 0; depth < 10; depth++) {
            var parents = ontology.find(current, subClassOf, Node.ANY).toList();
            if (parents.isEmpty()) {
                return false;
            }
            current = parents.get(0).getObject();
            if (current.equals(Vocab.SEM_EVENT)) {
                return true;
            }
        }
        return false;
    }
}
