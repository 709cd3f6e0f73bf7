package org.newsgraph.eval;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Name normalisation exactly as the corpus README counts a match: case, accents, punctuation, a
 * leading "the" and a trailing "'s" do not matter. Deliberately stricter than the extractor's own
 * matching, so that the scores are the ones an outside evaluation would see.
 */
final class EvalNames {
    private EvalNames() {
    }

    static String normalize(String name) {
        String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        s = s.toLowerCase(Locale.ROOT).strip();
        s = s.replaceAll("['’]s$", "");
        s = s.replaceAll("[\\p{P}\\p{S}]+", "");
        s = s.replaceAll("\\s+", " ").strip();
        if (s.startsWith("the ")) {
            s = s.substring(4);
        }
        return s;
    }

    /** Text for containment checks of quotations: quotes, dashes and spacing unified. */
    static String quoteText(String text) {
        String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        s = s.replaceAll("[‘’`´]", "'").replaceAll("[“”]", "\"").replaceAll("[–—]", "-");
        return s.replaceAll("\\s+", " ").strip();
    }
}
