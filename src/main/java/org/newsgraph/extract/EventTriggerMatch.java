package org.newsgraph.extract;

import org.newsgraph.model.EventStatus;

/**
 * A trigger found in a sentence, over tokens {@code [first, end)}, with the cue that recodes it
 * ("proposed" before "a meeting") or a null cue.
 */
record EventTriggerMatch(EventTrigger trigger, int first, int end, EventCues.Applied cue) {

    EventTriggerMatch withCue(EventCues.Applied newCue) {
        return new EventTriggerMatch(trigger, first, end, newCue);
    }

    String eventClass() {
        return cue == null ? trigger.eventClass() : cue.eventClass();
    }

    String cameo() {
        return cue == null ? trigger.cameo() : cue.cameo();
    }

    EventStatus status() {
        return cue == null ? trigger.status() : cue.status();
    }
}
