package org.newsgraph.cli;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** "Did you mean" for names users type: the known names within a small edit distance, closest first. */
final class Suggestions {
    private Suggestions() {
    }

    /**
     * Names that differ from {@code typed} by at most a third of its length in edits (at least 2),
     * that begin with something close to it ("peple" finds "people-and-roles"), or that contain it.
     */
    static List<String> closest(String typed, Collection<String> known) {
        String wanted = typed.toLowerCase(Locale.ROOT);
        int allowed = Math.max(2, wanted.length() / 3);
        return known.stream()
                .filter(name -> {
                    String n = name.toLowerCase(Locale.ROOT);
                    return distance(wanted, n) <= allowed || prefixDistance(wanted, n) <= wanted.length() / 4
                            || (wanted.length() >= 3 && (n.contains(wanted) || wanted.contains(n)));
                })
                .sorted(Comparator.comparingInt((String name) -> distance(wanted, name.toLowerCase(Locale.ROOT)))
                        .thenComparing(Comparator.naturalOrder()))
                .limit(3)
                .toList();
    }

    /** The fewest edits that turn {@code typed} into a beginning of {@code name} one character shorter to one longer. */
    private static int prefixDistance(String typed, String name) {
        int best = Integer.MAX_VALUE;
        for (int length = Math.max(0, typed.length() - 1); length <= Math.min(name.length(), typed.length() + 1); length++) {
            best = Math.min(best, distance(typed, name.substring(0, length)));
        }
        return best;
    }

    /** Levenshtein distance: insertions, deletions and substitutions of one character each cost 1. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
