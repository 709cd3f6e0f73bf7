package org.newsgraph.model;

import java.util.List;

/**
 * Something that happened (or was planned, proposed, threatened...) between actors.
 *
 * @param eventClass local name of the {@code ng:} event class, e.g. {@code PhoneCall}
 * @param cameo      the CAMEO code, 2 to 4 digits, e.g. {@code "041"}
 * @param actorKeys  every participant's entity key (initiator and target included)
 * @param initiator  key of the actor who started it, or null
 * @param target     key of the actor it was aimed at, or null
 * @param placeKey   key of the place entity, or null
 * @param date       ISO date ({@code 2025-05-19}) or month ({@code 2025-05}), or null
 * @param evidence   the sentence spans the event was read from
 */
public record Event(
        String eventClass,
        String cameo,
        String label,
        List<String> actorKeys,
        String initiator,
        String target,
        String placeKey,
        String date,
        EventStatus status,
        List<Span> evidence) {
}
