package org.newsgraph.model;

/**
 * A direct quotation and its attribution: source (who), cue (the attributing words) and content.
 *
 * @param text            the quoted words, without the quotation marks
 * @param span            where those words are in the article text
 * @param speakerKey      key of the speaking entity, or null when no speaker could be found
 * @param evidence        the sentence(s) holding the quotation and its attribution
 * @param speakerMention  the words naming the speaker in this attribution ("he", "the ministry",
 *                        "Sen. Ana Ruiz"), or null
 * @param cue             the attributing words ("said", "according to"), or null
 * @param anonymousSource the speaker is unnamed and {@code speakerKey}, when set, is the
 *                        organisation they speak for ("a ministry official said")
 */
public record Quote(String text, Span span, String speakerKey, Span evidence, Span speakerMention, Span cue,
                    boolean anonymousSource) {

    /** A quotation without attribution words (tests, hand-built extractions). */
    public Quote(String text, Span span, String speakerKey, Span evidence) {
        this(text, span, speakerKey, evidence, null, null, false);
    }

    /** The same attribution words with another speaker entity (or none). */
    public Quote withSpeaker(String key) {
        return new Quote(text, span, key, evidence, speakerMention, cue, anonymousSource);
    }
}
