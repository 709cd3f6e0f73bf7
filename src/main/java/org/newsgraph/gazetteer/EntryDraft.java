package org.newsgraph.gazetteer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * A gazetteer entry while the compiler merges sources into it. The first source to create an
 * entry sets its type, subtype and name (sources are read best-first); later sources add aliases,
 * demonyms, surnames and their file name.
 */
final class EntryDraft {

    final String id;
    final EntityType type;
    String subtype;
    final String name;
    final Set<String> aliases = new LinkedHashSet<>();
    final Set<String> demonyms = new LinkedHashSet<>();
    final Set<String> surnames = new LinkedHashSet<>();
    final Set<String> sources = new LinkedHashSet<>();
    boolean strong;
    /** Decimal degrees as written to coordinates.tsv, and the source they came from; null when unknown. */
    String latitude;
    String longitude;
    String coordinateSource;

    EntryDraft(String id, EntityType type, String subtype, String name, String source) {
        this.id = id;
        this.type = type;
        this.subtype = subtype;
        this.name = Names.collapse(name);
        this.sources.add(source);
    }

    /** Adds an alias unless it is blank or spelt exactly like the name; tabs and '|' cannot occur. */
    void alias(String alias) {
        if (alias == null) {
            return;
        }
        String clean = Names.collapse(alias.replace('|', ' '));
        if (!clean.isEmpty() && !clean.equals(name) && !Names.normalise(clean).isEmpty()) {
            aliases.add(clean);
        }
    }

    void coordinates(String latitude, String longitude, String source) {
        this.latitude = latitude;
        this.longitude = longitude;
        this.coordinateSource = source;
    }

    void demonym(String demonym) {
        String clean = demonym == null ? "" : Names.collapse(demonym.replace('|', ' '));
        if (!clean.isEmpty()) {
            demonyms.add(clean);
        }
    }

    void surname(String surname) {
        String clean = surname == null ? "" : Names.collapse(surname);
        if (!clean.isEmpty()) {
            surnames.add(clean);
        }
    }

    /** Every spelling of the entry: name first, then aliases. */
    List<String> spellings() {
        Set<String> all = new LinkedHashSet<>();
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /** Orders entries by type, then by the number of the Wikidata ID, then by name, so output is stable. */
    static int compare(EntryDraft a, EntryDraft b) {
        int byType = a.type.compareTo(b.type);
        if (byType != 0) {
            return byType;
        }
        int byId = Long.compare(number(a.id), number(b.id));
        return byId != 0 ? byId : a.name.compareTo(b.name);
    }

    static long number(String id) {
        return id == null ? Long.MAX_VALUE : Long.parseLong(id.substring(1));
    }
}
