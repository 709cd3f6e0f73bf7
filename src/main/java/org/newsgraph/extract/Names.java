package org.newsgraph.extract;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Name normalisation and slugs, shared by matching and IRI keys. */
public final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern DROPPED = Pattern.compile("[.'’‘`\\[\\]]");
    private static final Pattern INITIALS = Pattern.compile("\\b(\\p{L}) (?=\\p{L}\\b)");
    private static final Pattern HYPHENATED_GIVEN_NAME = Pattern.compile("\\p{Lu}\\p{Ll}+-\\p{Ll}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑–—_/]+");

    private Names() {
    }

    /** Case-, accent- and punctuation-insensitive form: "the U.S." and "US" both give "us". */
    public static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD);
        s = MARKS.matcher(s).replaceAll("");
        s = DROPPED.matcher(s).replaceAll("");
        s = SEPARATORS.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
        // "J. D. Vance" and "JD Vance" are one name: run single letters together.
        s = INITIALS.matcher(s).replaceAll("$1");
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        if (s.endsWith(" s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s;
    }

    /** A lower-case ASCII slug for IRIs: "Jake Sullivan" -> "jake-sullivan". */
    public static String slug(String name) {
        String s = normalize(name).replaceAll("[^a-z0-9]+", "-");
        s = s.replaceAll("^-+|-+$", "");
        return s.isEmpty() ? "unnamed" : s;
    }

    /**
     * The family name, the usual short form: the last word ("Mara Holt" -> "Holt"), or the first
     * where a hyphenated given name follows it, as Korean names are written ("Park Min-jun" -> "Park").
     */
    public static String surname(String fullName) {
        String[] parts = fullName.strip().split("\\s+");
        if (parts.length == 2 && HYPHENATED_GIVEN_NAME.matcher(parts[1]).matches()) {
            return parts[0];
        }
        return parts[parts.length - 1];
    }


    /** A name without a leading "the" and a trailing possessive: "the Kremlin's" -> "Kremlin". */
    public static String clean(String surface) {
        String s = surface.strip();
        if (s.regionMatches(true, 0, "the ", 0, 4)) {
            s = s.substring(4);
        }
        if (s.endsWith("'s") || s.endsWith("’s")) {
            s = s.substring(0, s.length() - 2);
        }
        return s.strip();
    }
}
