package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** Parses are made once per sentence, and the time they take is counted for {@code build --timings}. */
class DependencyParsesTest {

    @Test
    void aSentenceIsParsedOnceAndItsParseTimeCounted() {
        AtomicInteger calls = new AtomicInteger();
        DependencyParses parses = new DependencyParses(tokens -> {
            calls.incrementAndGet();
            return DependencyGraph.EMPTY;
        });
        List<Token> tokens = List.of(new Token(0, "Rain", 0, 4, "NN", "rain", "O", null, 0));
        Sentence sentence = new Sentence(0, new Span(0, 4), 0, 1);
        assertEquals(0, parses.parseNanos());

        parses.of(sentence, tokens);
        long afterFirst = parses.parseNanos();
        parses.of(sentence, tokens);

        assertEquals(1, calls.get());
        assertEquals(1, parses.parsedSentences());
        assertTrue(afterFirst > 0, "the parse's time is counted");
        assertEquals(afterFirst, parses.parseNanos(), "a kept parse costs nothing more");
    }
}
