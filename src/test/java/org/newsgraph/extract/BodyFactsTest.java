package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;
import org.newsgraph.testdata.SampleExtractions;

class BodyFactsTest {

    @Test
    void entitiesAndEventsKnownOnlyFromTheHeadlineAreDropped() {
        Extraction base = SampleExtractions.diplomaticCall();
        Span headline = new Span(0, base.article().bodyStart() - 2);
        Entity headlineOnly = new Entity("place/somewhere", EntityType.PLACE, null, "Somewhere", Set.of(), null,
                List.of(new Mention(new Span(0, 6), "Norway", 0)));
        Event headlineEvent = new Event("Negotiation", "046", "talks", List.of("Q20", "Q298"), null, null, null,
                null, EventStatus.PLANNED, List.of(headline));
        List<Entity> entities = new ArrayList<>(base.entities());
        entities.add(headlineOnly);
        List<Event> events = new ArrayList<>(base.events());
        events.add(headlineEvent);
        Extraction kept = BodyFacts.keep(new Extraction(base.article(), base.sentences(), entities, base.roles(),
                events, base.quotes()));
        assertFalse(kept.entities().stream().anyMatch(e -> e.key().equals("place/somewhere")));
        assertEquals(base.entities().size(), kept.entities().size(), "entities the body names are kept");
        assertFalse(kept.events().contains(headlineEvent));
        assertEquals(base.events().size(), kept.events().size());
        assertTrue(kept.entities().stream().anyMatch(e -> e.key().equals("Q20")));
    }
}
