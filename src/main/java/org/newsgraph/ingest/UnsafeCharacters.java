package org.newsgraph.ingest;

import java.util.Locale;

/**
 * Characters that RDF/XML (XML 1.0) cannot carry and that no reader of the graph wants: C0 control
 * characters other than tab and line feed, DEL, the C1 controls, the non-characters U+FFFE and U+FFFF,
 * and lone UTF-16 surrogates (a JSON {@code "\ud800"} escape). Each is replaced by ONE character, so
 * every offset into the text stays where it was: a control character by a space, a surrogate or
 * non-character by U+FFFD, the replacement character, which says "something was here".
 */
final class UnsafeCharacters {
    private UnsafeCharacters() {
    }

    /**
     * {@code value} with unsafe characters replaced; when it had any, one warning naming the file, the
     * field and the first offending offset goes to {@code warnings}.
     */
    static String clean(String value, String where, java.util.function.Consumer<String> warnings) {
        if (value == null) {
            return null;
        }
        StringBuilder out = null;
        int replaced = 0;
        int first = -1;
        int firstCode = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            char replacement = replacement(value, i);
            if (replacement == 0) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()) {
                    // a well-formed pair: copy both halves
                    if (out != null) {
                        out.append(c).append(value.charAt(i + 1));
                    }
                    i++;
                    continue;
                }
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            if (out == null) {
                out = new StringBuilder(value.length()).append(value, 0, i);
                first = i;
                firstCode = c;
            }
            out.append(replacement);
            replaced++;
        }
        if (out == null) {
            return value;
        }
        warnings.accept(String.format(Locale.ROOT, "%s: %d control character(s) or unpaired surrogate(s) replaced "
                + "(the first, U+%04X, at character %d)", where, replaced, firstCode, first));
        return out.toString();
    }

    /** 0 when the char at {@code i} is safe (or the start of a well-formed surrogate pair). */
    private static char replacement(String value, int i) {
        char c = value.charAt(i);
        if (c == '\t' || c == '\n') {
            return 0;
        }
        if (c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
            return ' ';
        }
        if (c == 0xFFFE || c == 0xFFFF) {
            return '\uFFFD';
        }
        if (Character.isHighSurrogate(c)) {
            return i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1)) ? 0 : '\uFFFD';
        }
        if (Character.isLowSurrogate(c)) {
            return '\uFFFD'; // a low half not preceded by a high one (pairs are skipped whole above)
        }
        return 0;
    }
}
