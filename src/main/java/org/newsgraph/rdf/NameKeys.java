package org.newsgraph.rdf;

import java.util.Locale;

/**
 * The lookup key of a name or alias ({@code ng:nameKey} in the entity graph): lower case, runs of white
 * space as one space, none at the ends, so "  Ola   BERG" finds the entity named "Ola Berg" by an
 * indexed exact match instead of a regular expression over every label. Java and SPARQL compute the
 * same key.
 */
public final class NameKeys {
    private NameKeys() {
    }

    /** The key of {@code name}. */
    public static String key(String name) {
        return name.replaceAll("\\s+", " ").strip().toLowerCase(Locale.ROOT);
    }

    /** A SPARQL expression computing the key of the string value of {@code expression}. */
    public static String sparqlKey(String expression) {
        return "LCASE(REPLACE(REPLACE(STR(" + expression + "), \"\\\\s+\", \" \"), \"^ | $\", \"\"))";
    }
}
