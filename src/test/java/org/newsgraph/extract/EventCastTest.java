package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;

class EventCastTest {

    private static EventMention mention(String cameo, String date, int sentence, String... actors) {
        return new EventMention("Event", cameo, cameo, EventStatus.OCCURRED, "deal",
                new LinkedHashSet<>(List.of(actors)), actors[0], actors.length > 1 ? actors[1] : null, null, date,
                new Span(sentence * 100, sentence * 100 + 50), sentence);
    }

    private static int occurrences(EventMention... mentions) {
        return EventCoreference.merge(List.of(mentions), k -> k, Set.of()).size();
    }

    @Test
    void documentsBuildingsNewsAgenciesAndPlatformsCannotAct() {
        assertTrue(EventCast.cannotAct("Harbour Protection Act"));
        assertTrue(EventCast.cannotAct("Blue Room"));
        assertTrue(EventCast.cannotAct("Coral Shoal"));
        assertTrue(EventCast.cannotAct("Reuters"));
        assertTrue(EventCast.cannotAct("Telegram"), "a platform a statement is posted on");
        assertFalse(EventCast.cannotAct("Moldavian Port Authority"));
        assertFalse(EventCast.cannotAct("Ivo Brandt"));
    }

    @Test
    void aDocumentLeavesTheCastAndAPartNameBecomesTheFullName() {
        // "Okafor and the Harbour Act ..." in an article that also names Ada Okafor and Ivo Brandt.
        Map<String, String> names = Map.of("p/ada-okafor", "Ada Okafor", "p/okafor", "Okafor",
                "p/ivo-brandt", "Ivo Brandt", "o/harbour-act", "Harbour Act");
        Set<String> persons = Set.of("p/ada-okafor", "p/okafor", "p/ivo-brandt");
        EventCast cast = new EventCast(names, persons);
        EventMention cleaned = cast.clean(mention("057", null, 1, "p/okafor", "o/harbour-act", "p/ivo-brandt"));
        assertEquals(Set.of("p/okafor", "p/ada-okafor", "p/ivo-brandt"), cleaned.actorKeys());
        assertEquals("p/okafor", cleaned.initiator());
        assertNull(cleaned.target());
    }

    @Test
    void aPartNameSharedByTwoPeopleStaysAsItIs() {
        Map<String, String> names = Map.of("p/ada-okafor", "Ada Okafor", "p/ben-okafor", "Ben Okafor",
                "p/okafor", "Okafor");
        EventCast cast = new EventCast(names, Set.copyOf(names.keySet()));
        EventMention cleaned = cast.clean(mention("044", null, 1, "p/okafor", "p/ada-okafor"));
        assertEquals(Set.of("p/okafor", "p/ada-okafor"), cleaned.actorKeys());
    }

    @Test
    void reMentionsOfAnAgreementNamingOnePartyAreOneAgreement() {
        // Moldavia and Arvenia signed a deal on Friday. ... The Arvenian deal, in force on Saturday, ...
        List<EventMention> mentions = List.of(mention("057", "2025-06-13", 0, "Q1", "Q2"),
                mention("057", "2025-06-14", 5, "Q2", "Q3"));
        List<Event> events = EventCoreference.merge(mentions, k -> k, Set.of());
        assertEquals(1, events.size(), events.toString());
        assertEquals(List.of("Q1", "Q2", "Q3"), events.get(0).actorKeys());
    }

    @Test
    void anUndatedAccordAndADatedDealSharingOnePartyStayApart() {
        // Brandt spoke of a possible future accord with Okafor. ... Brandt and Moldavia signed a deal in April.
        assertEquals(2, occurrences(mention("057", null, 0, "p/ivo", "p/ada"),
                mention("057", "2025-04", 6, "p/ivo", "Q1")));
    }

    @Test
    void oneSideMockingTheOtherAndTheOtherDismissingItAreTwoEvents() {
        // Ivo Brandt mocked Ada Okafor. ... Okafor dismissed Brandt as a clown.
        assertEquals(2, occurrences(mention("111", null, 0, "p/ivo", "p/ada"),
                mention("110", null, 3, "p/ada", "p/ivo")));
    }

    @Test
    void twoTriggersOfOneSentenceWithDifferentDoersStayOneEvent() {
        // Brandt proposed a bill that would impose sanctions on Moldavia and tariffs on its buyers.
        assertEquals(1, occurrences(mention("163", null, 2, "p/ivo", "Q1"), mention("163", null, 2, "Q1", "p/ivo")));
    }

    @Test
    void theSummitAndTheTalksOfTheSameDayAreOneSitting() {
        // Brandt and Okafor held a summit on Friday. ... Their talks on Friday covered fishing rights.
        assertEquals(1, occurrences(mention("044", "2025-06-13", 0, "p/ivo", "p/ada"),
                mention("046", "2025-06-13", 4, "p/ada", "p/ivo")));
    }

    @Test
    void aPhoneCallAndTalksStayApart() {
        assertEquals(2, occurrences(mention("041", "2025-06-13", 0, "p/ivo", "p/ada"),
                mention("046", "2025-06-13", 4, "p/ada", "p/ivo")));
    }

    @Test
    void meetingsOnDifferentDaysWithOneSharedSideStayApart() {
        assertEquals(2, occurrences(mention("044", "2025-06-13", 0, "Q1", "Q2"),
                mention("044", "2025-06-14", 5, "Q2", "Q3")));
    }
}
