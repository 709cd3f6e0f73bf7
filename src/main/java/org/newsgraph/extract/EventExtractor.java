package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.newsgraph.extract.events.ActorNames;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * CAMEO-coded events with actors, place, date and status. A trigger phrase (event-triggers.tsv)
 * opens an event; cues around it (event-cues.tsv, event-recodings.tsv) turn it into a proposal, a
 * threat, a rejection or a negated non-event; {@link EventArguments} reads its actors, place and
 * date; mentions of one occurrence are then merged by {@link EventCoreference}.
 */
final class EventExtractor {
    private static final List<EventTrigger> TRIGGERS = EventTrigger.load("event-triggers.tsv");
    private static final EventCues CUES = new EventCues("event-cues.tsv", "event-recodings.tsv");
    /**
     * Roots whose events often have one known side: yielding (resigning), rejecting ("it rejected the
     * proposal"), protesting, a force posture, coercion (arrests, crackdowns). Any other event is an interaction and needs two sides, as in
     * PETRARCH: "Arvenia threatened" with no target is a sentence the coder misread more often than not.
     */
    private static final Set<String> ONE_SIDED = Set.of("08", "12", "14", "15", "17");
    /**
     * Plain "yield" (080): the dictionary verbs behind it ("allow", "approve", "pass", "resolve") say
     * what someone let happen far more often than that they gave in; the specific forms (083 resign,
     * 084 release, 0871 cease-fire) stay.
     */
    private static final String VAGUE_YIELD = "080";
    private final Gazetteer gazetteer;
    private final EventArguments arguments;

    EventExtractor(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
        this.arguments = new EventArguments(gazetteer);
    }

    List<Event> extract(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles) {
        return extract(doc, mentions, roles, List.of(), Map.of());
    }

    /**
     * The events of the article: the rules' mentions, plus the parse-based coder's ({@code coded})
     * where the rules found nothing of the same root in the sentence, all merged into occurrences.
     * {@code groupNames}: the names of the groups the coder found among the actors, by key.
     */
    List<Event> extract(AnnotatedDocument doc, EntityMentions mentions, List<Role> roles, List<EventMention> coded,
                        Map<String, String> groupNames) {
        List<QuoteSpans.Quoted> quoted = QuoteSpans.find(doc.text());
        List<EventMention> found = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            found.addAll(inSentence(doc, sentence, mentions, roles, quoted, found));
        }
        Set<String> ruled = new HashSet<>();
        found.forEach(m -> ruled.add(m.sentence() + ":" + m.root()));
        for (EventMention m : coded) {
            if (!ruled.contains(m.sentence() + ":" + m.root())) {
                found.add(m);
            }
        }
        found.sort(Comparator.comparingInt(EventMention::sentence));
        Map<String, String> names = new HashMap<>(ActorNames.of(doc, mentions, gazetteer));
        groupNames.forEach(names::putIfAbsent);
        Set<String> persons = new HashSet<>();
        mentions.ofType(EntityType.PERSON).forEach(m -> persons.add(m.key()));
        EventCast cast = new EventCast(names, persons);
        List<EventMention> cleaned = found.stream().map(cast::clean).toList();
        return EventCoreference.merge(cleaned, key -> names.getOrDefault(key, key), persons).stream()
                .filter(e -> e.actorKeys().size() >= 2 || !e.actorKeys().isEmpty() && ONE_SIDED.contains(root(e)))
                .filter(e -> !e.cameo().equals(VAGUE_YIELD))
                .toList();
    }

    private List<EventMention> inSentence(AnnotatedDocument doc, Sentence sentence, EntityMentions mentions,
                                          List<Role> roles, List<QuoteSpans.Quoted> quoted,
                                          List<EventMention> earlier) {
        List<Token> tokens = doc.tokens();
        Set<Integer> personStarts = new HashSet<>();
        mentions.inSentence(sentence.index()).stream().filter(m -> m.type() == EntityType.PERSON)
                .forEach(m -> personStarts.add(m.firstToken()));
        List<EventTriggerMatch> triggers = triggersIn(tokens, sentence, personStarts);
        // Cues first, so that a cue word that is also a trigger ("threatened sanctions") is not a second event.
        List<EventTriggerMatch> cued = new ArrayList<>();
        for (EventTriggerMatch f : triggers) {
            int clauseStart = clauseStart(tokens, sentence, f.first());
            EventCues.Applied cue = CUES.find(tokens, f.first(), f.end(), clauseStart, sentence.endToken(),
                    isNoun(tokens.get(f.end() - 1)), f.trigger().eventClass(), f.trigger().cameo());
            if (cue != null && overlaps(cue.firstToken(), cue.endToken(), f.first(), f.end())) {
                cue = null; // a trigger is not its own cue
            }
            cued.add(f.withCue(cue));
        }
        List<EventMention> out = new ArrayList<>();
        for (EventTriggerMatch c : cued) {
            boolean usedAsCue = cued.stream().anyMatch(other -> other.cue() != null
                    && overlaps(other.cue().firstToken(), other.cue().endToken(), c.first(), c.end()));
            if (usedAsCue || c.cue() != null && c.cue().drop()) {
                continue;
            }
            if (c.cue() == null && isNoun(tokens.get(c.end() - 1))
                    && !NominalEvents.standsAlone(doc, sentence, c.end() - 1, mentions)) {
                continue; // "the court blocked the deal": a re-mention, not a new deal
            }
            out.add(arguments.read(doc, sentence, c, triggers, mentions, roles, quoted, earlier, out));
        }
        return out;
    }

    private List<EventTriggerMatch> triggersIn(List<Token> tokens, Sentence sentence, Set<Integer> personStarts) {
        List<EventTriggerMatch> out = new ArrayList<>();
        int i = sentence.firstToken();
        while (i < sentence.endToken()) {
            EventTriggerMatch best = null;
            for (EventTrigger t : TRIGGERS) {
                int end = t.phrase().matchAt(tokens, personStarts, i, sentence.endToken());
                if (end > i && (best == null || t.phrase().weight() > best.trigger().phrase().weight())) {
                    best = new EventTriggerMatch(t, i, end, null);
                }
            }
            if (best == null) {
                i++;
            } else if (best.trigger().isNonEvent()) {
                i = best.end();
            } else {
                out.add(best);
                i = best.end();
            }
        }
        // A noun trigger right before another noun trigger modifies it: "truce talks" are talks.
        List<EventTriggerMatch> heads = new ArrayList<>();
        for (int k = 0; k < out.size(); k++) {
            EventTriggerMatch f = out.get(k);
            boolean modifier = k + 1 < out.size() && out.get(k + 1).first() == f.end()
                    && isNoun(tokens.get(f.end() - 1)) && isNoun(tokens.get(out.get(k + 1).end() - 1));
            if (!modifier) {
                heads.add(f);
            }
        }
        return heads;
    }


















    private static int clauseStart(List<Token> tokens, Sentence sentence, int from) {
        for (int i = from - 1; i > sentence.firstToken(); i--) {
            if (EventArguments.CLAUSE_BREAKS.contains(tokens.get(i).text())) {
                return i + 1;
            }
        }
        return sentence.firstToken();
    }


    private static String root(Event e) {
        return e.cameo().substring(0, 2);
    }

    private static boolean isNoun(Token t) {
        return t.pos().startsWith("NN");
    }

    private static boolean overlaps(int a1, int a2, int b1, int b2) {
        return a1 < b2 && b1 < a2;
    }
}
