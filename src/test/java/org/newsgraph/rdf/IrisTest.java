package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;

class IrisTest {
    @Test
    void articlesEntitiesAndMentionsFollowTheVocabulary() {
        assertEquals("https://w3id.org/newsgraph/id/article/3f9a1c0e7b21", Iris.article("3f9a1c0e7b21"));
        assertEquals("https://w3id.org/newsgraph/id/entity/Q7747", Iris.entity("Q7747"));
        assertEquals("https://w3id.org/newsgraph/id/entity/person/jake-sullivan", Iris.entity("person/jake-sullivan"));
        assertEquals("https://w3id.org/newsgraph/id/article/3f9a1c0e7b21#char=3310,3402",
                Iris.span("3f9a1c0e7b21", new Span(3310, 3402)));
    }

    @Test
    void keysThatAreNotIriSafeArePercentEncoded() {
        assertEquals("https://w3id.org/newsgraph/id/entity/person/jos%C3%A9%20n%C3%BA%C3%B1ez", Iris.entity("person/josé núñez"));
    }

    @Test
    void eventIrisDependOnActorsAsASetNotOnTheirOrderOrWording() {
        Event a = event(List.of("Q1", "Q2"), "2025-05-19", "phone call");
        Event b = event(List.of("Q2", "Q1"), "2025-05-19", "the call");
        Event c = event(List.of("Q1", "Q2"), "2025-05-20", "phone call");
        assertEquals(Iris.event("C", a), Iris.event("C", b));
        assertNotEquals(Iris.event("C", a), Iris.event("C", c));
        assertNotEquals(Iris.event("C", a), Iris.event("D", a));
        assertTrue(Iris.event("C", a).matches("https://w3id\\.org/newsgraph/id/event/[0-9a-f]{16}"));
    }

    @Test
    void eventIrisIgnoreBystandersAndPlaceWhenInitiatorAndTargetAreKnown() {
        Event call = new Event("C", "041", "call", List.of("Q1", "Q2"), "Q1", "Q2", null, "2025-05-19",
                EventStatus.OCCURRED, List.of());
        Event reportedElsewhere = new Event("C", "041", "the call about Q3", List.of("Q2", "Q1", "Q3"), "Q2", "Q1",
                "Q99", "2025-05-19", EventStatus.OCCURRED, List.of());
        Event otherTarget = new Event("C", "041", "call", List.of("Q1", "Q4"), "Q1", "Q4", null, "2025-05-19",
                EventStatus.OCCURRED, List.of());
        assertEquals(Iris.event("C", call), Iris.event("C", reportedElsewhere));
        assertNotEquals(Iris.event("C", call), Iris.event("C", otherTarget));
    }

    private static Event event(List<String> actors, String date, String label) {
        return new Event("C", "041", label, actors, null, null, null, date, EventStatus.OCCURRED, List.of());
    }
}
