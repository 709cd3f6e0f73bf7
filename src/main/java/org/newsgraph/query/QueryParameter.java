package org.newsgraph.query;

/**
 * A parameter of a catalogue query, from a header line {@code # param: name — meaning (default value)}.
 *
 * @param defaultValue the value used when none is given, or null: the parameter is then required,
 *                     unless it is {@code optional} (marked {@code (optional)}), when it stays unbound
 */
public record QueryParameter(String name, String meaning, String defaultValue, boolean optional) {

    public boolean required() {
        return defaultValue == null && !optional;
    }
}
