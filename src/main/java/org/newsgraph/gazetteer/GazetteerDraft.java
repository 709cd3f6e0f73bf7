package org.newsgraph.gazetteer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.EntityType;

/**
 * The gazetteer while {@link ReferenceGazetteerCompiler} builds it: entries by Wikidata ID (the
 * same ID from several sources is one entry), name-only entries, roles, and warnings about the
 * reference data. Insertion order is kept so that the output is deterministic.
 */
final class GazetteerDraft {

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");

    final Map<String, EntryDraft> byId = new LinkedHashMap<>();
    /** Entries without an ID, keyed by type and name. */
    final Map<String, EntryDraft> withoutId = new LinkedHashMap<>();
    final Map<String, EntryDraft> countryByIso2 = new HashMap<>();
    /** Countries by normalised name or alias. */
    final Map<String, List<EntryDraft>> countryByKey = new HashMap<>();
    final Set<String> unMembers = new HashSet<>();
    final List<String> warnings = new ArrayList<>();
    /** Roles keyed by everything but the source file, so a row both world-leaders files hold is written once. */
    private final Map<List<Object>, RoleRow> roles = new LinkedHashMap<>();
    private final Set<String> checkedCountries = new HashSet<>();
    String unitedStatesId;

    /** The entry for {@code id}, created from this row if new; the row's file is added to its sources. */
    EntryDraft entry(ReferenceTable.Row row, String id, EntityType type, String subtype, String name) {
        if (!QID.matcher(id).matches()) {
            throw new NewsgraphException(row.where() + ": '" + id + "' is not a Wikidata ID");
        }
        if (Names.normalise(name).isEmpty()) {
            throw new NewsgraphException(row.where() + ": " + id + " has no name");
        }
        EntryDraft entry = byId.computeIfAbsent(id, k -> new EntryDraft(id, type, subtype, name, row.file()));
        entry.sources.add(row.file());
        entry.alias(name);
        return entry;
    }

    /** The name-only entry of this type and name, created if new. */
    EntryDraft nameOnly(EntityType type, String subtype, String name, String source) {
        EntryDraft entry = withoutId.computeIfAbsent(type + "\t" + name,
                k -> new EntryDraft(null, type, subtype, name, source));
        entry.sources.add(source);
        return entry;
    }

    void role(RoleRow row) {
        roles.putIfAbsent(Arrays.asList(row.personId(), row.roleName(), row.ofId(), row.start(), row.end(),
                row.state(), row.party()), row);
    }

    EntryDraft uniqueOrganization(String name) {
        String key = Names.normalise(name);
        List<EntryDraft> found = byId.values().stream()
                .filter(e -> e.type == EntityType.ORGANIZATION)
                .filter(e -> e.spellings().stream().anyMatch(s -> Names.normalise(s).equals(key)))
                .toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    /**
     * Reconciles roles across files once all are read. A world-leaders row (years only) is dropped
     * where executive.tsv gives the same office from the same year to the day; an undated row where
     * another gives the same office with dates. A seat in Congress
     * ends at the latest the day before the member becomes President or Vice President (the two
     * offices cannot be held together), where the Congress file still shows the scheduled term end.
     */
    void settleRoles() {
        List<RoleRow> all = new ArrayList<>(roles.values());
        Map<String, List<RoleRow>> byPerson = new HashMap<>();
        all.forEach(r -> byPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
        roles.clear();
        for (RoleRow row : all) {
            List<RoleRow> others = byPerson.get(row.personId());
            if (isYearsOnly(row) && others.stream().anyMatch(o -> isExecutive(o) && sameOfficeAndStartYear(o, row))) {
                continue;
            }
            if (row.start() == null && row.end() == null && others.stream().anyMatch(o -> o.start() != null
                    && o.roleName().equals(row.roleName()) && Objects.equals(o.ofId(), row.ofId()))) {
                continue; // an undated cabinet row adds nothing to the dated terms of the same office
            }
            RoleRow settled = row;
            if (row.source().startsWith("us-congress/legislators") && row.start() != null && row.end() != null) {
                for (RoleRow other : others) {
                    if (isExecutive(other) && other.start() != null && other.start().isAfter(row.start())
                            && other.start().isBefore(settled.end())) {
                        settled = new RoleRow(row.personId(), row.roleName(), row.ofId(), row.start(),
                                other.start().minusDays(1), row.state(), row.party(), row.source());
                    }
                }
            }
            role(settled);
        }
    }

    private static boolean isYearsOnly(RoleRow row) {
        return row.source().startsWith("world-leaders/wikidata-");
    }

    private static boolean isExecutive(RoleRow row) {
        return row.source().equals("us-congress/executive.tsv");
    }

    private static boolean sameOfficeAndStartYear(RoleRow a, RoleRow b) {
        return a.roleName().equals(b.roleName()) && Objects.equals(a.ofId(), b.ofId()) && a.start() != null
                && b.start() != null && a.start().getYear() == b.start().getYear();
    }

    List<RoleRow> roles() {
        List<RoleRow> sorted = new ArrayList<>(roles.values());
        sorted.sort(RoleRow.ORDER);
        return sorted;
    }

    /** Every entry, ordered by type, ID number and name. */
    List<EntryDraft> entries() {
        List<EntryDraft> entries = new ArrayList<>(byId.values());
        entries.addAll(withoutId.values());
        entries.sort(EntryDraft::compare);
        return entries;
    }

    void indexCountries() {
        countryByKey.clear();
        for (EntryDraft country : countryByIso2.values()) {
            for (String spelling : country.spellings()) {
                List<EntryDraft> list = countryByKey.computeIfAbsent(Names.normalise(spelling), k -> new ArrayList<>());
                if (!list.contains(country)) {
                    list.add(country);
                }
            }
        }
    }

    /**
     * Strong means any spelling alone makes a mention; a person also known by one word ("Francis",
     * "Vajiralongkorn") would then be matched on every "Francis", so such persons are not strong.
     */
    void weakenOneWordPersons() {
        for (EntryDraft entry : byId.values()) {
            if (entry.type == EntityType.PERSON && entry.spellings().stream().anyMatch(s -> Names.tokenCount(s) < 2)) {
                entry.strong = false;
            }
        }
    }

    /**
     * Adds the other common romanisations of every person's spellings and surnames
     * ({@link Names#spellingVariants}), so "Zelensky" finds the entry spelt "Zelenskyy".
     */
    void addSpellingVariants() {
        for (EntryDraft entry : byId.values()) {
            if (entry.type != EntityType.PERSON) {
                continue;
            }
            for (String spelling : entry.spellings()) {
                Names.spellingVariants(spelling).forEach(entry::alias);
            }
            for (String surname : List.copyOf(entry.surnames)) {
                Names.spellingVariants(surname).forEach(entry::surname);
            }
        }
    }

    /** Notes where a file gives a country an ID that countries.tsv does not know, or another name. */
    void checkCountry(ReferenceTable.Row row, String id, String label) {
        if (!checkedCountries.add(row.file() + "\t" + id + "\t" + label)) {
            return; // one warning per file and country is enough
        }
        EntryDraft country = byId.get(id);
        if (country == null || country.type != EntityType.COUNTRY) {
            warnings.add(row.where() + ": country " + id + " '" + label + "' is not in countries/countries.tsv");
        } else if (country.spellings().stream().noneMatch(s -> Names.normalise(s).equals(Names.normalise(label)))) {
            warnings.add(row.where() + ": country " + id + " is '" + label + "' here, '" + country.name
                    + "' in countries/countries.tsv");
        }
    }

    EntryDraft requireCountry(String iso2, String file) {
        EntryDraft country = countryByIso2.get(iso2);
        if (country == null) {
            throw new NewsgraphException(file + ": no row with iso2 " + iso2);
        }
        return country;
    }

    /** Empty cells and the odd "NULL" in admin1.tsv mean "no ID". */
    static boolean isId(String cell) {
        return QID.matcher(cell).matches();
    }
}
