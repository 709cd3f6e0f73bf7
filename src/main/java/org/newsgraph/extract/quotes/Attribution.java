package org.newsgraph.extract.quotes;

import org.newsgraph.model.Span;

/**
 * Who a quotation is attributed to, as written: the source words, the cue words and the entity the
 * source resolves to (null when it resolves to none).
 *
 * @param key       the speaking entity, or the organisation an anonymous speaker speaks for, or null
 * @param mention   the source words ("Sen. Ana Ruiz", "she", "a ministry official"), or null
 * @param cue       the attributing words ("said", "according to", ":")
 * @param anonymous the source names nobody ("one voter", "a senior official")
 */
public record Attribution(String key, Span mention, Span cue, boolean anonymous) {

    public Attribution withKey(String other) {
        return new Attribution(other, mention, cue, anonymous);
    }
}
