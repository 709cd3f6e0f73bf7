package org.newsgraph.extract;

import java.util.List;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.Event;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnnotatedDocument;

/** CAMEO-coded events with actors, place, date and status. Not built yet: see issue "Events and quotations". */
final class EventExtractor {
    private final Gazetteer gazetteer;

    EventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    List<Event> extract(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles) {
        return List.of();
    }
}
