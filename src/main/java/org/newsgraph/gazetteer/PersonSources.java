package org.newsgraph.gazetteer;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.model.EntityType;

/**
 * Persons and their offices: US Congress, heads of state and government, foreign ministers, the
 * US cabinet, international officeholders and US presidents, read into a {@link GazetteerDraft}.
 */
final class PersonSources {

    /** Persons who held a head-of-state or -government office since this year are strong. */
    static final int STRONG_SINCE_YEAR = 2015;

    private final Path reference;
    private final GazetteerDraft draft;

    PersonSources(Path reference, GazetteerDraft draft) {
        this.reference = reference;
        this.draft = draft;
    }

    void read() {
        readLegislators2015();
        readLegislatorsCurrent();
        readWorldLeaders("world-leaders/wikidata-2021-2022-history.csv");
        readWorldLeaders("world-leaders/wikidata-2026.csv");
        readForeignMinisters();
        readCabinet();
        readInternationalOfficeholders();
        readExecutive();
        draft.addSpellingVariants();
        draft.weakenOneWordPersons();
        draft.settleRoles();
    }


    private void readLegislators2015() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/legislators-2015-2026.tsv")) {
            String id = row.get("wikidata");
            if (!GazetteerDraft.isId(id)) {
                continue; // a person without an ID cannot carry roles; see the README
            }
            String wikipedia = Names.withoutParentheses(row.get("wikipedia"));
            String first = row.get("first");
            String nickname = row.get("nickname");
            String last = row.get("last");
            String shortName = (nickname.isEmpty() ? Names.withoutParentheses(first) : nickname) + " " + last;
            EntryDraft person = draft.entry(row, id, EntityType.PERSON, null, wikipedia.isEmpty() ? shortName : wikipedia);
            legislatorAliases(person, row.get("name"), first, row.get("middle"), nickname, last);
            boolean bothChambers = row.get("chambers").contains(",");
            LocalDate start = row.date(bothChambers ? "last_term_start" : "first_term_start");
            draft.role(new RoleRow(id, row.get("role"), draft.unitedStatesId, start, row.date("last_term_end"),
                    row.get("state"), row.get("party"), row.file()));
        }
    }

    /** Members missing from the 2015-2026 union (there should be none; this keeps the file honest). */
    private void readLegislatorsCurrent() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/legislators-current.tsv")) {
            String id = row.get("wikidata");
            if (!GazetteerDraft.isId(id)) {
                continue;
            }
            if (draft.byId.containsKey(id)) {
                draft.byId.get(id).sources.add(row.file()); // corroborates; the 2015-2026 row already gave the role
                continue;
            }
            String nickname = row.get("nickname");
            String last = row.get("last");
            EntryDraft person = draft.entry(row, id, EntityType.PERSON, null,
                    (nickname.isEmpty() ? row.get("first") : nickname) + " " + last);
            legislatorAliases(person, row.get("name"), row.get("first"), "", nickname, last);
            draft.role(new RoleRow(id, row.get("role"), draft.unitedStatesId, row.date("term_start"), row.date("term_end"),
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
            if (GazetteerDraft.isId(label) || label.isEmpty() || !GazetteerDraft.isId(row.get("officeholder"))
                    || (!endYear.isEmpty() && Integer.parseInt(endYear) < 2000)) {
                continue;
            }
            String countryId = row.get("countryid");
            draft.checkCountry(row, countryId, row.get("country"));
            String id = row.get("officeholder");
            EntryDraft person = draft.entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(label));
            personAliases(person, label);
            String role = roleName(row.get("positionLabel"), draft.byId.get(countryId));
            boolean oneWord = !Names.withoutQuoted(label).contains(" ");
            if (oneWord) {
                person.alias(role + " " + label); // "Pope Francis", "Emperor Naruhito"
            }
            // Full names are distinctive; a lone "Francis" is not, so it never makes a mention alone.
            person.strong |= !oneWord && (endYear.isEmpty() || Integer.parseInt(endYear) >= STRONG_SINCE_YEAR);
            String start = row.get("start_year");
            draft.role(new RoleRow(id, role, countryId,
                    start.isEmpty() ? null : LocalDate.of(Integer.parseInt(start), 1, 1),
                    endYear.isEmpty() ? null : LocalDate.of(Integer.parseInt(endYear), 12, 31),
                    null, null, row.file()));
        }
    }

    private void readForeignMinisters() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "world-leaders/foreign-ministers-2022.tsv")) {
            String id = row.get("wikidata");
            String name = row.get("name");
            if (!GazetteerDraft.isId(id) || GazetteerDraft.isId(name) || name.isEmpty()) {
                continue;
            }
            draft.checkCountry(row, row.get("country_wikidata"), row.get("country"));
            personAliases(draft.entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(name)), name);
            String countryId = GazetteerDraft.isId(row.get("country_wikidata")) ? row.get("country_wikidata") : null;
            draft.role(new RoleRow(id, "Foreign Minister", countryId, row.date("start"), null,
                    null, null, row.file()));
        }
    }

    private void readCabinet() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/us-cabinet-2021-2022.tsv")) {
            String id = row.get("wikidata");
            String name = row.get("name");
            EntryDraft person = draft.entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(name));
            personAliases(person, name);
            if (!GazetteerDraft.isId(id) || name.isEmpty()) {
                continue;
            }
            String position = row.get("position");
            // One row holds the person's name where the office should be; it gives no role.
            if (Set.of(Names.normalise(name).split(" ")).containsAll(List.of(Names.normalise(position).split(" ")))) {
                draft.warnings.add(row.where() + ": position '" + position + "' is a name, no role written");
                continue;
            }
            String role = position.replaceFirst("^United States ", "").replaceFirst(" of the United States$", "");
            // The file lists the cabinet of 2021-2022 without dates: start and end stay unknown.
            draft.role(new RoleRow(id, role, draft.unitedStatesId, null, null, null, null, row.file()));
        }
    }

    private void readInternationalOfficeholders() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "world-leaders/intl-officeholders-2021.tsv")) {
            String id = row.get("wikidata");
            String name = row.get("name");
            if (!GazetteerDraft.isId(id) || GazetteerDraft.isId(name) || name.isEmpty()) {
                continue;
            }
            personAliases(draft.entry(row, id, EntityType.PERSON, null, Names.withoutQuoted(name)), name);
            String position = row.get("position");
            String role = position;
            String ofId = null;
            int of = position.indexOf(" of ");
            if (of > 0) {
                EntryDraft body = draft.uniqueOrganization(position.substring(of + 4));
                if (body != null) {
                    role = position.substring(0, of);
                    ofId = body.id;
                }
            }
            draft.role(new RoleRow(id, capitalised(role), ofId, row.date("start"), row.date("end", true), null, null,
                    row.file()));
        }
    }

    private void readExecutive() {
        for (ReferenceTable.Row row : ReferenceTable.read(reference, "us-congress/executive.tsv")) {
            String id = row.get("wikidata");
            if (!GazetteerDraft.isId(id)) {
                continue;
            }
            String last = row.get("last");
            EntryDraft person = draft.entry(row, id, EntityType.PERSON, null, row.get("first") + " " + last);
            person.alias(row.get("name"));
            person.surname(last);
            LocalDate end = row.date("term_end");
            person.strong |= end == null || end.getYear() >= STRONG_SINCE_YEAR;
            draft.role(new RoleRow(id, row.get("role"), draft.unitedStatesId, row.date("term_start"), end, null,
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
}
