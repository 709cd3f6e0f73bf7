package org.newsgraph.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * The dependency parses of one document, made on first request and kept: the events stage and the
 * quotations stage may ask for the same sentence, and it is parsed once.
 */
public final class DependencyParses {
    private final SentenceParser parser;
    private final Map<Integer, DependencyGraph> bySentence = new ConcurrentHashMap<>();
    private final LongAdder parseNanos = new LongAdder();

    public DependencyParses(SentenceParser parser) {
        this.parser = parser;
    }

    DependencyGraph of(Sentence sentence, List<Token> tokens) {
        return bySentence.computeIfAbsent(sentence.index(), i -> timedParse(tokens));
    }

    private DependencyGraph timedParse(List<Token> tokens) {
        long start = ThreadCpuClock.nanos();
        try {
            return parser.parse(tokens);
        } finally {
            parseNanos.add(ThreadCpuClock.nanos() - start);
        }
    }

    /** CPU time spent parsing this document's sentences so far, in nanoseconds (model loading included). */
    public long parseNanos() {
        return parseNanos.sum();
    }

    /** How many sentences have been parsed so far. */
    public int parsedSentences() {
        return bySentence.size();
    }
}
