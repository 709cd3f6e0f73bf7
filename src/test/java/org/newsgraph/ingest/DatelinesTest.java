package org.newsgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatelinesTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Updated at 2:18 p.m. ET on May 22, 2025 | 2025-05-22",
        "Published Sept. 3, 2025, 6:00 a.m.     | 2025-09-03",
        "By A. Writer, 22 May 2025                | 2025-05-22",
        "3rd September 2025                       | 2025-09-03",
        "2025-05-22T14:18:00Z                     | 2025-05-22",
        "posted 2025-01-07                        | 2025-01-07",
        "JANUARY 5 2026                           | 2026-01-05",
        "February 30, 2025 or else March 1, 2025  | 2025-03-01",
    })
    void readsDatelines(String text, LocalDate expected) {
        assertEquals(Optional.of(expected), Datelines.find(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"no date here", "May 2025", "page 12-05-22", "2025-13-40", "you may 22 times"})
    void findsNothingInNonDates(String text) {
        assertEquals(Optional.empty(), Datelines.find(text));
    }

    @org.junit.jupiter.api.Test
    void looksOnlyAtTheTop() {
        String text = "Headline\n\nFirst paragraph.\n\nSecond paragraph.\n\nOn 9 May 2025 something happened.";
        assertEquals(Optional.empty(), Datelines.findNearTop(text));
        assertEquals(Optional.of(LocalDate.of(2025, 5, 9)),
                Datelines.findNearTop("Headline\n\n9 May 2025\n\nBody."));
    }
}
