package org.newsgraph.extract;

import org.newsgraph.gazetteer.GazetteerEntry;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;

/**
 * A stretch of text that names (or, for a demonym, points to) an entity, before mentions are
 * grouped into entities.
 *
 * @param entry    the gazetteer entry it matched, or null when only CoreNLP's NER found it
 * @param demonym  true for nationality adjectives ("Russian"), which point to their country
 * @param firstToken index of the first token; {@code endToken} is one past the last
 */
record Candidate(Span span, String text, EntityType type, GazetteerEntry entry, boolean demonym,
                 int sentence, int firstToken, int endToken) {

    int tokenCount() {
        return endToken - firstToken;
    }
}
