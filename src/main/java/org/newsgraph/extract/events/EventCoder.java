package org.newsgraph.extract.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.EntityMentions;
import org.newsgraph.extract.EventCoreference;
import org.newsgraph.extract.EventDates;
import org.newsgraph.extract.EventMention;
import org.newsgraph.extract.Lexicon;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Quote;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * CAMEO events coded from lemmas and the dependency parse. A sentence is parsed only when it holds a
 * candidate trigger: a verb of the CAMEO dictionary or one of our event nouns. Who did what to whom
 * comes from the parse ({@link EventSlots}); the status from the verb that governs the trigger
 * ("threatened to impose", "plans to visit"), negation, modals, conditionals and questions; the
 * mentions of one occurrence are merged by {@link EventCoreference}.
 */
public final class EventCoder {
    private static final CameoLexicon CAMEO = new CameoLexicon();
    private static final EventDates DATES = new EventDates("event-relative-dates.tsv");
    private static final Discards DISCARDS = new Discards("events/cameo-discards.tsv");
    private static final Map<String, String[]> STATUS_VERBS = statusVerbs();
    /** Modal auxiliaries that make an event hypothetical or future ("could meet", "would visit"). */
    private static final Set<String> MODALS = Set.of("could", "might", "may", "would", "should", "will", "can",
            "must", "shall");
    /** Statements (CAMEO 01) are not coded: news reports a statement in nearly every sentence. */
    static final String STATEMENT_ROOT = "01";

    private static final Set<String> VAGUE_ROOTS = Set.of("03", "05", "06");

    /** Roots whose verbs often have no target: yielding (resigning, 083) and protesting. */
    private static final Set<String> ONE_SIDED = Set.of("08", "14");

    /** Codes and labels an event by its code when it is recoded to an intent, threat or rejection. */
    private static final Map<String, String> ROOT_NOUNS = Map.of("03", "intent", "11", "lawsuit",
            "12", "rejection", "13", "threat");

    public List<Event> extract(AnnotatedDocument doc, EntityMentions mentions, Function<String, String> names) {
        return extract(doc, mentions, List.of(), new GroupActors(doc.article().id()), names);
    }

    /**
     * The events, where "I" or "we" inside a quotation of {@code quotes} stands for its speaker and the
     * groups among the actors are recorded in {@code groups}.
     */
    public List<Event> extract(AnnotatedDocument doc, EntityMentions mentions, List<Quote> quotes,
                               GroupActors groups, Function<String, String> names) {
        List<EventMention> found = mentions(doc, mentions, quotes, groups);
        Set<String> persons = new LinkedHashSet<>();
        mentions.ofType(EntityType.PERSON).forEach(m -> persons.add(m.key()));
        return EventCoreference.merge(found, names, persons).stream()
                .filter(e -> !e.actorKeys().isEmpty())
                .toList();
    }

    /**
     * Every event mention of the article, one per trigger, before mentions of one occurrence are merged;
     * "I" or "we" inside one of {@code quotes} stands for its speaker; the groups among the actors are
     * recorded in {@code groups}.
     */
    public List<EventMention> mentions(AnnotatedDocument doc, EntityMentions mentions, List<Quote> quotes,
                                       GroupActors groups) {
        if (DISCARDS.story(doc.tokens())) {
            return List.of();
        }
        List<EventMention> found = new ArrayList<>();
        for (Sentence sentence : doc.sentences()) {
            List<Token> tokens = doc.tokensOf(sentence);
            Set<String> words = CameoLexicon.wordsOf(tokens);
            if (tokens.stream().noneMatch(t -> CAMEO.mayCodeEvent(t, words) || CAMEO.noun(t) != null)
                    || DISCARDS.sentence(tokens) || isQuestion(tokens)) {
                continue;
            }
            found.addAll(inSentence(doc, sentence, mentions, quotes, groups));
        }
        return found;
    }

    private List<EventMention> inSentence(AnnotatedDocument doc, Sentence sentence, EntityMentions mentions,
                                          List<Quote> quotes, GroupActors groups) {
        DependencyGraph graph = doc.dependencies(sentence);
        List<Token> all = doc.tokens();
        EventSlots slots = new EventSlots(graph, all, mentions, quotes, groups);
        List<EventMention> out = new ArrayList<>();
        Set<Integer> verbEvents = new LinkedHashSet<>();
        for (Token t : doc.tokensOf(sentence)) {
            String code = CAMEO.isVerb(t) ? CAMEO.codeOf(t, graph, all) : null;
            if (code == null) {
                continue;
            }
            if (STATUS_VERBS.containsKey(CameoLexicon.lemma(t)) && governsTrigger(graph, all, t)) {
                continue; // "agreed to meet": the meeting is the event, coded with the agreement's status
            }
            verbEvents.add(t.index());
            EventMention m = mention(doc, sentence, slots, groups, t, code, null, slots.verbSides(t.index()));
            if (m != null) {
                out.add(m);
            }
        }
        for (Token t : doc.tokensOf(sentence)) {
            CameoLexicon.Coded noun = CAMEO.noun(t);
            // A noun that is the object of a coded verb is part of that event ("imposed sanctions").
            if (noun == null || graph.governors(t.index()).stream().anyMatch(d -> verbEvents.contains(d.governor()))) {
                continue;
            }
            EventMention m = mention(doc, sentence, slots, groups, t, noun.code(), noun.noun(), slots.nounSides(t.index()));
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    private EventMention mention(AnnotatedDocument doc, Sentence sentence, EventSlots slots, GroupActors groups,
                                 Token trigger, String code, String noun, EventSlots.Sides sides) {
        if (code.startsWith(STATEMENT_ROOT) || slots.negated(trigger.index()) || slots.conditional(trigger.index())) {
            return null;
        }
        EventStatus status = EventStatus.OCCURRED;
        String cameo = code;
        String label = noun == null ? trigger.lemma() : noun;
        Token governor = slots.governingVerb(trigger.index());
        if (governor != null && STATUS_VERBS.containsKey(CameoLexicon.lemma(governor))) {
            String[] recode = STATUS_VERBS.get(CameoLexicon.lemma(governor));
            status = EventStatus.valueOf(recode[0]);
            // An intended act is coded as intent (03) when it is a verb ("plan to visit"); an agreed or
            // proposed noun ("agreed to a truce") is the act itself. Threats and refusals recode both.
            boolean recodes = !recode[1].equals("-") && !code.startsWith(recode[1])
                    && (slots.isVerbComplement(trigger.index()) || !recode[1].equals("03"));
            if (recodes) {
                cameo = intent(recode[1], code);
                label = ROOT_NOUNS.get(recode[1].substring(0, 2)) + " of " + label;
            }
            if (slots.negated(governor.index())) {
                return null;
            }
        } else if (slots.modal(trigger.index(), MODALS)) {
            status = EventStatus.PLANNED;
        }
        if (noun == null && cameo.equals(code) && vague(code)) {
            return null; // unless recoded: "sued to block" is a lawsuit, "threatened to attack" a threat
        }
        // A verb codes an interaction, as in PETRARCH: it needs a source and a target ("Arvenia accused
        // Borelia"); a noun may name an event with one known side ("the Arvenian airstrike"). Sides are
        // counted by name: a group is its country's side, and one of no country names no side.
        int named = groups.namedSides(sides.actors());
        if (named == 0 || noun == null && named < 2 && !ONE_SIDED.contains(cameo.substring(0, 2))) {
            return null;
        }
        boolean future = status != EventStatus.OCCURRED;
        String date = DATES.dateFor(doc, sentence, trigger.index(), future);
        return new EventMention(null, cameo, code, status, label, sides.actors(), sides.source(), sides.target(),
                sides.place(), date, sentence.span(), sentence.index());
    }

    /**
     * True for a verb the dictionary codes only at the level of a cooperative root ("not specified":
     * 030, 050, 060): such generic verbs ("the law would impact Arvenia", "Arvenia will benefit from",
     * "was seeking a buffer") say that something touched someone far more often than that one side
     * acted on the other. The root-level verbs of demands, threats and coercion ("demand", "threaten",
     * "warn", "block") name the act itself and stay.
     */
    private static boolean vague(String code) {
        return code.length() == 3 && code.endsWith("0") && VAGUE_ROOTS.contains(code.substring(0, 2));
    }

    /** The code for an intent (03), rejection (12) or threat (13) to do what {@code code} names. */
    private static String intent(String root, String code) {
        if (root.length() > 2) {
            return root; // a full code: "sued to block" is a lawsuit (115) whatever it seeks
        }
        if (root.equals("03")) {
            // CAMEO 03x mirrors the cooperative roots: intent to meet 036, to cooperate diplomatically 032 ...
            return switch (code.substring(0, 2)) {
                case "04" -> "036";
                case "05" -> "032";
                case "06" -> "031";
                case "07" -> "033";
                case "08" -> "035";
                default -> "030";
            };
        }
        return root + "0";
    }

    private static boolean governsTrigger(DependencyGraph graph, List<Token> tokens, Token verb) {
        for (Dependency d : graph.dependents(verb.index())) {
            Token dep = tokens.get(d.dependent());
            if (d.relation().equals("xcomp") && CAMEO.isVerb(dep) && CAMEO.codeOf(dep, graph, tokens) != null
                    || (d.relation().equals("obj") || d.relation().equals("obl:to")) && CAMEO.noun(dep) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isQuestion(List<Token> tokens) {
        return !tokens.isEmpty() && tokens.get(tokens.size() - 1).text().equals("?");
    }

    private static Map<String, String[]> statusVerbs() {
        Map<String, String[]> out = new HashMap<>();
        for (String line : Lexicon.lines("events/event-status-verbs.tsv")) {
            String[] f = line.split("\t");
            if (f.length != 3) {
                throw new NewsgraphException("event-status-verbs.tsv: expected 3 tab-separated columns in \"" + line + "\"");
            }
            EventStatus.valueOf(f[1]);
            out.put(f[0], new String[] {f[1], f[2]});
        }
        return out;
    }
}
