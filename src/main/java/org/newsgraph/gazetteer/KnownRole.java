package org.newsgraph.gazetteer;

import java.time.LocalDate;

/**
 * A position a known person held, from reference data: (Q7747, "President", Q159, 2012-05-07, null).
 *
 * @param ofId  Wikidata ID of the country or organisation, or null
 * @param start first day held, or null when unknown
 * @param end   last day held, or null when still held (as far as the reference knows)
 */
public record KnownRole(String personId, String roleName, String ofId, LocalDate start, LocalDate end,
                        String source) {

    public boolean heldOn(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}
