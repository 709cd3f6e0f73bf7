package org.newsgraph.extract;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Cleans the cast of event mentions before they are merged. Names that cannot act drop out: documents,
 * buildings and news agencies the tagger took for organisations ("the Harbour Act", "Blue Room",
 * "told Reuters"). A person named in part ("Okafor") becomes the person named in full elsewhere in the
 * article ("Ada Okafor"), so that two mentions of one meeting are not two meetings.
 */
final class EventCast {
    private static final Lexicon NON_ACTOR_HEADS = Lexicon.load("misc-non-organisation-heads.txt");
    private static final Lexicon MORE_NON_ACTOR_HEADS = Lexicon.load("event-non-actor-heads.txt");
    private static final Lexicon NON_ACTOR_NAMES = Lexicon.load("event-non-actor-names.txt");

    private final Set<String> dropped = new LinkedHashSet<>();
    private final Map<String, String> fullPerson = new HashMap<>();

    /** {@code names}: display name per actor key; {@code persons}: the keys of people. */
    EventCast(Map<String, String> names, Set<String> persons) {
        names.forEach((key, name) -> {
            if (!persons.contains(key) && cannotAct(name)) {
                dropped.add(key);
            }
        });
        for (String part : persons) {
            String full = onlyFullerName(part, names, persons);
            if (full != null) {
                fullPerson.put(part, full);
            }
        }
    }

    static boolean cannotAct(String name) {
        String lower = name.toLowerCase(Locale.ROOT).strip();
        String[] words = lower.split("\\s+");
        return NON_ACTOR_NAMES.contains(lower) || NON_ACTOR_HEADS.contains(words[words.length - 1])
                || MORE_NON_ACTOR_HEADS.contains(words[words.length - 1]);
    }

    /** The one other person whose name starts or ends with all of this person's name, if exactly one. */
    private static String onlyFullerName(String part, Map<String, String> names, Set<String> persons) {
        String partName = names.get(part);
        if (partName == null) {
            return null;
        }
        String found = null;
        for (String other : persons) {
            String otherName = names.get(other);
            if (other.equals(part) || otherName == null || !extends_(otherName, partName)) {
                continue;
            }
            if (found != null) {
                return null;
            }
            found = other;
        }
        return found;
    }

    /** "Ada Okafor" extends "Okafor" and "Ada"; "Adam Okafor" does not extend "Ada". */
    private static boolean extends_(String full, String part) {
        List<String> f = List.of(full.split("[\\s-]+"));
        List<String> p = List.of(part.split("[\\s-]+"));
        if (p.size() >= f.size()) {
            return false;
        }
        return f.subList(0, p.size()).equals(p) || f.subList(f.size() - p.size(), f.size()).equals(p);
    }

    EventMention clean(EventMention m) {
        Set<String> actors = new LinkedHashSet<>();
        for (String a : m.actorKeys()) {
            if (!dropped.contains(a)) {
                actors.add(a);
                if (fullPerson.containsKey(a)) {
                    actors.add(fullPerson.get(a));
                }
            }
        }
        return new EventMention(m.eventClass(), m.cameo(), m.triggerCameo(), m.status(), m.noun(), actors,
                keep(m.initiator()), keep(m.target()), m.placeKey(), m.date(), m.evidence(), m.sentence());
    }

    private String keep(String key) {
        return key == null || dropped.contains(key) ? null : key;
    }
}
