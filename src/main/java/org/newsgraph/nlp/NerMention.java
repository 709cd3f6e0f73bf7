package org.newsgraph.nlp;

import org.newsgraph.model.Span;

/**
 * A maximal run of tokens CoreNLP gave the same entity tag.
 *
 * @param type       PERSON, LOCATION, ORGANIZATION, MISC, DATE, ...
 * @param normalized SUTime's value for dates ("2025-05-19", "2025-W21", "XXXX-05"), else null
 */
public record NerMention(Span span, String text, String type, String normalized, int sentence,
                         int firstToken, int endToken) {
}
