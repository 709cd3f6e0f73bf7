package org.newsgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    private static final List<String> NAMES = List.of("people-and-roles", "timeline", "who-met-whom", "sanctions");

    @Test
    void aTypoOrAPrefixFindsTheName() {
        assertEquals(List.of("timeline"), Suggestions.closest("timelime", NAMES));
        assertEquals(List.of("people-and-roles"), Suggestions.closest("peple", NAMES));
        assertEquals(List.of("who-met-whom"), Suggestions.closest("met", NAMES));
        assertEquals(List.of("sanctions"), Suggestions.closest("SANCTION", NAMES));
    }

    @Test
    void somethingUnrelatedFindsNothing() {
        assertEquals(List.of(), Suggestions.closest("quotations", NAMES));
    }

    @Test
    void distanceCountsSingleCharacterEdits() {
        assertEquals(0, Suggestions.distance("abc", "abc"));
        assertEquals(1, Suggestions.distance("abc", "abd"));
        assertEquals(2, Suggestions.distance("ab", "ba"));
        assertEquals(3, Suggestions.distance("", "abc"));
    }

    @Test
    void wordsCountWithTheRightPlural() {
        assertEquals("1 article", Words.count(1, "article"));
        assertEquals("0 articles", Words.count(0, "article"));
        assertEquals("2 entities", Words.count(2, "entity", "entities"));
    }
}
