package org.newsgraph.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.NerMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * An event's date from its sentence: SUTime's value of the date nearest the trigger, normalised to
 * {@code YYYY-MM-DD} or {@code YYYY-MM} against the publication date, or a relative phrase from
 * event-relative-dates.tsv ("a few weeks ago"). Year-only and vague values give no date: a wrong
 * date costs more than a missing one.
 */
public final class EventDates {
    private static final Pattern FULL = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("^(\\d{4}|XXXX)-(\\d{2})$");
    private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d{2})");
    private static final Lexicon DATE_WORDS = Lexicon.load("event-date-words.txt");
    private static final Pattern DIGIT = Pattern.compile(".*\\d.*");
    private static final List<String> WEEKDAYS = List.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday");

    private record Relative(List<String> words, String unit, int amount, boolean dayPrecision) {
    }

    private final List<Relative> relatives = new ArrayList<>();

    public EventDates(String relativeResource) {
        for (String line : Lexicon.lines(relativeResource)) {
            String[] f = line.split("\t");
            if (f.length != 4) {
                throw new NewsgraphException(relativeResource + ": expected 4 tab-separated columns in \"" + line + "\"");
            }
            relatives.add(new Relative(List.of(f[0].toLowerCase(Locale.ROOT).split(" ")), f[1],
                    Integer.parseInt(f[2]), f[3].equals("day")));
        }
    }

    /**
     * The date of an event triggered at token {@code trigger} in {@code sentence}, or null.
     *
     * @param future true when the event is reported as still to come: a weekday SUTime placed
     *               before publication then means the next one ("would swap prisoners on Wednesday");
     *               false for a reported event, whose weekday after publication means the previous one
     */
    public String dateFor(AnnotatedDocument doc, Sentence sentence, int trigger, boolean future) {
        LocalDate published = doc.article().published();
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        List<Token> tokens = doc.tokensOf(sentence);
        for (NerMention m : mayHoldDate(tokens) ? doc.timeMentions(sentence) : List.<NerMention>of()) {
            if (m.normalized() == null) {
                continue;
            }
            String value = normalize(m.normalized(), published);
            if (value == null) {
                continue;
            }
            if (future && published != null && value.length() == 10 && isWeekday(m.text())
                    && LocalDate.parse(value).isBefore(published)) {
                value = LocalDate.parse(value).plusWeeks(1).toString();
            } else if (!future && published != null && value.length() == 10 && isWeekday(m.text())
                    && LocalDate.parse(value).isAfter(published)) {
                // SUTime places a weekday in the publication's week; a reported, past event on
                // "Friday" in a Thursday paper happened the Friday before.
                value = LocalDate.parse(value).minusWeeks(1).toString();
            }
            int distance = Math.abs(m.firstToken() - trigger);
            if (distance < bestDistance) {
                best = value;
                bestDistance = distance;
            }
        }
        if (best == null && published != null) {
            best = relativeIn(tokens, published);
        }
        return best;
    }

    /**
     * True when the sentence holds a digit or a word of event-date-words.txt. SUTime costs a few
     * milliseconds a sentence; most sentences with an event name no day, week or month at all.
     */
    static boolean mayHoldDate(List<Token> tokens) {
        for (Token t : tokens) {
            String word = t.text().endsWith(".") ? t.text().substring(0, t.text().length() - 1) : t.text();
            if (DATE_WORDS.contains(word) || DIGIT.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** SUTime's value as {@code YYYY-MM-DD} or {@code YYYY-MM}, or null when vaguer than a month. */
    static String normalize(String value, LocalDate published) {
        Matcher full = FULL.matcher(value);
        if (full.find()) {
            return full.group(1) + "-" + full.group(2) + "-" + full.group(3);
        }
        Matcher month = MONTH.matcher(value);
        if (month.find()) {
            int m = Integer.parseInt(month.group(2));
            if (!month.group(1).equals("XXXX")) {
                return month.group(1) + "-" + month.group(2);
            }
            if (published == null) {
                return null;
            }
            // "in February" without a year: the most recent February not after publication.
            int year = m > published.getMonthValue() ? published.getYear() - 1 : published.getYear();
            return YearMonth.of(year, m).toString();
        }
        Matcher week = WEEK.matcher(value);
        if (week.find()) {
            LocalDate thursday = LocalDate.of(Integer.parseInt(week.group(1)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(week.group(2)))
                    .with(DayOfWeek.THURSDAY);
            return YearMonth.from(thursday).toString();
        }
        return null;
    }

    private String relativeIn(List<Token> tokens, LocalDate published) {
        for (int i = 0; i < tokens.size(); i++) {
            for (Relative r : relatives) {
                if (startsWith(tokens, i, r.words)) {
                    LocalDate d = switch (r.unit) {
                        case "day" -> published.plusDays(r.amount);
                        case "week" -> published.plusWeeks(r.amount);
                        case "month" -> published.plusMonths(r.amount);
                        default -> throw new NewsgraphException("event-relative-dates.tsv: unknown unit " + r.unit);
                    };
                    return r.dayPrecision ? d.toString() : YearMonth.from(d).toString();
                }
            }
        }
        return null;
    }

    private static boolean startsWith(List<Token> tokens, int i, List<String> words) {
        if (i + words.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < words.size(); k++) {
            if (!tokens.get(i + k).text().toLowerCase(Locale.ROOT).equals(words.get(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWeekday(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        return WEEKDAYS.stream().anyMatch(lower::contains) && !lower.matches(".*\\d.*");
    }
}
