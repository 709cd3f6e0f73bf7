package org.newsgraph.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.newsgraph.model.EntityType;

/**
 * Countries, regions, capitals, subdivisions, cities, landmarks and international organisations,
 * read into a {@link GazetteerDraft} in order of trust (see data/gazetteer/README.md).
 */
final class PlaceSources {

    static final String DEMONYMS_RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    /** Cities below this population are left out: small towns' names collide with common words. */
    static final long MIN_CITY_POPULATION = 100_000;
    private static final Set<String> NATURAL_LANDMARKS = Set.of("mountain", "waterfall", "attraction");

    private final Path reference;
    private final GazetteerDraft draft;

    PlaceSources(Path reference, GazetteerDraft draft) {
        this.reference = reference;
        this.draft = draft;
    }

    void read() {
        readCountries();
        readDemonyms();
        readCapitals();
        readAdmin1();
        readOrganizations();
        readLandmarks();
        readCities();
    }

    private void readCountries() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "countries/countries.tsv")) {
            String common = row.get("name_common_mledoze");
            String name = common.isEmpty() ? row.get("name") : common;
            EntryDraft country = draft.entry(row, row.get("wikidata"), EntityType.COUNTRY, null, name);
            country.strong = true;
            country.alias(row.get("name"));
            ReferenceTable.pipe(row.get("other_names_en")).forEach(country::alias);
            country.alias(row.get("name_official_mledoze"));
            for (String spelling : ReferenceTable.pipe(row.get("alt_spellings_mledoze"))) {
                if (Names.isLatinName(spelling)) {
                    country.alias(spelling);
                }
            }
            for (String nationality : row.get("nationality").split(",")) {
                country.demonym(nationality);
            }
            country.demonym(row.get("demonym_en_m"));
            country.demonym(row.get("demonym_en_f"));
            draft.countryByIso2.put(row.get("iso2"), country);
            if (row.get("un_member").equals("True")) {
                draft.unMembers.add(country.id);
            }
        }
        draft.unitedStatesId = draft.requireCountry("US", "countries/countries.tsv").id;
        draft.indexCountries();
    }

    /**
     * CoreNLP's demonym list: a place and its adjectives. A place that is a country's name gets the
     * adjectives; a place whose first adjective belongs to exactly one country is another name of it
     * ("U.S.", "Britain", "Holland"); the rest are regions known by name only ("Europe").
     */
    private void readDemonyms() {
        Map<String, List<EntryDraft>> byDemonym = demonymOwners();
        List<List<String>> regions = new ArrayList<>();
        for (List<String> line : ReferenceTable.classpathLines(DEMONYMS_RESOURCE)) {
            String place = line.get(0);
            List<String> adjectives = line.subList(1, line.size());
            if (adjectives.isEmpty()) {
                continue;
            }
            List<EntryDraft> named = draft.countryByKey.getOrDefault(Names.normalise(place), List.of());
            List<EntryDraft> byAdjective = byDemonym.getOrDefault(Names.normalise(adjectives.get(0)), List.of());
            EntryDraft country = named.size() == 1 ? named.get(0)
                    : byAdjective.size() == 1 ? byAdjective.get(0) : null;
            if (country == null) {
                regions.add(line);
                continue;
            }
            country.alias(place.endsWith(".") && !place.matches(".*\\b[A-Z]\\.$") ? place.substring(0, place.length() - 1) : place);
            adjectives.forEach(country::demonym);
            country.sources.add(DEMONYMS_RESOURCE);
        }
        Set<String> countryDemonyms = new TreeSet<>();
        draft.countryByIso2.values().forEach(c -> c.demonyms.forEach(d -> countryDemonyms.add(Names.normalise(d))));
        for (List<String> line : regions) {
            if (line.subList(1, line.size()).stream().allMatch(d -> countryDemonyms.contains(Names.normalise(d)))) {
                continue; // a spelling of countries the list could not tell apart ("Dem. Republic of the Congo")
            }
            EntryDraft region = draft.nameOnly(EntityType.PLACE, null, line.get(0), DEMONYMS_RESOURCE);
            // An adjective a country claims ("American") stays the country's, not the region's.
            line.subList(1, line.size()).stream()
                    .filter(d -> !countryDemonyms.contains(Names.normalise(d)))
                    .forEach(region::demonym);
        }
        draft.indexCountries();
        keepSharedDemonymsWithUnMember();
    }

    /**
     * Countries by demonym. A demonym several countries share ("American": the United States and
     * the US Minor Outlying Islands) belongs to the one UN member among them, if there is one.
     */
    private Map<String, List<EntryDraft>> demonymOwners() {
        Map<String, List<EntryDraft>> owners = new HashMap<>();
        for (EntryDraft country : draft.countryByIso2.values()) {
            for (String demonym : country.demonyms) {
                List<EntryDraft> list = owners.computeIfAbsent(Names.normalise(demonym), k -> new ArrayList<>());
                if (!list.contains(country)) {
                    list.add(country);
                }
            }
        }
        owners.replaceAll((demonym, list) -> {
            List<EntryDraft> members = list.stream().filter(c -> draft.unMembers.contains(c.id)).toList();
            return list.size() > 1 && members.size() == 1 ? members : list;
        });
        return owners;
    }

    private void keepSharedDemonymsWithUnMember() {
        Map<String, List<EntryDraft>> owners = demonymOwners();
        for (EntryDraft country : draft.countryByIso2.values()) {
            country.demonyms.removeIf(d -> !owners.get(Names.normalise(d)).contains(country));
        }
    }

    private void readCapitals() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "countries/capitals.tsv")) {
            // The README: where conzept and dr5hn disagree, conzept is right; dr5hn alone is not trusted.
            String id = row.get("capital_wikidata_conzept");
            if (!GazetteerDraft.isId(id)) {
                continue;
            }
            String name = row.get("capital");
            EntryDraft capital = draft.entry(row, id, EntityType.PLACE, "City", name);
            capital.strong = true;
            int comma = name.indexOf(',');
            if (comma > 0) {
                capital.alias(name.substring(0, comma));
            }
            draft.checkCountry(row, row.get("country_wikidata"), row.get("country"));
        }
    }

    private void readAdmin1() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "countries/admin1.tsv")) {
            if (GazetteerDraft.isId(row.get("wikidata"))) {
                draft.entry(row, row.get("wikidata"), EntityType.PLACE, "AdministrativeArea", row.get("name"));
            }
        }
    }

    private void readOrganizations() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "organizations/supranational-bodies.tsv")) {
            String id = row.get("wikidata");
            // Every row is an "International organisation": bodies of governments, hence schema.org's
            // GovernmentOrganization; other entity types would get no subtype.
            String subtype = row.get("entity_type").equals("International organisation")
                    ? "GovernmentOrganization" : null;
            EntryDraft org = !GazetteerDraft.isId(id)
                    ? draft.nameOnly(EntityType.ORGANIZATION, subtype, row.get("name_en"), row.file())
                    : draft.entry(row, id, EntityType.ORGANIZATION, subtype, row.get("name_en"));
            org.strong |= GazetteerDraft.isId(id);
            org.alias(row.get("abbreviation_en"));
            ReferenceTable.pipe(row.get("other_names_en")).forEach(org::alias);
        }
    }

    private void readLandmarks() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "organizations/landmarks-audiala-sample.tsv")) {
            String subtype = NATURAL_LANDMARKS.contains(row.get("category")) ? null : "LandmarksOrHistoricalBuildings";
            draft.entry(row, row.get("wikidata"), EntityType.PLACE, subtype, row.get("name"));
        }
    }

    /**
     * Cities of 100,000 people or more whose ID no other row shares. A city that capitals.tsv names
     * under another ID is left out: the README says conzept's capital ID is the right one.
     */
    private void readCities() {
        Map<String, String> capitalIds = new HashMap<>();
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "countries/capitals.tsv")) {
            capitalIds.put(row.get("iso2") + "\t" + Names.normalise(row.get("capital")),
                    row.get("capital_wikidata_conzept"));
        }
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "cities/cities-dr5hn-unverified.tsv")) {
            String id = row.get("wikidata");
            if (!GazetteerDraft.isId(id) || !row.get("qid_rows").equals("1") || row.number("population") < MIN_CITY_POPULATION) {
                continue;
            }
            String capitalId = capitalIds.get(row.get("country_code") + "\t" + Names.normalise(row.get("name")));
            if (capitalId != null && !capitalId.equals(id)) {
                continue;
            }
            draft.entry(row, id, EntityType.PLACE, "City", row.get("name"));
        }
    }
}
