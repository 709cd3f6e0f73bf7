package org.newsgraph.extract;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.EventStatus;
import org.newsgraph.model.Role;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Reads an event's arguments around its trigger: the actors are the people, countries and
 * organisations of the sentence outside quotations and reporting clauses ("the Kremlin said ..."),
 * plus a pronoun, role ("the president") or plural ("both sides") subject; the place is a location
 * introduced by "in", "at" or "to" in the trigger's clause; the date comes from {@link EventDates};
 * a definite mention ("the talks") takes the cast of the occurrence it points back to.
 */
final class EventArguments {
    private static final EventDates DATES = new EventDates("event-relative-dates.tsv");
    private static final Lexicon SPEECH_VERBS = Lexicon.load("speech-verbs.txt");
    private static final Lexicon SUBJECT_PRONOUNS = Lexicon.load("event-subject-pronouns.txt");
    private static final List<EventPhrase> ANAPHORS = Lexicon.lines("event-anaphors.txt").stream()
            .map(EventPhrase::parse).toList();
    private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "to");
    private static final Set<String> LOCATION_PREPOSITIONS = Set.of("in", "at");
    private static final Set<String> DEFINITE_DETERMINERS = Set.of("the", "this", "that", "these");
    private static final int MAX_TITLE_TOKENS = 3;
    private static final int MAX_PLACE_DISTANCE = 12;
    /** Tokens that end a clause for cue and place windows. */
    static final Set<String> CLAUSE_BREAKS = Set.of(";", ":");

    private final RoleNouns roleNouns;

    EventArguments(Gazetteer gazetteer) {
        this.roleNouns = new RoleNouns(gazetteer);
    }

    /**
     * The event a trigger (with its cue) opens, with its arguments. {@code earlier} and
     * {@code sameSentence} are the mentions already read, for "the talks" and "both sides".
     */
    EventMention read(AnnotatedDocument doc, Sentence sentence, EventTriggerMatch f, List<EventTriggerMatch> triggers,
                      EntityMentions mentions, List<Role> roles, List<QuoteSpans.Quoted> quoted,
                      List<EventMention> earlier, List<EventMention> sameSentence) {
        String cameo = f.cameo();
        EventStatus status = f.status();
        List<Token> tokens = doc.tokens();
        boolean triggerQuoted = inQuote(quoted, tokens.get(f.first()).begin());
        int scopeStart = scopeStart(doc, sentence);
        EntityMentions.Located place = place(doc, mentions, scopeStart, sentence, f, triggers);
        boolean visit = cameo.startsWith("042") || cameo.startsWith("043");
        Set<String> actors = new LinkedHashSet<>();
        Set<String> quotedActors = new LinkedHashSet<>();
        String initiator = null;
        String target = null;
        int reportStart = reportedClauseAfter(tokens, quoted, f, sentence, triggerQuoted);
        for (EntityMentions.Located m : mentions.all()) {
            if (m.firstToken() < scopeStart || m.endToken() > sentence.endToken() || m.firstToken() > reportStart
                    || m.type() == EntityType.PLACE && !isSubject(tokens, m, sentence)) {
                continue;
            }
            if (m == place && !(visit && m.type() == EntityType.COUNTRY)) {
                continue;
            }
            if (m.type() == EntityType.COUNTRY && (modifiesPerson(tokens, mentions, m, sentence)
                    || !m.demonym() && isLocation(tokens, m, sentence))) {
                continue;
            }
            if (isSource(tokens, mentions, m, sentence, f, triggerQuoted)) {
                continue;
            }
            if (!triggerQuoted && inQuote(quoted, m.span().begin())) {
                quotedActors.add(m.key());
                continue;
            }
            actors.add(m.key());
            if (m.endToken() <= f.first()) {
                initiator = m.key();
            } else if (target == null && m.firstToken() >= f.end()) {
                target = m.key();
            }
        }
        for (int i = scopeStart; i < f.first(); i++) {
            Token t = tokens.get(i);
            if (!triggerQuoted && inQuote(quoted, t.begin())) {
                continue;
            }
            if (t.text().equalsIgnoreCase("it") && i + 1 < f.first()
                    && (tokens.get(i + 1).pos().startsWith("VB") || tokens.get(i + 1).pos().equals("MD"))) {
                // "it rejected the invitation": the nearest country or organisation named before.
                String doer = nearestBefore(mentions, t.begin(), EntityType.COUNTRY, EntityType.ORGANIZATION);
                if (doer != null) {
                    actors.add(doer);
                    initiator = initiator == null ? doer : initiator;
                }
            } else if (SUBJECT_PRONOUNS.contains(t.text())) {
                String person = nearestPersonBefore(mentions, t.begin());
                if (person != null) {
                    actors.add(person);
                    initiator = initiator == null ? person : initiator;
                }
            } else if (t.text().equalsIgnoreCase("the")) {
                RoleNouns.Resolved r = roleNouns.resolveAt(doc, mentions, roles, i);
                if (r != null) {
                    actors.add(r.personKey());
                }
            }
            // "The two leaders met at Mr Holt's lakeside resort": the pair outweighs the names around it.
            if ((actors.size() < 2 || namesAPair(tokens, i)) && startsAnaphor(tokens, i, f.first())) {
                EventMention previous = !sameSentence.isEmpty() ? sameSentence.get(sameSentence.size() - 1)
                        : earlier.isEmpty() ? null : earlier.get(earlier.size() - 1);
                if (previous != null && previous.actorKeys().size() >= 2) {
                    actors.addAll(previous.actorKeys());
                }
            }
        }
        if (actors.size() < 2) {
            // The quotation carries on the sentence's report ("X proposed a halt and \"Y responded ...\"").
            actors.addAll(quotedActors);
        }
        String date = DATES.dateFor(doc, sentence, f.first(), status == EventStatus.PLANNED);
        String placeKey = place == null ? null : place.key();
        EventMention antecedent = isDefinite(tokens, f.first(), sentence.firstToken())
                ? antecedent(f.trigger().cameo(), earlier, sameSentence) : null;
        if (antecedent != null) {
            // "After the call, ..." and "the talks" point back to an occurrence already reported.
            // "After the call, X ordered ...": X belongs to the other clause; "the talks will include X" adds X.
            if (afterPreposition(tokens, f.first(), sentence.firstToken())) {
                actors = new LinkedHashSet<>(antecedent.actorKeys());
            } else {
                actors.addAll(antecedent.actorKeys());
            }
            initiator = antecedent.initiator();
            target = antecedent.target();
            date = antecedent.date();
            placeKey = placeKey == null ? antecedent.placeKey() : placeKey;
        }
        if (initiator != null && initiator.equals(target)) {
            target = null;
        }
        return new EventMention(f.eventClass(), cameo, f.trigger().cameo(), status, f.trigger().noun(), actors, initiator,
                target, placeKey, date, sentence.span(), sentence.index());
    }

    /**
     * Where a sentence's participants may be named: its own start, or the previous sentence's when
     * CoreNLP cut a sentence at an abbreviation ("Sen. X, R-S.C. , a Trump ally, is leading ...").
     */
    private static int scopeStart(AnnotatedDocument doc, Sentence sentence) {
        Token first = doc.tokens().get(sentence.firstToken());
        boolean fragment = first.text().equals(",") || Character.isLowerCase(first.text().codePointAt(0));
        if (fragment && sentence.index() > 0) {
            return doc.sentences().get(sentence.index() - 1).firstToken();
        }
        return sentence.firstToken();
    }

    /** The location introduced by in/at/to nearest the trigger, after it first. */
    private static EntityMentions.Located place(AnnotatedDocument doc, EntityMentions mentions, int scopeStart,
                                                Sentence sentence, EventTriggerMatch f, List<EventTriggerMatch> triggers) {
        EntityMentions.Located best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (EntityMentions.Located m : mentions.all()) {
            if (m.firstToken() < scopeStart || m.endToken() > sentence.endToken() || m.demonym()
                    || !(m.type() == EntityType.PLACE || m.type() == EntityType.COUNTRY) || m.firstToken() == 0) {
                continue;
            }
            if (m.endToken() < sentence.endToken() && isSpeechVerb(doc.tokens().get(m.endToken()))) {
                continue; // "officials in Seoul said": where the source sits, not where the event was
            }
            boolean object = m.firstToken() == f.end() && doc.tokens().get(f.end() - 1).pos().startsWith("VB");
            Token before = doc.tokens().get(m.firstToken() - 1);
            Token beforeThat = m.firstToken() >= 2 ? doc.tokens().get(m.firstToken() - 2) : null;
            boolean introduced = object || PLACE_PREPOSITIONS.contains(before.text().toLowerCase(Locale.ROOT))
                    || before.text().equalsIgnoreCase("the") && beforeThat != null
                    && PLACE_PREPOSITIONS.contains(beforeThat.text().toLowerCase(Locale.ROOT));
            if (!introduced) {
                continue;
            }
            // Places just after the trigger ("met in Lisbon on Friday") come first; a place ahead of it
            // counts only when it opens the sentence ("In Brussels, the EU adopted ..."). Farther ones
            // belong to other clauses ("... after talks in Saudi Arabia").
            int distance;
            if (m.firstToken() >= f.end()) {
                distance = sameClause(doc.tokens(), f.end(), m.firstToken(), triggers) ? m.firstToken() - f.end()
                        : Integer.MAX_VALUE;
            } else {
                int opener = m.firstToken() - (before.text().equalsIgnoreCase("the") ? 2 : 1);
                distance = opener == sentence.firstToken() ? 1000 + f.first() - m.endToken() : Integer.MAX_VALUE;
            }
            boolean usable = distance != Integer.MAX_VALUE;
            if (usable && distance < bestDistance) {
                best = m;
                bestDistance = distance;
            }
        }
        return best;
    }

    /**
     * A reporting source rather than a participant: "the Kremlin said [the trigger ...]", "according
     * to X", or the speaker of a quotation the trigger stands in. "Y responded positively" after the
     * trigger is a participant.
     */
    private static boolean isSource(List<Token> tokens, EntityMentions mentions, EntityMentions.Located m,
                                    Sentence sentence, EventTriggerMatch f, boolean triggerQuoted) {
        int verb = -1;
        int next = m.endToken();
        // "the Japanese defence ministry said": the mention names the speaker's country.
        while (next < sentence.endToken() && next < m.endToken() + MAX_TITLE_TOKENS
                && (tokens.get(next).pos().startsWith("NN") || tokens.get(next).pos().startsWith("JJ"))
                && mentions.startingAt(next) == null) {
            next++;
        }
        if (next < sentence.endToken() && isSpeechVerb(tokens.get(next))) {
            verb = next;
        } else if (next + 1 < sentence.endToken() && tokens.get(next).pos().startsWith("RB")
                && isSpeechVerb(tokens.get(next + 1))) {
            verb = next + 1;
        } else if (m.firstToken() >= sentence.firstToken() + 2 && isSpeechVerb(tokens.get(m.firstToken() - 1))
                && tokens.get(m.firstToken() - 2).text().equals(",")) {
            verb = m.firstToken() - 1; // ", said X"
        }
        if (verb >= 0 && f.cue() != null && f.cue().firstToken() <= verb && verb < f.cue().endToken()) {
            return false; // "X urged both sides to respect the truce": the verb is the event's own cue
        }
        if (verb >= 0 && (verb < f.first() && reportedClauseHasSubject(tokens, mentions, verb, f.first())
                || triggerQuoted || verb > f.end() && m.firstToken() >= f.end() && afterComma(tokens, m.firstToken()))) {
            return true;
        }
        int first = m.firstToken();
        return first >= 2 && tokens.get(first - 2).text().equalsIgnoreCase("according")
                && tokens.get(first - 1).text().equalsIgnoreCase("to");
    }

    /** ", X said" or ", the X ministry said": the attribution after the report. */
    private static boolean afterComma(List<Token> tokens, int first) {
        int i = first - 1;
        if (i > 0 && tokens.get(i).pos().equals("DT")) {
            i--;
        }
        return i >= 0 && tokens.get(i).text().equals(",");
    }

    private static boolean isSpeechVerb(Token t) {
        return t.pos().startsWith("VB") && SPEECH_VERBS.contains(t.lemma());
    }

    /**
     * True when someone is named between a speech verb and the trigger: "X said Y and Z met" reports
     * an event; in "X announced a cease-fire" or "X threatened sanctions" X takes part.
     */
    private static boolean reportedClauseHasSubject(List<Token> tokens, EntityMentions mentions, int verb,
                                                    int trigger) {
        for (int i = verb + 1; i < trigger; i++) {
            if (mentions.startingAt(i) != null || SUBJECT_PRONOUNS.contains(tokens.get(i).text())
                    || startsAnaphor(tokens, i, trigger)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Where a clause reported after the trigger begins ("X called Y, and afterwards said that A and B
     * would meet"): its names belong to its own events. The sentence end when there is none.
     */
    private static int reportedClauseAfter(List<Token> tokens, List<QuoteSpans.Quoted> quoted, EventTriggerMatch f,
                                           Sentence sentence, boolean triggerQuoted) {
        if (triggerQuoted) {
            return sentence.endToken();
        }
        for (int i = f.end(); i < sentence.endToken(); i++) {
            Token t = tokens.get(i);
            if (isSpeechVerb(t) && !inQuote(quoted, t.begin()) && !tokens.get(i - 1).text().equals(",")) {
                return i;
            }
        }
        return sentence.endToken();
    }

    private static boolean afterPreposition(List<Token> tokens, int trigger, int sentenceStart) {
        for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - 5); i--) {
            Token t = tokens.get(i);
            if (t.pos().equals("IN") || t.pos().equals("TO")) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().startsWith("DT") || t.pos().equals("``")
                    || t.pos().equals("''") || t.pos().equals("PRP$"))) {
                return false;
            }
        }
        return false;
    }

    /** True when {@code [from, to)} is close, holds no comma and no other trigger: one clause. */
    private static boolean sameClause(List<Token> tokens, int from, int to, List<EventTriggerMatch> triggers) {
        if (to - from > MAX_PLACE_DISTANCE) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (tokens.get(i).text().equals(",") || CLAUSE_BREAKS.contains(tokens.get(i).text())) {
                return false;
            }
        }
        return triggers.stream().noneMatch(t -> t.first() >= from && t.first() < to);
    }

    /**
     * A country named as where something happened ("talks in Saudi Arabia"), not as who took part;
     * "in U.S. talks with China" names a side.
     */
    private static boolean isLocation(List<Token> tokens, EntityMentions.Located m, Sentence sentence) {
        int i = m.firstToken() - 1;
        if (i > sentence.firstToken() && tokens.get(i).text().equalsIgnoreCase("the")) {
            i--;
        }
        boolean modifiesNoun = m.endToken() < sentence.endToken() && tokens.get(m.endToken()).pos().startsWith("NN");
        return !modifiesNoun && i >= sentence.firstToken()
                && LOCATION_PREPOSITIONS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT));
    }

    /**
     * A place named as the doer ("Washington eased sanctions", "Beijing had threatened ..."): a capital
     * standing for its government. Followed by a verb or modal, and not introduced by a preposition.
     */
    private static boolean isSubject(List<Token> tokens, EntityMentions.Located m, Sentence sentence) {
        if (m.endToken() >= sentence.endToken()) {
            return false;
        }
        String next = tokens.get(m.endToken()).pos();
        boolean verbFollows = next.startsWith("VB") || next.equals("MD");
        boolean afterPreposition = m.firstToken() > sentence.firstToken()
                && (tokens.get(m.firstToken() - 1).pos().equals("IN") || tokens.get(m.firstToken() - 1).pos().equals("TO"));
        return verbFollows && !afterPreposition;
    }

    /** "the call", "the productive talks", "this meeting": a determiner before the trigger, past adjectives and quote marks. */
    private static boolean isDefinite(List<Token> tokens, int trigger, int sentenceStart) {
        if (!tokens.get(trigger).pos().startsWith("NN")) {
            return false;
        }
        for (int i = trigger - 1; i >= Math.max(sentenceStart, trigger - 4); i--) {
            Token t = tokens.get(i);
            if (DEFINITE_DETERMINERS.contains(t.text().toLowerCase(Locale.ROOT))) {
                return true;
            }
            if (!(t.pos().startsWith("JJ") || t.pos().equals("``") || t.pos().equals("''"))) {
                return false;
            }
        }
        return false;
    }

    /** The latest earlier mention of the same event form ("the talks": talks), else of the same root, or null. */
    private static EventMention antecedent(String cameo, List<EventMention> earlier, List<EventMention> sameSentence) {
        for (int digits : new int[] {3, 2}) {
            for (List<EventMention> list : List.of(sameSentence, earlier)) {
                for (int i = list.size() - 1; i >= 0; i--) {
                    EventMention m = list.get(i);
                    String prefix = cameo.substring(0, digits);
                    if ((m.cameo().startsWith(prefix) || m.triggerCameo().startsWith(prefix))
                            && !m.actorKeys().isEmpty()) {
                        return m;
                    }
                }
            }
        }
        return null;
    }

    /**
     * A country named only to say whose office a person holds ("Ruritanian President Mara Holt",
     * "US envoy Jane Doe"): the person is the actor, the country is not a separate participant.
     */
    private static boolean modifiesPerson(List<Token> tokens, EntityMentions mentions, EntityMentions.Located m,
                                          Sentence sentence) {
        for (int i = m.endToken(); i < Math.min(sentence.endToken(), m.endToken() + MAX_TITLE_TOKENS + 2); i++) {
            EntityMentions.Located next = mentions.startingAt(i);
            if (next != null) {
                return next.type() == EntityType.PERSON;
            }
            Token t = tokens.get(i);
            if (!(t.pos().startsWith("NN") || t.pos().startsWith("JJ") || t.text().equals("of"))) {
                return false;
            }
        }
        return false;
    }

    /** "both sides", "the two leaders": an anaphor that says it stands for two. */
    private static boolean namesAPair(List<Token> tokens, int i) {
        String first = tokens.get(i).text().toLowerCase(Locale.ROOT);
        return first.equals("both") || first.equals("the") && i + 1 < tokens.size()
                && tokens.get(i + 1).text().equalsIgnoreCase("two");
    }

    private static boolean startsAnaphor(List<Token> tokens, int i, int limit) {
        return ANAPHORS.stream().anyMatch(a -> a.matchAt(tokens, i, limit) > i);
    }

    private static String nearestBefore(EntityMentions mentions, int offset, EntityType... types) {
        String found = null;
        for (EntityMentions.Located m : mentions.all()) {
            if (m.span().end() <= offset && !m.demonym() && List.of(types).contains(m.type())) {
                found = m.key();
            }
        }
        return found;
    }

    private static String nearestPersonBefore(EntityMentions mentions, int offset) {
        String found = null;
        for (EntityMentions.Located m : mentions.ofType(EntityType.PERSON)) {
            if (m.span().end() <= offset) {
                found = m.key();
            }
        }
        return found;
    }

    private static boolean inQuote(List<QuoteSpans.Quoted> quoted, int offset) {
        for (QuoteSpans.Quoted q : quoted) {
            if (q.marks().begin() <= offset && offset < q.marks().end()) {
                return true;
            }
        }
        return false;
    }
}
