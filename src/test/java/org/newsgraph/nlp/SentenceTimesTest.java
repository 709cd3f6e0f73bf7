package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Span;

/** Dates are found once per sentence, and the time they take is counted for {@code build --timings}. */
class SentenceTimesTest {
    private static final String TEXT = "Rain on Monday";
    private static final List<Token> TOKENS = List.of(
            new Token(0, "Rain", 0, 4, "NN", "rain", "O", null, 0),
            new Token(1, "on", 5, 7, "IN", "on", "O", null, 0),
            new Token(2, "Monday", 8, 14, "NNP", "Monday", "DATE", "2031-03-03", 0));
    private static final Sentence SENTENCE = new Sentence(0, new Span(0, 14), 0, 3);

    @Test
    void aSentenceIsTaggedOnceWithTheReferenceDateAndItsTimeCounted() {
        AtomicInteger calls = new AtomicInteger();
        LocalDate published = LocalDate.of(2031, 3, 4);
        SentenceTimes times = new SentenceTimes((text, tokens, reference) -> {
            calls.incrementAndGet();
            assertEquals(published, reference);
            return SentenceTimeTagger.FROM_NER_TAGS.tag(text, tokens, reference);
        });

        List<NerMention> first = times.of(TEXT, SENTENCE, TOKENS, published);
        long afterFirst = times.tagNanos();
        List<NerMention> second = times.of(TEXT, SENTENCE, TOKENS, published);

        assertEquals(1, calls.get());
        assertEquals(first, second);
        assertEquals(1, times.taggedSentences());
        assertTrue(afterFirst > 0, "the tagging time is counted");
        assertEquals(afterFirst, times.tagNanos(), "kept dates cost nothing more");
    }

    @Test
    void handBuiltTagsGiveTheirDateAndTimeMentionsOnly() {
        List<NerMention> dates = SentenceTimeTagger.FROM_NER_TAGS.tag(TEXT, TOKENS, null);
        assertEquals(1, dates.size());
        assertEquals("Monday", dates.get(0).text());
        assertEquals("2031-03-03", dates.get(0).normalized());
        assertEquals(2, dates.get(0).firstToken());
    }
}
