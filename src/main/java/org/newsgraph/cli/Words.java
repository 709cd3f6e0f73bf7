package org.newsgraph.cli;

/** Counted nouns for messages: "1 article", "2 articles", "1 entity", "3 entities". */
final class Words {
    private Words() {
    }

    /** {@code count} followed by the singular or the regular plural (singular + "s"). */
    static String count(long count, String singular) {
        return count(count, singular, singular + "s");
    }

    static String count(long count, String singular, String plural) {
        return count + " " + (count == 1 ? singular : plural);
    }
}
