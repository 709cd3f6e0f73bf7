package org.newsgraph.gazetteer;

import java.time.LocalDate;
import java.util.Comparator;

/**
 * One line of roles.tsv: a {@link KnownRole} plus the US state and party the Congress files give.
 * State and party are kept for the extractor's "Sen. X (R-Ohio)" style mentions; the
 * {@link Gazetteer} interface does not expose them yet.
 */
record RoleRow(String personId, String roleName, String ofId, LocalDate start, LocalDate end, String state,
               String party, String source) {

    static final Comparator<RoleRow> ORDER = Comparator
            .comparingLong((RoleRow r) -> EntryDraft.number(r.personId))
            .thenComparing(r -> r.start == null ? "" : r.start.toString())
            .thenComparing(RoleRow::roleName)
            .thenComparing(r -> r.ofId == null ? "" : r.ofId)
            .thenComparing(r -> r.end == null ? "" : r.end.toString())
            .thenComparing(r -> r.state == null ? "" : r.state)
            .thenComparing(r -> r.party == null ? "" : r.party)
            .thenComparing(RoleRow::source);

    KnownRole toKnownRole() {
        return new KnownRole(personId, roleName, ofId, start, end, source);
    }
}
