package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;

/**
 * The date and time mentions of one document's sentences, found on first request and kept: the
 * events stage asks once per candidate event, and several events may share a sentence.
 */
public final class SentenceTimes {
    private final SentenceTimeTagger tagger;
    private final TimedSentenceCache<List<NerMention>> cache = new TimedSentenceCache<>();

    public SentenceTimes(SentenceTimeTagger tagger) {
        this.tagger = tagger;
    }

    List<NerMention> of(String text, Sentence sentence, List<Token> tokens, LocalDate reference) {
        return cache.get(sentence, () -> List.copyOf(tagger.tag(text, tokens, reference)));
    }

    /** CPU time spent finding this document's dates so far, in nanoseconds (loading SUTime's rules included). */
    public long tagNanos() {
        return cache.nanos();
    }

    /** How many sentences have been tagged so far. */
    public int taggedSentences() {
        return cache.size();
    }
}
