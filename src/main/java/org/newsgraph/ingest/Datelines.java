package org.newsgraph.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds a publication date written near the top of an article ("Updated at 2:18 p.m. ET on May
 * 22, 2025", "22 May 2025", "2025-05-22"), for files whose metadata gives none. The patterns live
 * in {@code datelines.txt}.
 *
 * <p>Only the top is searched (the first {@value #TOP_LINES} non-empty lines, at most
 * {@value #TOP_CHARS} characters) because dates further down are usually the dates of the events
 * reported, not of the report.
 */
final class Datelines {
    static final int TOP_LINES = 3;
    static final int TOP_CHARS = 300;

    private static final List<Pattern> PATTERNS = PatternFile.load("datelines.txt").section("");

    private Datelines() {
    }

    /** The first dateline found in the top of {@code text}, if any. */
    static Optional<LocalDate> findNearTop(String text) {
        return find(top(text));
    }

    /** The first date any pattern finds anywhere in {@code value} (a metadata field, say). */
    static Optional<LocalDate> find(String value) {
        if (value == null) {
            return Optional.empty();
        }
        for (Pattern pattern : PATTERNS) {
            Matcher m = pattern.matcher(value);
            while (m.find()) {
                Optional<LocalDate> date = toDate(m);
                if (date.isPresent()) {
                    return date;
                }
            }
        }
        return Optional.empty();
    }

    static String top(String text) {
        StringBuilder top = new StringBuilder();
        int lines = 0;
        for (String line : text.split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            top.append(line).append('\n');
            if (++lines == TOP_LINES || top.length() >= TOP_CHARS) {
                break;
            }
        }
        return top.length() > TOP_CHARS ? top.substring(0, TOP_CHARS) : top.toString();
    }

    private static Optional<LocalDate> toDate(Matcher m) {
        try {
            int year = Integer.parseInt(m.group("year"));
            int day = Integer.parseInt(m.group("day"));
            return Optional.of(LocalDate.of(year, month(m.group("month")), day));
        } catch (DateTimeException | IllegalArgumentException e) {
            // "2025-13-45" or "February 30": not a date, keep looking.
            return Optional.empty();
        }
    }

    private static Month month(String text) {
        if (text.chars().allMatch(Character::isDigit)) {
            return Month.of(Integer.parseInt(text));
        }
        String prefix = text.substring(0, 3).toUpperCase(Locale.ROOT);
        for (Month month : Month.values()) {
            if (month.name().startsWith(prefix)) {
                return month;
            }
        }
        throw new IllegalArgumentException("not a month: " + text);
    }
}
