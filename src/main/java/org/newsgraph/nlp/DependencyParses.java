package org.newsgraph.nlp;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The dependency parses of one document, made on first request and kept: the events stage and the
 * quotations stage may ask for the same sentence, and it is parsed once.
 */
public final class DependencyParses {
    private final SentenceParser parser;
    private final Map<Integer, DependencyGraph> bySentence = new ConcurrentHashMap<>();

    public DependencyParses(SentenceParser parser) {
        this.parser = parser;
    }

    DependencyGraph of(Sentence sentence, List<Token> tokens) {
        return bySentence.computeIfAbsent(sentence.index(), i -> parser.parse(tokens));
    }

    /** How many sentences have been parsed so far. */
    public int parsedSentences() {
        return bySentence.size();
    }
}
