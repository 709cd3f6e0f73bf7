package org.newsgraph.eval;

import java.util.Arrays;

/**
 * A maximum matching between two sets (gold and extracted items) given which pairs may match, by
 * augmenting paths (Kuhn's algorithm): small enough for the few dozen events of one article. Each
 * gold item is matched to at most one extracted item and the other way round, so a duplicate or
 * one broad event standing for several gold events earns nothing twice.
 */
final class BipartiteMatching {
    private final boolean[][] allowed;
    private final int[] goldOf;

    /** {@code allowed[g][e]}: gold item g may be matched to extracted item e. */
    BipartiteMatching(boolean[][] allowed, int extracted) {
        this.allowed = allowed;
        this.goldOf = new int[extracted];
        Arrays.fill(goldOf, -1);
        for (int g = 0; g < allowed.length; g++) {
            augment(g, new boolean[extracted]);
        }
    }

    private boolean augment(int g, boolean[] seen) {
        for (int e = 0; e < goldOf.length; e++) {
            if (allowed[g][e] && !seen[e]) {
                seen[e] = true;
                if (goldOf[e] < 0 || augment(goldOf[e], seen)) {
                    goldOf[e] = g;
                    return true;
                }
            }
        }
        return false;
    }

    /** The gold item extracted item {@code e} is matched to, or -1. */
    int goldOf(int e) {
        return goldOf[e];
    }

    /** The extracted item gold item {@code g} is matched to, or -1. */
    int extractedOf(int g) {
        for (int e = 0; e < goldOf.length; e++) {
            if (goldOf[e] == g) {
                return e;
            }
        }
        return -1;
    }
}
