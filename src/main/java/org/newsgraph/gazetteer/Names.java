package org.newsgraph.gazetteer;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Name normalisation and the general spelling variants the gazetteer derives from reference names. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");  // for isLatinName only
    /** Characters a key leaves out: periods and apostrophes ("U.S." = "US", "O'Neill" = "ONeill"). */
    private static final String DROPPED = ".'\u2018\u2019`";
    /** Characters that separate words like a space: hyphens and dashes ("Timor-Leste" = "Timor Leste"). */
    private static final String SEPARATORS = "-\u2010\u2011\u2012\u2013\u2014\u2212";
    private static final Pattern PARENTHESES = Pattern.compile("\\s*\\([^)]*\\)");
    private static final Pattern QUOTED = Pattern.compile("\\s*\"[^\"]*\"");
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.)+|[A-Z]{2,3}");
    private static final Set<String> SUFFIXES = Set.of("jr", "sr", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii",
            "ix", "x", "xi", "xii", "xiii", "xiv", "xv", "xvi");

    private static final List<String[]> SPELLING_RULES = ReferenceTable.classpathLines(
            "org/newsgraph/gazetteer/spelling-variants.tsv").stream().map(l -> l.toArray(String[]::new)).toList();

    private Names() {
    }

    /**
     * The lookup key of a surface form: NFKD without accents, lower case, without periods and
     * apostrophes, hyphens and whitespace collapsed to one space, a leading "the " dropped.
     * "U.S." and "US" share a key; "Zelenskyy" and "Zelensky" do not (no fuzzy matching).
     */
    public static String normalise(String surface) {
        if (surface == null) {
            return "";
        }
        // A hand-written loop rather than regexes: the gazetteer normalises ~100,000 strings at load,
        // and the ASCII fast path skips the Unicode tables for most of them.
        boolean ascii = isAscii(surface);
        String s = ascii ? surface : Normalizer.normalize(surface, Normalizer.Form.NFKD);
        StringBuilder key = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 128) {
                if (c == '.' || c == '\'' || c == '`') {
                    continue;
                }
                if (c == ' ' || c == '-' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0x0B) {
                    pendingSpace = key.length() > 0;
                    continue;
                }
                c = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else {
                int type = Character.getType(c);
                if (type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                        || type == Character.COMBINING_SPACING_MARK || DROPPED.indexOf(c) >= 0) {
                    continue;
                }
                if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0) {
                    pendingSpace = key.length() > 0;
                    continue;
                }
                c = Character.toLowerCase(c);
            }
            if (pendingSpace) {
                key.append(' ');
                pendingSpace = false;
            }
            key.append(c);
        }
        return key.length() > 4 && key.indexOf("the ") == 0 ? key.substring(4) : key.toString();
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** Number of tokens of the normalised form. */
    public static int tokenCount(String surface) {
        return keyTokenCount(normalise(surface));
    }

    /** Number of tokens of an already normalised key. */
    static int keyTokenCount(String key) {
        if (key.isEmpty()) {
            return 0;
        }
        int count = 1;
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) == ' ') {
                count++;
            }
        }
        return count;
    }

    /** True for "Jr.", "III" and other generational suffixes, which are not family names. */
    static boolean isSuffix(String token) {
        return SUFFIXES.contains(normalise(token).replace(",", ""));
    }

    /** The text without parenthesised parts: "J.D. (James)" -> "J.D.". */
    static String withoutParentheses(String text) {
        return collapse(PARENTHESES.matcher(text).replaceAll(""));
    }

    /** The parenthesised parts joined: "J.D. (James)" -> "James", or "" when there are none. */
    static String insideParentheses(String text) {
        Matcher m = Pattern.compile("\\(([^)]*)\\)").matcher(text);
        List<String> parts = new ArrayList<>();
        while (m.find()) {
            parts.add(m.group(1).strip());
        }
        return String.join(" ", parts);
    }

    /** The text without quoted nicknames: {@code Henry C. "Hank" Johnson} -> "Henry C. Johnson". */
    static String withoutQuoted(String text) {
        return collapse(QUOTED.matcher(text).replaceAll(""));
    }

    /** The first quoted nickname, or "": {@code Philip "Brave" Davis} -> "Brave". */
    static String quoted(String text) {
        Matcher m = Pattern.compile("\"([^\"]+)\"").matcher(text);
        return m.find() ? m.group(1).strip() : "";
    }

    static String collapse(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    /**
     * Spellings of a name whose given part is a run of initials, with and without dots and spaces:
     * "J.D. Vance" -> "J. D. Vance", "JD Vance". Normalisation already ignores the dots, so one
     * spaced and one compact form cover every variant. A given token counts as initials when it is
     * capitals with dots ("J.D.", "J.") or two or three bare capitals ("JD").
     */
    static List<String> initialVariants(String name) {
        String[] tokens = name.split(" ");
        StringBuilder letters = new StringBuilder();
        int given = 0;
        while (given < tokens.length - 1 && INITIALS.matcher(tokens[given]).matches()) {
            letters.append(tokens[given].replace(".", ""));
            given++;
        }
        if (letters.length() < 2) {
            return List.of();
        }
        String rest = String.join(" ", List.of(tokens).subList(given, tokens.length));
        return List.of(String.join(". ", letters.toString().split("")) + ". " + rest, letters + " " + rest);
    }

    /**
     * Other common romanisations of a person's name, by the rules of spelling-variants.tsv:
     * "Volodymyr Zelenskyy" -> "Volodymyr Zelensky", "Volodymyr Zelenskyi", ...; "Sergei Ivanov" ->
     * "Sergey Ivanov". One word changes at a time, which keeps the number of variants small.
     */
    static List<String> spellingVariants(String name) {
        String[] words = name.split(" ");
        Set<String> out = new java.util.LinkedHashSet<>();
        for (int i = 0; i < words.length; i++) {
            for (String variant : wordVariants(words[i])) {
                String[] copy = words.clone();
                copy[i] = variant;
                out.add(String.join(" ", copy));
            }
        }
        out.remove(name);
        return List.copyOf(out);
    }

    private static List<String> wordVariants(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        List<String> out = new ArrayList<>();
        for (String[] rule : SPELLING_RULES) {
            String[] forms = rule[1].split("\\|");
            if (rule[0].equals("word")) {
                if (List.of(forms).contains(lower)) {
                    for (String f : forms) {
                        out.add(sameCase(word, f));
                    }
                }
                continue;
            }
            for (String ending : forms) {
                // A one-letter ending never triggers a rule (every "-y" name would get variants), and
                // the stem keeps at least three letters: "Sky" itself has no variants.
                if (ending.length() >= 2 && lower.endsWith(ending) && lower.length() - ending.length() >= 3) {
                    String stem = word.substring(0, word.length() - ending.length());
                    for (String f : forms) {
                        out.add(stem + f);
                    }
                    break;
                }
            }
        }
        return out;
    }

    private static String sameCase(String model, String word) {
        return Character.isUpperCase(model.charAt(0)) ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word;
    }

    /** "US" -> "U.S.": the dotted form of an all-capitals abbreviation of two or three letters. */
    static String dotted(String abbreviation) {
        if (abbreviation.matches("[A-Z]{2,3}")) {
            return String.join(".", abbreviation.split("")) + ".";
        }
        return null;
    }

    /** True when the text is written in Latin letters (accents allowed), spaces, hyphens, dots, apostrophes. */
    static boolean isLatinName(String text) {
        String s = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
        return s.matches("[A-Za-z][A-Za-z .'\u2019-]*") && s.replaceAll("[^A-Za-z]", "").length() >= 2;
    }
}
