package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Event;
import org.newsgraph.model.Legislation;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Sanctions bills: a sentence that names legislation (bill, measure, act ...) together with a
 * sanctions event, or that mentions sanctions, makes the article report a bill. Its sponsor is the
 * person who proposes the sanctions (or who introduces or leads the bill), its cosponsors the people
 * called cosponsors, its target the sanctions' target. One bill per article and target.
 */
final class LegislationExtractor {
    private static final Lexicon NOUNS = Lexicon.load("legislation-nouns.txt");
    private static final Lexicon SPONSOR_VERBS = Lexicon.load("legislation-sponsor-verbs.txt");

    List<Legislation> extract(AnnotatedDocument doc, List<Entity> entities, EntityMentions mentions,
                              List<Event> events) {
        Map<String, Entity> byKey = entities.stream().collect(Collectors.toMap(Entity::key, Function.identity()));
        List<Sentence> billSentences = new ArrayList<>();
        Event proposal = null;
        for (Sentence s : doc.sentences()) {
            if (mentionsCosponsor(doc, s)) {
                billSentences.add(s); // "80 senators signed on as cosponsors": only bills have cosponsors
                continue;
            }
            if (!namesLegislation(doc, s)) {
                continue;
            }
            Event sanctions = sanctionsEventIn(s, events);
            if (sanctions != null || mentionsLemma(doc, s, "sanction") || !billSentences.isEmpty()) {
                billSentences.add(s); // later mentions ("the bill") are the same bill again
                proposal = proposal == null ? sanctions : proposal;
            }
        }
        if (billSentences.isEmpty() || !anySanctions(doc)) {
            return List.of();
        }
        if (proposal == null) {
            // The bill's sentences need not repeat the sanctions: the article's sanctions event proposes it.
            proposal = events.stream().filter(LegislationExtractor::isSanctions).findFirst().orElse(null);
        }
        String sponsor = proposal != null && isPerson(proposal.initiator(), byKey) ? proposal.initiator() : null;
        if (sponsor == null) {
            for (Sentence s : doc.sentences()) {
                boolean aboutIt = billSentences.contains(s) || mentionsLemma(doc, s, "sanction");
                if (aboutIt && mentionsAnyLemma(doc, s, SPONSOR_VERBS)) {
                    sponsor = firstPerson(mentions, s);
                    break;
                }
            }
        }
        Set<String> cosponsors = new LinkedHashSet<>();
        for (Sentence s : billSentences) {
            if (mentionsCosponsor(doc, s)) {
                mentions.inSentence(s.index()).stream().filter(m -> m.type() == EntityType.PERSON)
                        .forEach(m -> cosponsors.add(m.key()));
            }
        }
        cosponsors.remove(sponsor);
        String target = proposal != null ? proposal.target() : null;
        String label = "sanctions bill" + (target != null && byKey.containsKey(target)
                ? " against " + byKey.get(target).name() : "");
        List<Span> evidence = billSentences.stream().map(Sentence::span).toList();
        return List.of(new Legislation(label, sponsor, List.copyOf(cosponsors), target, proposal, evidence));
    }

    private static boolean isSanctions(Event e) {
        return e.cameo() != null && (e.cameo().startsWith("163") || e.cameo().startsWith("131"));
    }

    private static Event sanctionsEventIn(Sentence s, List<Event> events) {
        for (Event e : events) {
            if (isSanctions(e) && e.evidence().stream().anyMatch(span -> span.overlaps(s.span()))) {
                return e;
            }
        }
        return null;
    }

    private static boolean namesLegislation(AnnotatedDocument doc, Sentence s) {
        return doc.tokensOf(s).stream().anyMatch(t -> t.pos().startsWith("NN") && NOUNS.contains(t.lemma()));
    }

    private static boolean mentionsLemma(AnnotatedDocument doc, Sentence s, String lemma) {
        return doc.tokensOf(s).stream().anyMatch(t -> t.lemma().equalsIgnoreCase(lemma));
    }

    private static boolean mentionsAnyLemma(AnnotatedDocument doc, Sentence s, Lexicon lemmas) {
        return doc.tokensOf(s).stream().anyMatch(t -> t.pos().startsWith("VB") && lemmas.contains(t.lemma()));
    }

    private static boolean mentionsCosponsor(AnnotatedDocument doc, Sentence s) {
        for (Token t : doc.tokensOf(s)) {
            String w = t.text().toLowerCase(Locale.ROOT);
            if (w.startsWith("cosponsor") || w.startsWith("co-sponsor")) {
                return true;
            }
        }
        return false;
    }

    private static boolean anySanctions(AnnotatedDocument doc) {
        return doc.tokens().stream().anyMatch(t -> t.lemma().equalsIgnoreCase("sanction"));
    }

    private static boolean isPerson(String key, Map<String, Entity> byKey) {
        return key != null && byKey.containsKey(key) && byKey.get(key).type() == EntityType.PERSON;
    }

    private static String firstPerson(EntityMentions mentions, Sentence s) {
        return mentions.inSentence(s.index()).stream().filter(m -> m.type() == EntityType.PERSON)
                .map(EntityMentions.Located::key).findFirst().orElse(null);
    }
}
