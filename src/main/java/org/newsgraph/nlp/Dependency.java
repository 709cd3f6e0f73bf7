package org.newsgraph.nlp;

/**
 * One typed dependency between two tokens of a sentence, by document token index
 * ({@link Token#index()}). The relation is a Universal Dependencies label as CoreNLP's enhanced++
 * graphs write it, with the preposition or conjunction folded in: {@code nsubj}, {@code nsubj:pass},
 * {@code obj}, {@code obl:with}, {@code obl:agent}, {@code nmod:poss}, {@code conj:and}, {@code ccomp}.
 *
 * @param governor  the head token, or {@link #ROOT} for the root of the sentence
 * @param dependent the dependent token
 */
public record Dependency(int governor, String relation, int dependent) {
    public static final int ROOT = -1;

    /** True for the relation itself and its subtypes: {@code is("obl")} holds for {@code obl:with}. */
    public boolean is(String base) {
        return relation.equals(base) || relation.startsWith(base + ":");
    }

    /** The subtype after the colon ("with" for {@code obl:with}), or "" when there is none. */
    public String subtype() {
        int colon = relation.indexOf(':');
        return colon < 0 ? "" : relation.substring(colon + 1);
    }
}
