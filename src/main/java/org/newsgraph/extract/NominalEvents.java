package org.newsgraph.extract;

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
            boolean side = d.is("nmod:poss") || d.is("amod") || d.is("compound")
                    || d.is("nmod") && (d.subtype().equals("between") || d.subtype().equals("with")
                    || d.subtype().equals("by"));
            if (side && mentions.at(doc.tokens().get(d.dependent()).begin()) != null) {
                return true;
            }
        }
        return false;
    }

    private static String lemma(Token t) {
        return t.lemma() == null ? t.text() : t.lemma();
    }
}
