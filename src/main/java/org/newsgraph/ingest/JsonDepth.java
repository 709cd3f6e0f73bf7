package org.newsgraph.ingest;

/**
 * How deeply a JSON text nests arrays and objects, measured with a flat scan before any parser sees
 * it. Jackson's tree reader recurses once per level (the version CoreNLP brings along has no depth
 * limit of its own), so a 6 KB page whose JSON-LD {@code author} was 3,000 nested arrays ended a
 * whole build with a {@code StackOverflowError}.
 */
final class JsonDepth {
    /** Metadata in news pages and sidecars is a few levels deep; 32 leaves ample room. */
    static final int MAX = 32;

    private JsonDepth() {
    }

    /** The deepest nesting of {@code [} and {@code {} outside strings; malformed text is left to the parser. */
    static int of(String json) {
        int depth = 0;
        int deepest = 0;
        boolean inString = false;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                }
            } else if (c == '"') {
                inString = true;
            } else if (c == '[' || c == '{') {
                deepest = Math.max(deepest, ++depth);
            } else if (c == ']' || c == '}') {
                depth--;
            }
        }
        return deepest;
    }
}
