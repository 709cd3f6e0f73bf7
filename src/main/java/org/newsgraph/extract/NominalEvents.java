package org.newsgraph.extract;

import java.util.Set;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Whether an event noun names an occurrence of its own, read from the sentence's dependency parse. A
 * noun that is the object of a verb which only comments on, blocks or reports an occurrence ("the
 * court blocked the deal", "Arvenia opposed the agreement") re-mentions an event named elsewhere
 * and is not a new event, unless the noun names its own sides ("the agreement between Arvenia and
 * Borelia", "Borelia's treaty with Arvenia"). As the object of a support verb (event-support-verbs.txt:
 * "signed a treaty", "held talks") or anywhere else (a subject, "after talks in Geneva") it stands.
 */
final class NominalEvents {
    private static final Lexicon SUPPORT_VERBS = Lexicon.load("event-support-verbs.txt");
    private static final Set<String> SIDE_PREPOSITIONS = Set.of("with", "between", "by");
    private static final int MAX_DEPTH = 2;

    private NominalEvents() {
    }

    /** True unless the noun at {@code head} is a side-less object of a verb that does not carry it. */
    static boolean standsAlone(AnnotatedDocument doc, Sentence sentence, int head, EntityMentions mentions) {
        DependencyGraph graph = doc.dependencies(sentence);
        if (hasOwnSides(doc, graph, head, mentions)) {
            return true;
        }
        for (Dependency g : graph.governors(head)) {
            if (g.governor() < 0 || !(g.relation().equals("obj") || g.relation().startsWith("nsubj:pass"))) {
                continue;
            }
            Token verb = doc.tokens().get(g.governor());
            if (verb.pos().startsWith("VB") && !SUPPORT_VERBS.contains(lemma(verb))) {
                return false;
            }
        }
        return true;
    }

    private static boolean hasOwnSides(AnnotatedDocument doc, DependencyGraph graph, int head, EntityMentions mentions) {
        for (Dependency d : graph.dependents(head)) {
            boolean modifier = d.is("nmod:poss") || d.is("amod") || d.is("compound");
            if (modifier && isMention(doc, d.dependent(), mentions)
                    || d.is("nmod") && !modifier && sideBelow(doc, graph, d, false, 0, mentions)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when an entity is reached through a "with", "between" or "by" modifier within a few
     * prepositional steps: the parser often hangs the other side on a nearer noun ("calls during the
     * crisis with the Borelian minister Carlo Rossi": with hangs on crisis, the name on minister).
     */
    private static boolean sideBelow(AnnotatedDocument doc, DependencyGraph graph, Dependency edge, boolean sided,
                                     int depth, EntityMentions mentions) {
        boolean nowSided = sided || SIDE_PREPOSITIONS.contains(edge.subtype());
        if (nowSided && isMention(doc, edge.dependent(), mentions)) {
            return true;
        }
        if (depth >= MAX_DEPTH) {
            return false;
        }
        for (Dependency d : graph.dependents(edge.dependent())) {
            if ((d.is("nmod") || d.is("compound") || d.is("appos")) && !d.is("nmod:poss")
                    && sideBelow(doc, graph, d, nowSided, depth + 1, mentions)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isMention(AnnotatedDocument doc, int token, EntityMentions mentions) {
        return mentions.at(doc.tokens().get(token).begin()) != null;
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? t.text() : t.lemma();
    }
}
