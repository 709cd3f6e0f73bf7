package org.newsgraph.rdf;

import java.util.Arrays;
import org.newsgraph.model.Span;

/**
 * Converts offsets into an article's text from Java's UTF-16 units, which every stage works in, to
 * Unicode code points, which RFC 5147 ({@code #char=}), NIF ({@code nif:beginIndex}) and SPARQL's
 * {@code SUBSTR} count. They differ after every character outside the Basic Multilingual Plane: in
 * "Ana 😀 met Bo" the emoji is two UTF-16 units but one character, so "Bo" is {@code [11,13)} in
 * Java and {@code [10,12)} in the graph.
 *
 * <p>Built once per text in linear time; each conversion is a binary search over the positions of
 * surrogate pairs (none at all in most articles).
 */
final class CodePointOffsets {
    /** UTF-16 index of the high half of every surrogate pair, ascending. */
    private final int[] pairStarts;

    private CodePointOffsets(int[] pairStarts) {
        this.pairStarts = pairStarts;
    }

    static CodePointOffsets of(String text) {
        int[] starts = new int[0];
        int count = 0;
        for (int i = 0; i + 1 < text.length(); i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, Math.max(8, count * 2));
                }
                starts[count++] = i;
                i++;
            }
        }
        return new CodePointOffsets(Arrays.copyOf(starts, count));
    }

    /** The code point offset of UTF-16 offset {@code utf16}: one less for every pair wholly before it. */
    int codePoints(int utf16) {
        // pairs starting at s end at s + 2; those with s + 2 <= utf16, i.e. s < utf16 - 1, lie before it
        int insertion = Arrays.binarySearch(pairStarts, utf16 - 1);
        int before = insertion >= 0 ? insertion : -insertion - 1;
        return utf16 - before;
    }

    Span codePoints(Span utf16) {
        return new Span(codePoints(utf16.begin()), codePoints(utf16.end()));
    }
}
