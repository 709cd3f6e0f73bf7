package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.newsgraph.model.Span;

/** Finds the quoted stretches of a text, paragraph by paragraph, from the quote-mark pairs in quote-marks.txt. */
final class QuoteSpans {
    private static final List<String[]> PAIRS = Lexicon.lines("quote-marks.txt").stream()
            .map(line -> line.split("\t")).toList();

    /** The closing mark tried when a quote's own is missing from its paragraph: curly and straight double quotes. */
    private static final Map<String, String> MIXED_CLOSINGS = Map.of("\u201c", "\"", "\"", "\u201d");

    private QuoteSpans() {
    }

    /**
     * A quotation in the text.
     *
     * @param marks the quotation including its marks
     * @param inner the words between the marks
     */
    record Quoted(Span marks, Span inner) {
    }

    static List<Quoted> find(String text) {
        List<Quoted> out = new ArrayList<>();
        int paragraphStart = 0;
        while (paragraphStart < text.length()) {
            int paragraphEnd = text.indexOf("\n\n", paragraphStart);
            if (paragraphEnd < 0) {
                paragraphEnd = text.length();
            }
            findInParagraph(text, paragraphStart, paragraphEnd, out);
            paragraphStart = paragraphEnd + 2;
        }
        return out;
    }

    private static void findInParagraph(String text, int from, int to, List<Quoted> out) {
        int i = from;
        while (i < to) {
            String[] pair = openingAt(text, i);
            if (pair == null) {
                i++;
                continue;
            }
            int marksBegin = i;
            if (doubledOpening(text, i, pair)) {
                i++;
                pair = openingAt(text, i);
            }
            int close = text.indexOf(pair[1], i + pair[0].length());
            String closing = pair[1];
            String mixed = MIXED_CLOSINGS.get(pair[0]);
            if ((close < 0 || close >= to) && mixed != null) {
                // “Mixed marks," an editor's slip: the other kind of double quote closes it.
                close = text.indexOf(mixed, i + pair[0].length());
                closing = mixed;
            }
            if (close < 0 || close >= to) {
                // An unclosed quote runs to the paragraph's end, as news style does for multi-paragraph quotes.
                close = to;
            }
            Span inner = trimmed(text, i + pair[0].length(), close);
            if (inner.length() > 0) {
                out.add(new Quoted(new Span(marksBegin, Math.min(to, close + closing.length())), inner));
            }
            i = close + closing.length();
        }
    }

    /**
     * A straight mark doubling the curly one after it ("\"“We won,” she said.\"", as some feeds wrap a
     * whole paragraph) is markup noise: the curly pair inside holds the quotation, whose marks
     * still start at the straight one (the quote opens the paragraph).
     */
    private static boolean doubledOpening(String text, int i, String[] pair) {
        return pair[0].equals("\"") && text.startsWith("\u201c", i + 1);
    }

    private static String[] openingAt(String text, int i) {
        for (String[] pair : PAIRS) {
            if (text.startsWith(pair[0], i)) {
                return pair;
            }
        }
        return null;
    }

    private static Span trimmed(String text, int begin, int end) {
        while (begin < end && Character.isWhitespace(text.charAt(begin))) {
            begin++;
        }
        while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(begin, end);
    }
}
