package org.newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;

/**
 * One trigger in one sentence with the arguments read around it, before mentions of the same
 * occurrence are merged into one event by {@link EventCoreference}. {@code triggerCameo} is the
 * code before cues recoded it ("proposed talks": 036, trigger 046), for "the talks" to find it.
 */
public record EventMention(String eventClass, String cameo, String triggerCameo, EventStatus status, String noun,
                    Set<String> actorKeys,
                    String initiator, String target, String placeKey, String date, Span evidence,
                    int sentence) {

    public EventMention {
        actorKeys = new LinkedHashSet<>(actorKeys);
    }

    String root() {
        return cameo.substring(0, 2);
    }

    List<String> actors() {
        return List.copyOf(actorKeys);
    }
}
