package org.newsgraph.model;

/**
 * A direct quotation and who said it.
 *
 * @param text       the quoted words, without the quotation marks
 * @param span       where those words are in the article text
 * @param speakerKey key of the speaking entity, or null when no speaker could be found
 * @param evidence   the sentence(s) holding the quotation and its attribution
 */
public record Quote(String text, Span span, String speakerKey, Span evidence) {
}
