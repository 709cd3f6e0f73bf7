package org.newsgraph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.EntityType;

/**
 * Compiles the shared reference data (see its README) into the gazetteer TSV files committed under
 * {@code data/gazetteer/}. Every ID written comes from a reference file; entries are general
 * reference data, never picked for a particular article. Output is deterministic, so a test can
 * regenerate it and compare bytes.
 *
 * <p>Usage: {@code java -cp target/classes:target/lib/* org.newsgraph.gazetteer.ReferenceGazetteerCompiler
 * ../shared/reference data/gazetteer}
 */
public final class ReferenceGazetteerCompiler {

    static final String DEMONYMS_RESOURCE = "edu/stanford/nlp/models/dcoref/demonyms.txt";
    static final String KBP_RESOURCE = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";
    /** Cities below this population are left out: small towns' names collide with common words. */
    static final long MIN_CITY_POPULATION = 100_000;
    /** Persons who held a head-of-state or -government office since this year are strong. */
    static final int STRONG_SINCE_YEAR = 2015;

    private static final Pattern QID = Pattern.compile("Q[1-9][0-9]*");
    private static final Set<String> NATURAL_LANDMARKS = Set.of("mountain", "waterfall", "attraction");

    private final Path reference;
    private final Map<String, EntryDraft> byId = new LinkedHashMap<>();
    private final Map<String, EntryDraft> withoutId = new LinkedHashMap<>();
    private final Map<String, EntryDraft> countryByIso2 = new HashMap<>();
    private final Map<String, List<EntryDraft>> countryByKey = new HashMap<>();
    /** Roles keyed by everything but the source file, so a row both world-leaders files hold is written once. */
    private final Map<List<Object>, RoleRow> roles = new LinkedHashMap<>();
    private final Set<String> unMembers = new HashSet<>();
    private final List<String> warnings = new ArrayList<>();
    private final Set<String> checkedCountries = new HashSet<>();
    private String unitedStatesId;

    ReferenceGazetteerCompiler(Path reference) {
        this.reference = reference;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReferenceGazetteerCompiler <reference-dir> <output-dir>");
            System.exit(2);
        }
        ReferenceGazetteerCompiler compiler = new ReferenceGazetteerCompiler(Path.of(args[0]));
        compiler.compile();
        compiler.write(Path.of(args[1]));
        compiler.warnings.forEach(w -> System.err.println("warning: " + w));
        System.err.printf("%d entries, %d roles%n", compiler.byId.size() + compiler.withoutId.size(),
                compiler.roles.size());
    }

    /** Reads every source, best first (the first source to create an entry names it). */
    void compile() {
        readCountries();
        readDemonyms();
        readCapitals();
        readAdmin1();
        readOrganizations();
        readLandmarks();
        readCities();
        readLegislators2015();
        readLegislatorsCurrent();
        readWorldLeaders("world-leaders/wikidata-2021-2022-history.csv");
        readWorldLeaders("world-leaders/wikidata-2026.csv");
        readForeignMinisters();
        readCabinet();
        readInternationalOfficeholders();
        readExecutive();
        weakenOneWordPersons();
    }

    /**
     * Strong means any spelling alone makes a mention; a person also known by one word ("Francis",
     * "Vajiralongkorn") would then be matched on every "Francis", so such persons are not strong.
     */
    private void weakenOneWordPersons() {
        for (EntryDraft entry : byId.values()) {
            if (entry.type == EntityType.PERSON && entry.spellings().stream().anyMatch(s -> Names.tokenCount(s) < 2)) {
                entry.strong = false;
            }
        }
    }

    // ---------------------------------------------------------------- places and organisations

    private void readCountries() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "countries/countries.tsv")) {
            String common = row.get("name_common_mledoze");
            String name = common.isEmpty() ? row.get("name") : common;
            EntryDraft country = entry(row, row.get("wikidata"), EntityType.COUNTRY, null, name);
            country.strong = true;
            country.alias(row.get("name"));
            pipe(row.get("other_names_en")).forEach(country::alias);
            country.alias(row.get("name_official_mledoze"));
            for (String spelling : pipe(row.get("alt_spellings_mledoze"))) {
                if (Names.isLatinName(spelling)) {
                    country.alias(spelling);
                }
            }
            for (String nationality : row.get("nationality").split(",")) {
                country.demonym(nationality);
            }
            country.demonym(row.get("demonym_en_m"));
            country.demonym(row.get("demonym_en_f"));
            countryByIso2.put(row.get("iso2"), country);
            if (row.get("un_member").equals("True")) {
                unMembers.add(country.id);
            }
        }
        unitedStatesId = requireCountry("US", "countries/countries.tsv").id;
        indexCountries();
    }

    private void indexCountries() {
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
     * CoreNLP's demonym list: a place and its adjectives. A place that is a country's name gets the
     * adjectives; a place whose first adjective belongs to exactly one country is another name of it
     * ("U.S.", "Britain", "Holland"); the rest are regions known by name only ("Europe").
     */
    private void readDemonyms() {
        Map<String, List<EntryDraft>> byDemonym = demonymOwners();
        List<List<String>> regions = new ArrayList<>();
        for (List<String> line : classpathLines(DEMONYMS_RESOURCE)) {
            String place = line.get(0);
            List<String> adjectives = line.subList(1, line.size());
            if (adjectives.isEmpty()) {
                continue;
            }
            List<EntryDraft> named = countryByKey.getOrDefault(Names.normalise(place), List.of());
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
        countryByIso2.values().forEach(c -> c.demonyms.forEach(d -> countryDemonyms.add(Names.normalise(d))));
        for (List<String> line : regions) {
            if (line.subList(1, line.size()).stream().allMatch(d -> countryDemonyms.contains(Names.normalise(d)))) {
                continue; // a spelling of countries the list could not tell apart ("Dem. Republic of the Congo")
            }
            EntryDraft region = withoutId.computeIfAbsent(EntityType.PLACE + "\t" + line.get(0),
                    k -> new EntryDraft(null, EntityType.PLACE, null, line.get(0), DEMONYMS_RESOURCE));
            // An adjective a country claims ("American") stays the country's, not the region's.
            line.subList(1, line.size()).stream()
                    .filter(d -> !countryDemonyms.contains(Names.normalise(d)))
                    .forEach(region::demonym);
        }
        indexCountries();
        keepSharedDemonymsWithUnMember();
    }

    /**
     * Countries by demonym. A demonym several countries share ("American": the United States and
     * the US Minor Outlying Islands) belongs to the one UN member among them, if there is one.
     */
    private Map<String, List<EntryDraft>> demonymOwners() {
        Map<String, List<EntryDraft>> owners = new HashMap<>();
        for (EntryDraft country : countryByIso2.values()) {
            for (String demonym : country.demonyms) {
                List<EntryDraft> list = owners.computeIfAbsent(Names.normalise(demonym), k -> new ArrayList<>());
                if (!list.contains(country)) {
                    list.add(country);
                }
            }
        }
        owners.replaceAll((demonym, list) -> {
            List<EntryDraft> members = list.stream().filter(c -> unMembers.contains(c.id)).toList();
            return list.size() > 1 && members.size() == 1 ? members : list;
        });
        return owners;
    }

    private void keepSharedDemonymsWithUnMember() {
        Map<String, List<EntryDraft>> owners = demonymOwners();
        for (EntryDraft country : countryByIso2.values()) {
            country.demonyms.removeIf(d -> !owners.get(Names.normalise(d)).contains(country));
        }
    }

    private void readCapitals() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "countries/capitals.tsv")) {
            // The README: where conzept and dr5hn disagree, conzept is right; dr5hn alone is not trusted.
            String id = row.get("capital_wikidata_conzept");
            if (!isId(id)) {
                continue;
            }
            String name = row.get("capital");
            EntryDraft capital = entry(row, id, EntityType.PLACE, "City", name);
            capital.strong = true;
            int comma = name.indexOf(',');
            if (comma > 0) {
                capital.alias(name.substring(0, comma));
            }
            checkCountry(row, row.get("country_wikidata"), row.get("country"));
        }
    }

    private void readAdmin1() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "countries/admin1.tsv")) {
            if (isId(row.get("wikidata"))) {
                entry(row, row.get("wikidata"), EntityType.PLACE, "AdministrativeArea", row.get("name"));
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
            EntryDraft org = !isId(id)
                    ? withoutId.computeIfAbsent(EntityType.ORGANIZATION + "\t" + row.get("name_en"),
                            k -> new EntryDraft(null, EntityType.ORGANIZATION, subtype, row.get("name_en"), row.file()))
                    : entry(row, id, EntityType.ORGANIZATION, subtype, row.get("name_en"));
            org.strong |= isId(id);
            org.alias(row.get("abbreviation_en"));
            pipe(row.get("other_names_en")).forEach(org::alias);
        }
    }

    private void readLandmarks() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "organizations/landmarks-audiala-sample.tsv")) {
            String subtype = NATURAL_LANDMARKS.contains(row.get("category")) ? null : "LandmarksOrHistoricalBuildings";
            entry(row, row.get("wikidata"), EntityType.PLACE, subtype, row.get("name"));
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
            if (!isId(id) || !row.get("qid_rows").equals("1") || population(row) < MIN_CITY_POPULATION) {
                continue;
            }
            String capitalId = capitalIds.get(row.get("country_code") + "\t" + Names.normalise(row.get("name")));
            if (capitalId != null && !capitalId.equals(id)) {
                continue;
            }
            entry(row, id, EntityType.PLACE, "City", row.get("name"));
        }
    }

    // ---------------------------------------------------------------- persons and roles

    private void readLegislators2015() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/legislators-2015-2026.tsv")) {
            String id = row.get("wikidata");
            if (!isId(id)) {
                continue; // a person without an ID cannot carry roles; see the README
            }
            String wikipedia = Names.withoutParentheses(row.get("wikipedia"));
            String first = row.get("first");
            String nickname = row.get("nickname");
            String last = row.get("last");
            String shortName = (nickname.isEmpty() ? Names.withoutParentheses(first) : nickname) + " " + last;
            EntryDraft person = entry(row, id, EntityType.PERSON, null, wikipedia.isEmpty() ? shortName : wikipedia);
            legislatorAliases(person, row.get("name"), first, row.get("middle"), nickname, last);
            boolean bothChambers = row.get("chambers").contains(",");
            LocalDate start = date(row, bothChambers ? "last_term_start" : "first_term_start");
            role(new RoleRow(id, row.get("role"), unitedStatesId, start, date(row, "last_term_end"),
                    row.get("state"), row.get("party"), row.file()));
        }
    }

    /** Members missing from the 2015-2026 union (there should be none; this keeps the file honest). */
    private void readLegislatorsCurrent() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/legislators-current.tsv")) {
            String id = row.get("wikidata");
            if (!isId(id)) {
                continue;
            }
            if (byId.containsKey(id)) {
                byId.get(id).sources.add(row.file()); // corroborates; the 2015-2026 row already gave the role
                continue;
            }
            String nickname = row.get("nickname");
            String last = row.get("last");
            EntryDraft person = entry(row, id, EntityType.PERSON, null,
                    (nickname.isEmpty() ? row.get("first") : nickname) + " " + last);
            legislatorAliases(person, row.get("name"), row.get("first"), "", nickname, last);
            role(new RoleRow(id, row.get("role"), unitedStatesId, date(row, "term_start"), date(row, "term_end"),
                    row.get("state"), row.get("party"), row.file()));
        }
    }

    /**
     * "First Last", "Nickname Last", the full name without quoted nicknames, the names given in
     * parentheses ("J.D. (James)" -> "James David Vance"), and initials with and without dots.
     */
    private static void legislatorAliases(EntryDraft person, String fullName, String first, String middle,
                                          String nickname, String last) {
        String plainFirst = Names.withoutParentheses(first);
        String plainMiddle = Names.withoutParentheses(middle);
        List<String> forms = new ArrayList<>();
        forms.add(person.name);
        forms.add(Names.withoutQuoted(fullName));
        forms.add(plainFirst + " " + last);
        forms.add(plainFirst + " " + plainMiddle + " " + last);
        if (!nickname.isEmpty()) {
            forms.add(nickname + " " + last);
        }
        String givenInParentheses = Names.collapse(Names.insideParentheses(first) + " " + Names.insideParentheses(middle));
        if (!givenInParentheses.isEmpty()) {
            forms.add(givenInParentheses + " " + last);
        }
        for (String form : forms) {
            person.alias(form);
            Names.initialVariants(Names.collapse(form)).forEach(person::alias);
        }
        person.surname(last);
    }

    private void readWorldLeaders(String file) {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, file)) {
            String label = row.get("officeholderLabel");
            String endYear = row.get("end_year");
            if (isId(label) || label.isEmpty() || !isId(row.get("officeholder"))
                    || (!endYear.isEmpty() && Integer.parseInt(endYear) < 2000)) {
                continue;
            }
            String countryId = row.get("countryid");
            checkCountry(row, countryId, row.get("country"));
            String id = row.get("officeholder");
            EntryDraft person = entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(label));
            personAliases(person, label);
            String role = roleName(row.get("positionLabel"), byId.get(countryId));
            boolean oneWord = !Names.withoutQuoted(label).contains(" ");
            if (oneWord) {
                person.alias(role + " " + label); // "Pope Francis", "Emperor Naruhito"
            }
            // Full names are distinctive; a lone "Francis" is not, so it never makes a mention alone.
            person.strong |= !oneWord && (endYear.isEmpty() || Integer.parseInt(endYear) >= STRONG_SINCE_YEAR);
            String start = row.get("start_year");
            role(new RoleRow(id, role, countryId,
                    start.isEmpty() ? null : LocalDate.of(Integer.parseInt(start), 1, 1),
                    endYear.isEmpty() ? null : LocalDate.of(Integer.parseInt(endYear), 12, 31),
                    null, null, row.file()));
        }
    }

    private void readForeignMinisters() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "world-leaders/foreign-ministers-2022.tsv")) {
            String id = row.get("wikidata");
            String name = row.get("name");
            if (!isId(id) || isId(name) || name.isEmpty()) {
                continue;
            }
            checkCountry(row, row.get("country_wikidata"), row.get("country"));
            personAliases(entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(name)), name);
            String countryId = isId(row.get("country_wikidata")) ? row.get("country_wikidata") : null;
            role(new RoleRow(id, "Foreign Minister", countryId, date(row, "start"), null,
                    null, null, row.file()));
        }
    }

    private void readCabinet() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/us-cabinet-2021-2022.tsv")) {
            String id = row.get("wikidata");
            String name = row.get("name");
            EntryDraft person = entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(name));
            personAliases(person, name);
            if (!isId(id) || name.isEmpty()) {
                continue;
            }
            String position = row.get("position");
            // One row holds the person's name where the office should be; it gives no role.
            if (Set.of(Names.normalise(name).split(" ")).containsAll(List.of(Names.normalise(position).split(" ")))) {
                warnings.add(row.where() + ": position '" + position + "' is a name, no role written");
                continue;
            }
            String role = position.replaceFirst("^United States ", "").replaceFirst(" of the United States$", "");
            // The file lists the cabinet of 2021-2022 without dates: start and end stay unknown.
            role(new RoleRow(id, role, unitedStatesId, null, null, null, null, row.file()));
        }
    }

    private void readInternationalOfficeholders() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "world-leaders/intl-officeholders-2021.tsv")) {
            String id = row.get("wikidata");
            String name = row.get("name");
            if (!isId(id) || isId(name) || name.isEmpty()) {
                continue;
            }
            personAliases(entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(name)), name);
            String position = row.get("position");
            String role = position;
            String ofId = null;
            int of = position.indexOf(" of ");
            if (of > 0) {
                EntryDraft body = uniqueOrganization(position.substring(of + 4));
                if (body != null) {
                    role = position.substring(0, of);
                    ofId = body.id;
                }
            }
            role(new RoleRow(id, capitalised(role), ofId, date(row, "start"), date(row, "end", true), null, null,
                    row.file()));
        }
    }

    private void readExecutive() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/executive.tsv")) {
            String id = row.get("wikidata");
            if (!isId(id)) {
                continue;
            }
            String last = row.get("last");
            EntryDraft person = entry(row, id, EntityType.PERSON, null, row.get("first") + " " + last);
            person.alias(row.get("name"));
            person.surname(last);
            LocalDate end = date(row, "term_end");
            person.strong |= end == null || end.getYear() >= STRONG_SINCE_YEAR;
            role(new RoleRow(id, row.get("role"), unitedStatesId, date(row, "term_start"), end, null,
                    row.get("party"), row.file()));
        }
    }

    /**
     * Aliases of a Wikidata label: without a quoted nickname, "Nickname Last", the part before a
     * comma when it has two words ("Albert II, Prince of Monaco" -> "Albert II"), initial variants.
     */
    private static void personAliases(EntryDraft person, String label) {
        String plain = Names.withoutQuoted(label);
        person.alias(plain);
        String nickname = Names.quoted(label);
        String[] tokens = plain.split(" ");
        if (!nickname.isEmpty() && tokens.length > 1) {
            person.alias(nickname + " " + tokens[tokens.length - 1]);
        }
        int comma = plain.indexOf(',');
        String beforeComma = comma > 0 ? plain.substring(0, comma).strip() : plain;
        if (comma > 0 && beforeComma.contains(" ")) {
            person.alias(beforeComma);
        }
        Names.initialVariants(plain).forEach(person::alias);
        surname(person, plain);
    }

    /**
     * The last word of a name, before "Jr."; none for one-word names and for the styled names of
     * monarchs ("Harald V of Norway", "Albert II, Prince of Monaco"), which have no family name.
     */
    private static void surname(EntryDraft person, String name) {
        if (name.contains(",") || name.contains(" of ")) {
            return;
        }
        String[] words = name.split(" ");
        int last = words.length - 1;
        if (last > 0 && Names.isSuffix(words[last])) {
            if (!Names.normalise(words[last]).matches("jr|sr")) {
                return; // a regnal number
            }
            last--;
        }
        if (last >= 1) {
            person.surname(words[last]);
        }
    }

    /**
     * The office without its country: "Prime Minister of India" -> "Prime Minister", "President of the
     * Government of Spain" -> "President of the Government"; when the country is not named at the end,
     * the text before the first " of ".
     */
    static String roleName(String positionLabel, EntryDraft country) {
        String label = Names.collapse(positionLabel);
        String shortest = null;
        if (country != null) {
            // The longest matching country name wins: "of the Republic of Cyprus" before "of Cyprus".
            for (String spelling : country.spellings()) {
                String key = Names.normalise(spelling);
                for (int at = label.indexOf(" of "); at > 0; at = label.indexOf(" of ", at + 1)) {
                    if (Names.normalise(label.substring(at + 4)).equals(key)
                            && (shortest == null || at < shortest.length())) {
                        shortest = label.substring(0, at);
                    }
                }
            }
        }
        if (shortest != null) {
            return capitalised(shortest);
        }
        int of = label.indexOf(" of ");
        return capitalised(of > 0 ? label.substring(0, of) : label);
    }

    /** Title case for labels written all in lower case ("prime minister"); others are kept as written. */
    static String capitalised(String role) {
        String rest = role.length() > 1 ? role.substring(1) : "";
        if (!rest.equals(rest.toLowerCase(Locale.ROOT))) {
            return role;
        }
        StringBuilder out = new StringBuilder();
        for (String word : role.split(" ")) {
            if (!out.isEmpty()) {
                out.append(' ');
            }
            boolean small = Set.of("of", "the", "and", "for", "to", "on").contains(word);
            out.append(small || word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return out.toString();
    }

    private void role(RoleRow row) {
        roles.putIfAbsent(Arrays.asList(row.personId(), row.roleName(), row.ofId(), row.start(), row.end(),
                row.state(), row.party()), row);
    }

    private EntryDraft uniqueOrganization(String name) {
        String key = Names.normalise(name);
        List<EntryDraft> found = byId.values().stream()
                .filter(e -> e.type == EntityType.ORGANIZATION)
                .filter(e -> e.spellings().stream().anyMatch(s -> Names.normalise(s).equals(key)))
                .toList();
        return found.size() == 1 ? found.get(0) : null;
    }

    // ---------------------------------------------------------------- shared steps

    /** The entry for {@code id}, created from this row if new; the row's file is added to its sources. */
    private EntryDraft entry(ReferenceTable.Row row, String id, EntityType type, String subtype, String name) {
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

    /** Notes where a file gives a country an ID that countries.tsv does not know, or another name. */
    private void checkCountry(ReferenceTable.Row row, String id, String label) {
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

    private EntryDraft requireCountry(String iso2, String file) {
        EntryDraft country = countryByIso2.get(iso2);
        if (country == null) {
            throw new NewsgraphException(file + ": no row with iso2 " + iso2);
        }
        return country;
    }

    /** Empty cells and the odd "NULL" in admin1.tsv mean "no ID". */
    private static boolean isId(String cell) {
        return QID.matcher(cell).matches();
    }

    private static List<String> pipe(String cell) {
        List<String> parts = new ArrayList<>();
        for (String part : cell.split("\\|")) {
            if (!part.isBlank()) {
                parts.add(part.strip());
            }
        }
        return parts;
    }

    private static long population(ReferenceTable.Row row) {
        String value = row.get("population");
        try {
            return value.isEmpty() ? 0 : Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new NewsgraphException(row.where() + ": population '" + value + "' is not a number");
        }
    }

    private static LocalDate date(ReferenceTable.Row row, String column) {
        return date(row, column, false);
    }

    /**
     * A day, or a year ("1999") or month ("1999-05") widened to its first day, or its last day when
     * {@code end} is true: a role held "until 1999" was held on 1999-12-31 as far as we know.
     */
    private static LocalDate date(ReferenceTable.Row row, String column, boolean end) {
        String value = row.get(column);
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                LocalDate first = LocalDate.parse(value + "-01");
                return end ? first.withDayOfMonth(first.lengthOfMonth()) : first;
            }
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new NewsgraphException(row.where() + ": " + column + " '" + value + "' is not a date");
        }
    }

    /** Tab-separated, non-comment lines of a classpath resource, empty cells dropped. */
    static List<List<String>> classpathLines(String resource) {
        List<List<String>> lines = new ArrayList<>();
        try (InputStream in = ReferenceGazetteerCompiler.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException(resource + ": not on the classpath (the CoreNLP models jar is missing)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                List<String> cells = new ArrayList<>();
                for (String cell : line.split("\t")) {
                    if (!cell.isBlank()) {
                        cells.add(cell.strip());
                    }
                }
                lines.add(cells);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(resource, e);
        }
        return lines;
    }

    // ---------------------------------------------------------------- output

    /** Job titles: CoreNLP's KBP TITLE list plus the role names above, lower case, without digits or '/'. */
    private Set<String> titles() {
        Set<String> titles = new TreeSet<>();
        for (List<String> line : classpathLines(KBP_RESOURCE)) {
            if (line.size() >= 2 && line.get(1).equals("TITLE")) {
                titles.add(line.get(0).toLowerCase(Locale.ROOT));
            }
        }
        roles.values().forEach(r -> titles.add(r.roleName().toLowerCase(Locale.ROOT)));
        titles.removeIf(t -> t.matches(".*[0-9/].*") || Names.normalise(t).isEmpty());
        // The KBP list spells many titles twice ("wine-fermenter", "wine fermenter"); lookups
        // normalise hyphens to spaces, so one spelling per key is enough: the one with fewer hyphens.
        Map<String, String> byKey = new HashMap<>();
        for (String title : titles) {
            byKey.merge(Names.normalise(title), title, (a, b) -> hyphens(b) < hyphens(a) ? b : a);
        }
        return new TreeSet<>(byKey.values());
    }

    private static long hyphens(String text) {
        return text.chars().filter(c -> c == '-').count();
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        List<EntryDraft> entries = new ArrayList<>(byId.values());
        entries.addAll(withoutId.values());
        entries.sort(EntryDraft::compare);
        try (Writer w = Files.newBufferedWriter(out.resolve(TsvGazetteer.ENTITIES), StandardCharsets.UTF_8)) {
            header(w, "Known entities (countries, regions, capitals, first-level subdivisions, cities of 100,000+,"
                    + " landmarks, international organisations, heads of state and government, US Congress,"
                    + " US executive, foreign ministers, international officeholders).", ENTITY_SOURCES);
            w.write(String.join("\t", TsvGazetteer.ENTITY_COLUMNS) + "\n");
            for (EntryDraft e : entries) {
                w.write(String.join("\t", e.id == null ? "" : e.id, e.type.name(), nullToEmpty(e.subtype), e.name,
                        String.join("|", e.aliases), String.join("|", e.demonyms), e.strong ? "yes" : "no",
                        String.join("|", e.surnames), String.join("|", e.sources)) + "\n");
            }
        }
        List<RoleRow> sortedRoles = new ArrayList<>(roles.values());
        sortedRoles.sort(RoleRow.ORDER);
        try (Writer w = Files.newBufferedWriter(out.resolve(TsvGazetteer.ROLES), StandardCharsets.UTF_8)) {
            header(w, "Offices held by known persons; start/end are days (years from the world-leaders files"
                    + " become Jan 1 / Dec 31); an empty end means held as far as the source knows.", ROLE_SOURCES);
            w.write(String.join("\t", TsvGazetteer.ROLE_COLUMNS) + "\n");
            for (RoleRow r : sortedRoles) {
                w.write(String.join("\t", r.personId(), r.roleName(), nullToEmpty(r.ofId()),
                        r.start() == null ? "" : r.start().toString(), r.end() == null ? "" : r.end().toString(),
                        nullToEmpty(r.state()), nullToEmpty(r.party()), r.source()) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve(TsvGazetteer.TITLES), StandardCharsets.UTF_8)) {
            header(w, "Job titles and offices, one lower-case phrase a line.", TITLE_SOURCES);
            for (String title : titles()) {
                w.write(title + "\n");
            }
        }
    }

    private static void header(Writer w, String what, List<String> sources) throws IOException {
        w.write("# " + what + "\n");
        w.write("# Generated by org.newsgraph.gazetteer.ReferenceGazetteerCompiler from ../shared/reference;"
                + " do not edit, regenerate (see README.md).\n");
        w.write("# Sources and licences:\n");
        for (String source : sources) {
            w.write("#   " + source + "\n");
        }
    }

    private static final String WIKIDATA = "Wikidata IDs wherever they come from: Wikidata, CC0 1.0";
    private static final String CONGRESS = "us-congress/*.tsv: unitedstates/congress-legislators, CC0 1.0"
            + " (us-cabinet: every-politician-scrapers/us-cabinet, Wikidata query output, CC0)";
    private static final String LEADERS = "world-leaders/*: every-politician-scrapers/world-leaders-2021 and /world,"
            + " Wikidata query output, CC0 1.0";
    private static final List<String> ENTITY_SOURCES = List.of(
            "countries/countries.tsv, countries/admin1.tsv, cities/cities-dr5hn-unverified.tsv:"
                    + " dr5hn/countries-states-cities-database and mledoze/countries, ODbL 1.0;"
                    + " this file is a derived database under ODbL 1.0",
            "countries/capitals.tsv: waldenn/conzept capital IDs (Wikidata facts, CC0) with dr5hn (ODbL 1.0)",
            "organizations/supranational-bodies.tsv: confirmordeny/supraverden, CC BY-SA 4.0",
            "organizations/landmarks-audiala-sample.tsv: audiala/open-data README sample, CC BY 4.0,"
                    + " Data by Audiala - audiala.com",
            CONGRESS, LEADERS,
            DEMONYMS_RESOURCE + ": Stanford CoreNLP 4.5.10 models, GPL v3 or later",
            WIKIDATA);
    private static final List<String> ROLE_SOURCES = List.of(CONGRESS, LEADERS, WIKIDATA);
    private static final List<String> TITLE_SOURCES = List.of(
            KBP_RESOURCE + " (column 2 = TITLE): Stanford CoreNLP 4.5.10 models, GPL v3 or later",
            "role names of roles.tsv, from " + CONGRESS + "; " + LEADERS);

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    List<String> warnings() {
        return warnings;
    }
}
