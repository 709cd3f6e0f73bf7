package org.newsgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.nlp.Token;

/**
 * A phrase pattern over lemmas, as written in the event resource files: lemmas separated by spaces,
 * {@code a|b} alternatives, {@code word/N} or {@code word/V} for a noun or verb only, {@code *} for a
 * gap of up to three tokens, {@code @person} for the first token of a person's name ("call/V @person").
 */
final class EventPhrase {
    private static final int MAX_GAP = 3;
    private static final String PERSON = "@person";

    /** One position of the pattern; a null {@code words} is a gap. */
    private record Step(Set<String> words, String pos) {
        boolean accepts(Token t, Set<Integer> personStarts) {
            if (words.contains(PERSON)) {
                return personStarts.contains(t.index());
            }
            if (pos != null && !t.pos().startsWith(pos)) {
                return false;
            }
            String lemma = t.lemma() == null ? "" : t.lemma().toLowerCase(Locale.ROOT);
            return words.contains(lemma) || words.contains(t.text().toLowerCase(Locale.ROOT));
        }
    }

    private final String source;
    private final List<Step> steps;

    private EventPhrase(String source, List<Step> steps) {
        this.source = source;
        this.steps = steps;
    }

    static EventPhrase parse(String pattern) {
        List<Step> steps = new ArrayList<>();
        for (String part : pattern.strip().split("\\s+")) {
            if (part.equals("*")) {
                steps.add(new Step(null, null));
                continue;
            }
            String pos = null;
            int slash = part.lastIndexOf('/');
            if (slash > 0) {
                String tag = part.substring(slash + 1);
                // "N|V" allows both: no restriction beyond the word itself.
                pos = tag.equals("N") ? "NN" : tag.equals("V") ? "VB" : null;
                part = part.substring(0, slash);
            }
            steps.add(new Step(Set.of(part.toLowerCase(Locale.ROOT).split("\\|")), pos));
        }
        return new EventPhrase(pattern, steps);
    }

    /** The end (exclusive) of a match starting at {@code start} and ending before {@code limit}, or -1. */
    int matchAt(List<Token> tokens, int start, int limit) {
        return match(tokens, Set.of(), 0, start, limit);
    }

    /** As {@link #matchAt(List, int, int)}, with the token indexes where a person's name starts. */
    int matchAt(List<Token> tokens, Set<Integer> personStarts, int start, int limit) {
        return match(tokens, personStarts, 0, start, limit);
    }

    private int match(List<Token> tokens, Set<Integer> personStarts, int step, int at, int limit) {
        if (step == steps.size()) {
            return at;
        }
        Step s = steps.get(step);
        if (s.words == null) {
            for (int skip = 0; skip <= MAX_GAP; skip++) {
                if (at + skip > limit) {
                    break;
                }
                int end = match(tokens, personStarts, step + 1, at + skip, limit);
                if (end >= 0) {
                    return end;
                }
            }
            return -1;
        }
        if (at >= limit || !s.accepts(tokens.get(at), personStarts)) {
            return -1;
        }
        return match(tokens, personStarts, step + 1, at + 1, limit);
    }

    /** Number of word steps: the longer phrase wins at one position. */
    int weight() {
        return (int) steps.stream().filter(s -> s.words != null).count();
    }

    /** True when the phrase ends in a noun ("talks", "sanctions"): such triggers take cues after them too. */
    boolean isNounPhrase() {
        Step last = steps.get(steps.size() - 1);
        return last.pos != null && last.pos.equals("NN");
    }

    @Override
    public String toString() {
        return source;
    }
}
