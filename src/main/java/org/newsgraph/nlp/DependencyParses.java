package org.newsgraph.nlp;

import java.util.List;

/**
 * The dependency parses of one document, made on first request and kept: the events stage and the
 * quotations stage may ask for the same sentence, and it is parsed once.
 */
public final class DependencyParses {
    private final SentenceParser parser;
    private final TimedSentenceCache<DependencyGraph> cache = new TimedSentenceCache<>();

    public DependencyParses(SentenceParser parser) {
        this.parser = parser;
    }

    DependencyGraph of(Sentence sentence, List<Token> tokens) {
        return cache.get(sentence, () -> parser.parse(tokens));
    }

    /** CPU time spent parsing this document's sentences so far, in nanoseconds (model loading included). */
    public long parseNanos() {
        return cache.nanos();
    }

    /** How many sentences have been parsed so far. */
    public int parsedSentences() {
        return cache.size();
    }
}
