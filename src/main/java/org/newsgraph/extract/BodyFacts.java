package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.newsgraph.model.Entity;
import org.newsgraph.model.Event;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Group;
import org.newsgraph.model.Legislation;
import org.newsgraph.model.Quote;
import org.newsgraph.model.Role;

/**
 * A headline compresses the story into telegraphese ("Iran talks stall as NATO weighs pledge") that
 * reads badly as facts, and everything it reports worth keeping is told again in the body. So an
 * entity named only in the headline is dropped, and so is an event read only from it; the
 * headline's mentions of entities the body names are kept.
 */
final class BodyFacts {
    private BodyFacts() {
    }

    static Extraction keep(Extraction x) {
        int bodyStart = x.article().bodyStart();
        List<Entity> entities = x.entities().stream()
                .filter(e -> e.mentions().stream().anyMatch(m -> m.span().begin() >= bodyStart))
                .toList();
        Set<String> kept = entities.stream().map(Entity::key).collect(Collectors.toCollection(HashSet::new));
        // A group is known only as an actor ("protesters clashed with police"): kept while a kept event has it.
        x.groups().forEach(g -> kept.add(g.key()));
        List<Role> roles = x.roles().stream().filter(r -> kept.contains(r.personKey())).toList();
        List<Event> events = new ArrayList<>();
        for (Event e : x.events()) {
            boolean inBody = e.evidence().stream().anyMatch(s -> s.begin() >= bodyStart);
            List<String> actors = e.actorKeys().stream().filter(kept::contains).toList();
            if (inBody && !actors.isEmpty()) {
                events.add(new Event(e.eventClass(), e.cameo(), e.label(), actors, keptOrNull(e.initiator(), kept),
                        keptOrNull(e.target(), kept), keptOrNull(e.placeKey(), kept), e.date(), e.status(),
                        e.evidence()));
            }
        }
        List<Quote> quotes = x.quotes().stream()
                .map(q -> q.speakerKey() == null || kept.contains(q.speakerKey()) ? q
                        : q.withSpeaker(null))
                .toList();
        List<Legislation> bills = x.legislation().stream()
                .filter(b -> b.evidence().stream().anyMatch(s -> s.begin() >= bodyStart)).toList();
        Set<String> acting = new HashSet<>();
        events.forEach(e -> acting.addAll(e.actorKeys()));
        List<Group> groups = x.groups().stream().filter(g -> acting.contains(g.key())).toList();
        return new Extraction(x.article(), x.sentences(), entities, groups, roles, events, quotes, bills);
    }

    private static String keptOrNull(String key, Set<String> kept) {
        return key != null && kept.contains(key) ? key : null;
    }
}
