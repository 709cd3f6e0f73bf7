package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Span;

/**
 * Merges the mentions of one occurrence within an article: same CAMEO root, actors that overlap
 * (one set inside the other, or two shared), and no disagreement on the month or the place. The
 * merged event has every actor and every evidence sentence.
 */
public final class EventCoreference {

    private static final class Cluster {
        String eventClass;
        String cameo;
        EventStatus status;
        String noun;
        final Set<String> actors = new LinkedHashSet<>();
        String initiator;
        String target;
        String place;
        String date;
        final Set<Span> evidence = new TreeSet<>();
        int lastSentence;

        Cluster(EventMention m) {
            eventClass = m.eventClass();
            cameo = m.cameo();
            status = m.status();
            noun = m.noun();
            absorb(m);
        }

        void absorb(EventMention m) {
            // A generic code (040 consult) gives way to a specific one (041 phone call) for the same occurrence.
            if (isGeneric(cameo) && !isGeneric(m.cameo())) {
                eventClass = m.eventClass();
                cameo = m.cameo();
                noun = m.noun();
            }
            actors.addAll(m.actorKeys());
            initiator = initiator != null ? initiator : m.initiator();
            target = target != null ? target : m.target();
            place = place != null ? place : m.placeKey();
            if (date == null || m.date() != null && m.date().length() > date.length() && m.date().startsWith(date)) {
                date = m.date();
            }
            evidence.add(m.evidence());
            lastSentence = m.sentence();
        }

        boolean accepts(EventMention m, Set<String> persons) {
            if (!sameKind(cameo, m.cameo())) {
                return false;
            }
            // "A mocked B" and "B dismissed A" are two events, however alike their codes; within one sentence
            // ("sanctions on X and tariffs on ...") the doer read for a second trigger is too often wrong.
            if (directed(cameo) && initiator != null && m.initiator() != null && !initiator.equals(m.initiator())
                    && m.sentence() != lastSentence) {
                return false;
            }
            boolean agreement = cameo.startsWith(AGREEMENT) && m.cameo().startsWith(AGREEMENT);
            if (date != null && m.date() != null && !datesAgree(date, m.date(), agreement)) {
                return false;
            }
            if (place != null && m.placeKey() != null && !place.equals(m.placeKey())) {
                return false;
            }
            Set<String> shared = new LinkedHashSet<>(actors);
            shared.retainAll(m.actorKeys());
            // One shared party joins two agreements only when both are dated to the same month: an undated
            // "possible future accord" is not the deal two other parties signed in April.
            boolean datedAgreement = agreement && date != null && m.date() != null;
            if (shared.size() >= 2 || !shared.isEmpty()
                    && (datedAgreement || actors.containsAll(m.actorKeys()) || m.actorKeys().containsAll(actors))) {
                return true;
            }
            // Follow-up sentences name a part of the cast ("It would also impose tariffs on ..."), but a
            // new doer ("the EU adopted sanctions") or a new person ("Trump also spoke with Zelensky")
            // makes a new occurrence.
            return !shared.isEmpty() && m.sentence() - lastSentence <= ADJACENT_SENTENCES
                    && (m.initiator() == null || actors.contains(m.initiator()))
                    && m.actorKeys().stream().allMatch(a -> actors.contains(a) || !persons.contains(a));
        }
    }

    private static final int ADJACENT_SENTENCES = 2;
    /**
     * An article seldom reports two agreements among overlapping parties in one month: "the deal", "the
     * accord signed on Friday" and "the agreement" a day later name the one it is about, even when a
     * re-mention names only one party or the day it took effect.
     */
    private static final String AGREEMENT = "057";
    /**
     * Hosting (043), meeting (044) and negotiating (046) name one sitting in turn: "the summit", "the
     * talks" and "the meeting" the two leaders held that day. A phone call (041) or a visit (042) is
     * another occurrence.
     */
    private static final Set<String> FACE_TO_FACE = Set.of("043", "044", "046");

    /** Conflictual roots (10 demand and up) have a doer and a target; cooperation (01 to 09) is mostly mutual. */
    private static boolean directed(String cameo) {
        return cameo.compareTo("10") >= 0;
    }

    /** Same CAMEO event form (first three digits), or one of them the generic form of the other's root. */
    private static boolean sameKind(String a, String b) {
        if (!a.substring(0, 2).equals(b.substring(0, 2))) {
            return false;
        }
        return a.substring(0, 3).equals(b.substring(0, 3)) || isGeneric(a) || isGeneric(b)
                || FACE_TO_FACE.contains(a.substring(0, 3)) && FACE_TO_FACE.contains(b.substring(0, 3));
    }

    /** Same month, and the same day when both give one (unless {@code monthOnly}). */
    private static boolean datesAgree(String a, String b, boolean monthOnly) {
        if (!a.substring(0, 7).equals(b.substring(0, 7))) {
            return false;
        }
        return monthOnly || a.length() < 10 || b.length() < 10 || a.equals(b);
    }

    private EventCoreference() {
    }

    private static boolean isPartOf(String part, String name) {
        return name.length() > part.length() && (name.startsWith(part + " ") || name.endsWith(" " + part));
    }

    private static boolean isGeneric(String cameo) {
        return cameo.length() == 3 && cameo.endsWith("0");
    }

    /**
     * One event per occurrence, in order of first mention; {@code names} gives an actor key's name for
     * labels, {@code persons} the keys of people.
     */
    public static List<Event> merge(List<EventMention> mentions, Function<String, String> names, Set<String> persons) {
        List<Cluster> clusters = new ArrayList<>();
        for (EventMention m : mentions) {
            Cluster home = clusters.stream().filter(c -> c.accepts(m, persons)).findFirst().orElse(null);
            if (home == null) {
                clusters.add(new Cluster(m));
            } else {
                home.absorb(m);
            }
        }
        List<Event> out = new ArrayList<>();
        for (Cluster c : clusters) {
            List<String> actors = List.copyOf(c.actors);
            out.add(new Event(c.eventClass, c.cameo, label(c, names), actors, c.initiator, c.target, c.place,
                    c.date, c.status, List.copyOf(c.evidence)));
        }
        return out;
    }

    /**
     * "Donald Trump–Vladimir Putin phone call": initiator first, at most three names, a part name
     * ("Putin") left out beside the full one.
     */
    private static String label(Cluster c, Function<String, String> names) {
        List<String> ordered = new ArrayList<>();
        if (c.initiator != null) {
            ordered.add(c.initiator);
        }
        c.actors.stream().filter(a -> !ordered.contains(a)).forEach(ordered::add);
        List<String> all = ordered.stream().map(names).distinct().toList();
        List<String> shown = all.stream().filter(n -> all.stream().noneMatch(o -> isPartOf(n, o)))
                .limit(3).toList();
        return String.join("–", shown) + " " + c.noun;
    }
}
