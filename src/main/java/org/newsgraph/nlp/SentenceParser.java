package org.newsgraph.nlp;

import java.util.List;

/**
 * Parses one sentence's tokens into dependencies. Parsing costs far more than tagging, so the
 * pipeline parses only the sentences a stage asks for (through {@link AnnotatedDocument#dependencies}).
 * Implementations are thread-safe.
 */
@FunctionalInterface
public interface SentenceParser {
    /** A parser for documents built without one: every sentence has an empty graph. */
    SentenceParser NONE = tokens -> DependencyGraph.EMPTY;

    DependencyGraph parse(List<Token> sentenceTokens);
}
