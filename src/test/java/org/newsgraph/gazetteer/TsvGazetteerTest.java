package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.EntityType;

/**
 * Lookups in the bundled gazetteer. Expected IDs are read from the reference files, never written
 * here from memory.
 */
class TsvGazetteerTest {

    private static Path reference;
    private static TsvGazetteer gazetteer;

    @BeforeAll
    static void load() {
        reference = GazetteerReferenceTest.referenceDir();
        gazetteer = TsvGazetteer.loadDefault();
    }

    private static ReferenceTable.Row row(String file, String column, String value) {
        return ReferenceTable.read(reference, file).stream()
                .filter(r -> r.get(column).equals(value)).findFirst()
                .orElseThrow(() -> new AssertionError(file + ": no row with " + column + " = " + value));
    }

    private static boolean hasId(List<GazetteerEntry> entries, String id) {
        return entries.stream().anyMatch(e -> id.equals(e.id()));
    }

    @Test
    void russiaByNameOfficialNameAndDemonym() {
        String russia = row("countries/countries.tsv", "name", "Russia").get("wikidata");
        assertTrue(hasId(gazetteer.byName("Russia"), russia));
        assertTrue(hasId(gazetteer.byName("Russian Federation"), russia));
        assertTrue(hasId(gazetteer.byName("the Russian Federation"), russia));
        assertEquals(russia, gazetteer.byDemonym("Russian").orElseThrow().id());
        assertEquals(russia, gazetteer.byDemonym("Russians").orElseThrow().id());
        GazetteerEntry entry = gazetteer.byId(russia).orElseThrow();
        assertEquals(EntityType.COUNTRY, entry.type());
        assertTrue(entry.strong());
    }

    @Test
    void citiesAndCountriesAreLocatedAndPersonsAreNot() {
        ReferenceTable.Row istanbul = row("cities/cities-dr5hn-unverified.tsv", "name", "Istanbul");
        assertEquals("1", istanbul.get("qid_rows"));
        assertEquals(new Coordinates(Double.parseDouble(istanbul.get("latitude")), Double.parseDouble(istanbul.get("longitude"))),
                gazetteer.byId(istanbul.get("wikidata")).orElseThrow().coordinates());
        String russia = row("countries/countries.tsv", "name", "Russia").get("wikidata");
        assertNotNull(gazetteer.byId(russia).orElseThrow().coordinates(), "a country takes its outline's centroid");
        String putin = row("world-leaders/wikidata-2026.csv", "officeholderLabel", "Vladimir Putin").get("officeholder");
        assertNull(gazetteer.byId(putin).orElseThrow().coordinates());
    }

    @Test
    void unitedStatesUnderEverySpelling() {
        String us = row("countries/countries.tsv", "iso2", "US").get("wikidata");
        Set<GazetteerEntry> found = new HashSet<>();
        for (String spelling : List.of("U.S.", "US", "United States", "the United States", "USA", "U.S.A.")) {
            List<GazetteerEntry> entries = gazetteer.byName(spelling);
            assertTrue(hasId(entries, us), spelling + " -> " + entries);
            entries.stream().filter(e -> us.equals(e.id())).forEach(found::add);
        }
        assertEquals(1, found.size(), "one entry for every spelling");
        assertEquals(us, gazetteer.byDemonym("American").orElseThrow().id());
    }

    @Test
    void senatorByFullNameAndSurnameWithRole() {
        String us = row("countries/countries.tsv", "iso2", "US").get("wikidata");
        ReferenceTable.Row senator = ReferenceTable.read(reference, "us-congress/legislators-2015-2026.tsv").stream()
                .filter(r -> r.get("role").equals("Senator") && r.get("current").equals("yes"))
                .filter(r -> !r.get("wikidata").isEmpty() && !r.get("first").contains("("))
                .findFirst().orElseThrow();
        String id = senator.get("wikidata");
        String last = senator.get("last");
        assertTrue(hasId(gazetteer.byName(senator.get("first") + " " + last), id), senator.where());
        assertTrue(hasId(gazetteer.personsBySurname(last), id), senator.where());
        assertTrue(gazetteer.rolesOf(id).stream().anyMatch(r -> r.roleName().equals("Senator") && us.equals(r.ofId())));
        assertFalse(gazetteer.byId(id).orElseThrow().strong(), "legislators only confirm NER mentions");
    }

    @Test
    void initialsWithAndWithoutDots() {
        ReferenceTable.Row row = ReferenceTable.read(reference, "us-congress/legislators-2015-2026.tsv").stream()
                .filter(r -> r.get("first").matches("[A-Z]\\.[A-Z]\\..*")).findFirst().orElseThrow();
        String id = row.get("wikidata");
        String initials = row.get("first").substring(0, 4);
        String last = row.get("last");
        String spaced = initials.charAt(0) + ". " + initials.charAt(2) + ". " + last;
        String compact = "" + initials.charAt(0) + initials.charAt(2) + " " + last;
        assertTrue(hasId(gazetteer.byName(spaced), id), spaced);
        assertTrue(hasId(gazetteer.byName(compact), id), compact);
    }

    @Test
    void headOfStateHasPresidentRoleOfTheirCountry() {
        ReferenceTable.Row row = row("world-leaders/wikidata-2026.csv", "positionLabel", "President of Russia");
        String person = row.get("officeholder");
        String russia = row.get("countryid");
        assertEquals(row("countries/countries.tsv", "name", "Russia").get("wikidata"), russia);
        List<KnownRole> roles = gazetteer.rolesOf(person);
        assertTrue(roles.stream().anyMatch(r -> r.roleName().equals("President") && russia.equals(r.ofId())), roles.toString());
        String label = row.get("officeholderLabel");
        assertTrue(hasId(gazetteer.byName(label), person));
        assertTrue(hasId(gazetteer.personsBySurname(label.substring(label.lastIndexOf(' ') + 1)), person));
        assertTrue(gazetteer.byId(person).orElseThrow().strong());
        KnownRole president = roles.stream().filter(r -> r.roleName().equals("President")).findFirst().orElseThrow();
        assertTrue(president.heldOn(LocalDate.of(Integer.parseInt(row.get("start_year")), 6, 1)));
    }

    @Test
    void senatorWhoBecameVicePresidentLeftTheSenateFirst() {
        Set<String> senators = new HashSet<>();
        ReferenceTable.read(reference, "us-congress/legislators-2015-2026.tsv").stream()
                .filter(r -> r.get("role").equals("Senator")).forEach(r -> senators.add(r.get("wikidata")));
        List<ReferenceTable.Row> vicePresidents = ReferenceTable.read(reference, "us-congress/executive.tsv").stream()
                .filter(r -> r.get("role").equals("Vice President") && senators.contains(r.get("wikidata")))
                .filter(r -> r.date("term_start").getYear() > 2015).toList();
        assertFalse(vicePresidents.isEmpty(), "no senator became vice president since 2015 in the reference");
        for (ReferenceTable.Row vp : vicePresidents) {
            LocalDate sworn = vp.date("term_start");
            List<KnownRole> roles = gazetteer.rolesOf(vp.get("wikidata"));
            assertTrue(roles.stream().anyMatch(r -> r.roleName().equals("Vice President") && r.heldOn(sworn)), vp.where());
            assertTrue(roles.stream().noneMatch(r -> r.roleName().equals("Senator") && r.heldOn(sworn)), vp.where());
            assertTrue(roles.stream().anyMatch(r -> r.roleName().equals("Senator") && r.heldOn(sworn.minusDays(1))),
                    vp.where());
        }
    }

    @Test
    void titles() {
        assertTrue(gazetteer.isTitle("president"));
        assertTrue(gazetteer.isTitle("President"));
        assertTrue(gazetteer.isTitle("foreign minister"));
        assertTrue(gazetteer.isTitle("Foreign-Minister"));
        assertTrue(gazetteer.isTitle("senator"));
        assertFalse(gazetteer.isTitle("banana"));
        assertTrue(gazetteer.maxNameTokens() >= 5 && gazetteer.maxNameTokens() < 40, "" + gazetteer.maxNameTokens());
    }

    @Test
    void largeCityIsAWeakPlaceAndSmallTownIsAbsent() {
        Set<String> otherIds = new HashSet<>();
        ReferenceTable.read(reference, "countries/admin1.tsv").forEach(r -> otherIds.add(r.get("wikidata")));
        ReferenceTable.read(reference, "countries/capitals.tsv").forEach(r -> otherIds.add(r.get("capital_wikidata_conzept")));
        List<ReferenceTable.Row> cities = ReferenceTable.read(reference, "cities/cities-dr5hn-unverified.tsv");
        ReferenceTable.Row city = cities.stream()
                .filter(r -> r.get("qid_rows").equals("1") && !r.get("population").isEmpty())
                .filter(r -> Long.parseLong(r.get("population")) >= 1_000_000 && !otherIds.contains(r.get("wikidata")))
                .findFirst().orElseThrow();
        GazetteerEntry entry = gazetteer.byName(city.get("name")).stream()
                .filter(e -> city.get("wikidata").equals(e.id())).findFirst().orElseThrow(() -> new AssertionError(city.where()));
        assertEquals(EntityType.PLACE, entry.type());
        assertEquals("City", entry.subtype());
        assertFalse(entry.strong());
        ReferenceTable.Row town = cities.stream()
                .filter(r -> r.get("qid_rows").equals("1") && !r.get("population").isEmpty())
                .filter(r -> Long.parseLong(r.get("population")) < 1_000 && !otherIds.contains(r.get("wikidata")))
                .findFirst().orElseThrow();
        assertTrue(gazetteer.byId(town.get("wikidata")).isEmpty(), town.where());
    }

    @Test
    void normalisation() {
        assertEquals(Names.normalise("U.S."), Names.normalise("US"));
        assertEquals(Names.normalise("Piñera"), Names.normalise("Pinera"));
        assertEquals(Names.normalise("Timor-Leste"), Names.normalise("Timor  Leste"));
        assertEquals(Names.normalise("O'Rourke"), Names.normalise("ORourke"));
        // Normalisation stays exact; other romanisations are spellings the compiler adds.
        assertNotEquals(Names.normalise("Zelenskyy"), Names.normalise("Zelensky"));
        assertTrue(gazetteer.byName("Volodymyr Zelensky").stream()
                .anyMatch(e -> gazetteer.byName("Volodymyr Zelenskyy").contains(e)));
        assertTrue(gazetteer.personsBySurname("Zelensky").stream()
                .anyMatch(e -> gazetteer.personsBySurname("Zelenskyy").contains(e)));
    }

    @Test
    void spellingVariantsFollowGeneralRomanisationRules() {
        // Invented names: the rules are about endings and given names, not about particular people.
        assertTrue(Names.spellingVariants("Ivan Petrovskyy").contains("Ivan Petrovsky"));
        assertTrue(Names.spellingVariants("Ivan Petrovsky").contains("Ivan Petrovskyi"));
        assertTrue(Names.spellingVariants("Sergei Orlov").contains("Sergey Orlov"));
        assertEquals(List.of(), Names.spellingVariants("Casey Romney"));
        assertTrue(Names.spellingVariants("Dmitriy Orlov").contains("Dmitry Orlov"));
        assertTrue(Names.spellingVariants("Mohammed Haddad").contains("Muhammad Haddad"));
        assertEquals(List.of(), Names.spellingVariants("Ana Ruiz"));
        assertEquals(List.of(), Names.spellingVariants("Mary Kelly"));
    }

    @Test
    void loadingFromADirectoryGivesTheSameGazetteer() {
        TsvGazetteer fromDir = TsvGazetteer.load(GazetteerReferenceTest.committedDir());
        assertEquals(gazetteer.size(), fromDir.size());
        assertEquals(gazetteer.byName("Russia"), fromDir.byName("Russia"));
    }
}
