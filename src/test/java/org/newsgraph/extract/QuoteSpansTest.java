package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Quoted stretches found from quote-mark pairs, on invented text. */
class QuoteSpansTest {

    private static List<String> inner(String text) {
        return QuoteSpans.find(text).stream().map(q -> q.inner().of(text)).toList();
    }

    @Test
    void curlyAndStraightMarksPairWithTheirOwnKind() {
        assertEquals(List.of("We stay,", "They go."), inner("\u201cWe stay,\u201d Ruiz said. \"They go.\""));
    }

    @Test
    void aCurlyQuoteClosedByAStraightMarkEndsThere() {
        String text = "\u201cThe bridge will open in May,\" Ruiz said on Tuesday.";
        assertEquals(List.of("The bridge will open in May,"), inner(text));
    }

    @Test
    void anUnclosedQuoteRunsToTheEndOfItsParagraph() {
        String text = "\u201cThe bridge will open in May.\n\nNext paragraph.";
        assertEquals(List.of("The bridge will open in May."), inner(text));
    }

    @Test
    void aStraightMarkDoublingACurlyOneIsNoise() {
        String text = "\"\u201cWe won,\u201d Ruiz said after the vote.\"\n\nNext paragraph.";
        assertEquals(List.of("We won,"), inner(text));
    }
}
