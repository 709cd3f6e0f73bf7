package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;

/** An event noun as the object of a verb that does not carry it is a re-mention, not a new event. */
class NominalEventsTest {

    @Test
    void aSideLessDealBlockedByAnotherIsNoNewEvent() {
        // The court blocked the deal .
        AnnotatedDocument doc = ParsedTestDocument.document(List.of("The DT the", "court NN court",
                        "blocked VBD block", "the DT the", "deal NN deal", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 2), new Dependency(2, "nsubj", 1),
                        new Dependency(1, "det", 0), new Dependency(2, "obj", 4), new Dependency(4, "det", 3)));
        assertFalse(NominalEvents.standsAlone(doc, doc.sentences().get(0), 4, ParsedTestDocument.countryMentions(doc)));
    }

    @Test
    void aTreatySignedIsAnEvent() {
        // Arvenia signed a treaty .
        AnnotatedDocument doc = ParsedTestDocument.document(List.of("Arvenia NNP arvenia", "signed VBD sign",
                        "a DT a", "treaty NN treaty", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 3), new Dependency(3, "det", 2)));
        assertTrue(NominalEvents.standsAlone(doc, doc.sentences().get(0), 3, ParsedTestDocument.countryMentions(doc)));
    }

    @Test
    void aNounThatNamesItsOwnSidesStandsWhateverGovernsIt() {
        // Carlo welcomed the agreement between Arvenia and Borelia .
        AnnotatedDocument doc = ParsedTestDocument.document(List.of("Carlo NNP carlo", "welcomed VBD welcome",
                        "the DT the", "agreement NN agreement", "between IN between", "Arvenia NNP arvenia",
                        "and CC and", "Borelia NNP borelia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 3), new Dependency(3, "det", 2), new Dependency(3, "nmod:between", 5),
                        new Dependency(5, "case", 4), new Dependency(5, "conj:and", 7), new Dependency(7, "cc", 6)));
        assertTrue(NominalEvents.standsAlone(doc, doc.sentences().get(0), 3, ParsedTestDocument.countryMentions(doc)));
    }

    @Test
    void aSideTheParserHangsOnANearerNounStillCounts() {
        // Carlo recalled calls during the crisis with Arvenia .
        AnnotatedDocument doc = ParsedTestDocument.document(List.of("Carlo NNP carlo", "recalled VBD recall",
                        "calls NNS call", "during IN during", "the DT the", "crisis NN crisis", "with IN with",
                        "Arvenia NNP arvenia", ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 1), new Dependency(1, "nsubj", 0),
                        new Dependency(1, "obj", 2), new Dependency(2, "nmod:during", 5), new Dependency(5, "case", 3),
                        new Dependency(5, "det", 4), new Dependency(5, "nmod:with", 7), new Dependency(7, "case", 6)));
        assertTrue(NominalEvents.standsAlone(doc, doc.sentences().get(0), 2, ParsedTestDocument.countryMentions(doc)));
    }

    @Test
    void aNounSubjectStands() {
        // The talks ended .
        AnnotatedDocument doc = ParsedTestDocument.document(List.of("The DT the", "talks NNS talk", "ended VBD end",
                        ". . ."),
                List.of(new Dependency(Dependency.ROOT, "root", 2), new Dependency(2, "nsubj", 1),
                        new Dependency(1, "det", 0)));
        assertTrue(NominalEvents.standsAlone(doc, doc.sentences().get(0), 1, ParsedTestDocument.countryMentions(doc)));
    }
}
