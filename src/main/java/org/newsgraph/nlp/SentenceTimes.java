package org.newsgraph.nlp;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The date and time mentions of one document's sentences, found on first request and kept: the
 * events stage asks once per candidate event, and several events may share a sentence.
 */
public final class SentenceTimes {
    private final SentenceTimeTagger tagger;
    private final Map<Integer, List<NerMention>> bySentence = new ConcurrentHashMap<>();
    private final LongAdder tagNanos = new LongAdder();

    public SentenceTimes(SentenceTimeTagger tagger) {
        this.tagger = tagger;
    }

    List<NerMention> of(String text, Sentence sentence, List<Token> tokens, LocalDate reference) {
        return bySentence.computeIfAbsent(sentence.index(), i -> timedTag(text, tokens, reference));
    }

    private List<NerMention> timedTag(String text, List<Token> tokens, LocalDate reference) {
        long start = ThreadCpuClock.nanos();
        try {
            return List.copyOf(tagger.tag(text, tokens, reference));
        } finally {
            tagNanos.add(ThreadCpuClock.nanos() - start);
        }
    }

    /** CPU time spent finding this document's dates so far, in nanoseconds (loading SUTime's rules included). */
    public long tagNanos() {
        return tagNanos.sum();
    }

    /** How many sentences have been tagged so far. */
    public int taggedSentences() {
        return bySentence.size();
    }
}
