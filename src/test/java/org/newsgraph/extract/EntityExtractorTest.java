package org.newsgraph.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.gazetteer.TsvGazetteer;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;

/**
 * Mention finding and entity resolution on a hand-built document, with a small gazetteer of
 * invented entries written in the bundled format.
 */
class EntityExtractorTest {
    private static TsvGazetteer gazetteer;

    @BeforeAll
    static void writeGazetteer(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("entities.tsv"), String.join("\n",
                "id\ttype\tsubtype\tname\taliases\tdemonyms\tstrong\tsurnames\tsource",
                "X1\tCOUNTRY\t\tRuritania\tRepublic of Ruritania\tRuritanian|Ruritanians\tyes\t\ttest",
                "X2\tPERSON\t\tMara Holt\t\t\tyes\tHolt\ttest",
                "X3\tPLACE\tCity\tStrelsau\t\t\tno\t\ttest",
                "X4\tCOUNTRY\t\tOsterlich\t\t\tyes\t\ttest") + "\n");
        Files.writeString(dir.resolve("roles.tsv"),
                "person_id\trole\tof_id\tstart\tend\tstate\tparty\tsource\n"
                        + "X2\tPresident\tX1\t2020-01-01\t\t\t\ttest\n");
        Files.writeString(dir.resolve("titles.tsv"), "president\nminister\nattorney\ngeneral\nsenator\ncrown prince\nmarine\n");
        // Invented coordinates for the invented city, and for the person to show they are not used.
        Files.writeString(dir.resolve("coordinates.tsv"), "id\tlatitude\tlongitude\tsource\n"
                + "X3\t12.5\t-7.25\ttest\nX2\t1.0\t2.0\ttest\n");
        gazetteer = TsvGazetteer.load(dir);
    }

    @Test
    void namesDemonymsShortFormsAndAcronymsResolveToOneEntityEach() {
        // Ruritanian President Mara Holt met Ivo Brandt of the Northern Trade Council ( NTC ) in Strelsau .
        // Holt said Brandt and the NTC agreed .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ruritanian_JJ_Ruritanian_MISC President_NNP Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON")
                .tokens("met_VBD_meet Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON of_IN the_DT")
                .tokens("Northern_NNP_Northern_ORGANIZATION Trade_NNP_Trade_ORGANIZATION Council_NNP_Council_ORGANIZATION")
                .tokens("(_-LRB- NTC_NNP_NTC_ORGANIZATION )_-RRB- in_IN Strelsau_NNP_Strelsau_LOCATION ._.")
                .tokens("Holt_NNP_Holt_PERSON said_VBD_say Brandt_NNP_Brandt_PERSON and_CC the_DT")
                .tokens("NTC_NNP_NTC_ORGANIZATION agreed_VBD_agree ._.");
        EntityExtractor.Result result = new EntityExtractor(gazetteer).extract(d.document());
        Map<String, Entity> byName = result.entities().stream()
                .collect(Collectors.toMap(Entity::name, Function.identity()));
        assertEquals(Map.of("Ruritania", EntityType.COUNTRY, "Mara Holt", EntityType.PERSON,
                "Ivo Brandt", EntityType.PERSON, "Northern Trade Council", EntityType.ORGANIZATION,
                "Strelsau", EntityType.PLACE), byName.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().type())));
        assertEquals("X1", byName.get("Ruritania").wikidataId());
        assertTrue(byName.get("Ruritania").aliases().contains("Ruritanian"));
        assertEquals(2, byName.get("Mara Holt").mentions().size(), "full name and surname are one person");
        assertEquals("X2", byName.get("Mara Holt").key());
        assertEquals("person/ivo-brandt", byName.get("Ivo Brandt").key());
        assertEquals(2, byName.get("Ivo Brandt").mentions().size());
        assertTrue(byName.get("Northern Trade Council").aliases().contains("NTC"), "acronym joins its name");
        assertEquals("X3", byName.get("Strelsau").wikidataId(), "a weak entry links where NER saw a place");
        assertEquals(new Coordinates(12.5, -7.25), byName.get("Strelsau").coordinates(), "a known place is located");
        assertNull(byName.get("Mara Holt").coordinates(), "only places and countries carry coordinates");
        assertNull(byName.get("Ruritania").coordinates(), "a country the coordinates file lacks has none");
        assertEquals(List.of("President"), result.roles().stream().map(r -> r.roleName()).toList());
        assertEquals("X1", result.roles().get(0).ofKey());
    }

    @Test
    void aLoneSurnameOfAKnownLeaderLinksEvenWhenTheNerSawAPlace() {
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Holt_NNP_Holt_LOCATION spoke_VBD_speak ._.");
        List<Entity> entities = new EntityExtractor(gazetteer).extract(d.document()).entities();
        assertEquals(1, entities.size(), entities.toString());
        assertEquals("X2", entities.get(0).key());
        assertEquals(EntityType.PERSON, entities.get(0).type());
    }

    @Test
    void aNationalInstitutionIsNamedWithItsNationality() {
        // The Ruritanian Foreign Ministry said ... . Later the Foreign Ministry added ... .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("The_DT Ruritanian_JJ_Ruritanian_MISC Foreign_NNP_Foreign_ORGANIZATION")
                .tokens("Ministry_NNP_Ministry_ORGANIZATION said_VBD_say so_RB ._.")
                .tokens("Later_RB the_DT Foreign_NNP_Foreign_ORGANIZATION Ministry_NNP_Ministry_ORGANIZATION")
                .tokens("added_VBD_add more_JJR ._.");
        List<Entity> orgs = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .filter(e -> e.type() == EntityType.ORGANIZATION).toList();
        assertEquals(1, orgs.size(), orgs.toString());
        assertEquals("Ruritanian Foreign Ministry", orgs.get(0).name());
        assertEquals("organization/ruritanian-foreign-ministry", orgs.get(0).key());
        assertEquals(2, orgs.get(0).mentions().size());
    }

    @Test
    void aMiscNameClosedByANumberIsJudgedByTheWordBeforeIt() {
        // Mara Holt fought in the Long War Two and the Long War III ; the Harbour Union Two met .
        // Without the numeric classifiers the NER tags the closing number MISC with the rest.
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Mara_NNP_Mara_PERSON Holt_NNP_Holt_PERSON fought_VBD_fight in_IN the_DT")
                .tokens("Long_NNP_Long_MISC War_NNP_War_MISC Two_CD_two_MISC and_CC the_DT")
                .tokens("Long_NNP_Long_MISC War_NNP_War_MISC III_CD_III_MISC ;_: the_DT")
                .tokens("Harbour_NNP_Harbour_MISC Union_NNP_Union_MISC Two_CD_two_MISC met_VBD_meet ._.");
        List<String> names = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .map(Entity::name).toList();
        assertTrue(names.stream().noneMatch(n -> n.startsWith("Long War")), names.toString());
        assertTrue(names.contains("Harbour Union Two"), names.toString());
    }

    @Test
    void aLongerNameAroundAKnownPlaceIsOneEntityNotThePlace() {
        // Ships of the Ruritania Coast Guard sailed into the North Ruritania Sea .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ships_NNS_ship of_IN the_DT Ruritania_NNP_Ruritania_ORGANIZATION")
                .tokens("Coast_NNP_Coast_ORGANIZATION Guard_NNP_Guard_ORGANIZATION sailed_VBD_sail into_IN the_DT")
                .tokens("North_NNP_North_LOCATION Ruritania_NNP_Ruritania_LOCATION Sea_NNP_Sea_LOCATION ._.");
        Map<String, EntityType> types = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .collect(Collectors.toMap(Entity::name, Entity::type));
        assertEquals(Map.of("Ruritania Coast Guard", EntityType.ORGANIZATION,
                "North Ruritania Sea", EntityType.PLACE), types);
    }

    @Test
    void aPluralOrAPairOfCountriesKeepsTheCountries() {
        // Governments of Ruritania met . The Ruritania-Osterlich Commission ended .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Governments_NNPS_Governments_ORGANIZATION of_IN_of_ORGANIZATION")
                .tokens("Ruritania_NNP_Ruritania_ORGANIZATION met_VBD_meet ._.")
                .tokens("The_DT Ruritania_NNP_Ruritania_ORGANIZATION -_HYPH_-_ORGANIZATION")
                .tokens("Osterlich_NNP_Osterlich_ORGANIZATION Commission_NNP_Commission_ORGANIZATION ended_VBD_end ._.");
        Map<String, EntityType> types = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .collect(Collectors.toMap(Entity::name, Entity::type));
        assertEquals(Map.of("Ruritania", EntityType.COUNTRY, "Osterlich", EntityType.COUNTRY), types);
    }

    @Test
    void aHyphenatedGivenNameStaysWholeAndItsFamilyNameComesFirst() {
        // Envoy Park Min-jun arrived . Park spoke .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Envoy_NNP Park_NNP_Park_PERSON Min_NNP_Min_PERSON ~-_HYPH_-_PERSON ~jun_NNP_jun_PERSON")
                .tokens("arrived_VBD_arrive ._. Park_NNP_Park_PERSON spoke_VBD_speak ._.");
        List<Entity> entities = new EntityExtractor(gazetteer).extract(d.document()).entities();
        assertEquals(1, entities.size(), entities.toString());
        assertEquals("Park Min-jun", entities.get(0).name());
        assertEquals(2, entities.get(0).mentions().size(), "the family name alone is the same person");
        assertEquals("Holt", Names.surname("Mara Holt"));
    }

    @Test
    void aPersonsNameLosesItsTitlesAlsoOfSeveralWordsOrInThePlural() {
        // Attorney General Ana Ruiz spoke . Senators Ivo Brandt and Lea Voss agreed .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Attorney_NNP General_NNP Ana_NNP_Ana_PERSON Ruiz_NNP_Ruiz_PERSON spoke_VBD_speak ._.")
                .tokens("Senators_NNPS_Senator_PERSON Ivo_NNP_Ivo_PERSON Brandt_NNP_Brandt_PERSON and_CC")
                .tokens("Lea_NNP_Lea_PERSON Voss_NNP_Voss_PERSON agreed_VBD_agree ._.");
        List<String> names = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .map(Entity::name).sorted().toList();
        assertEquals(List.of("Ana Ruiz", "Ivo Brandt", "Lea Voss"), names);
    }

    @Test
    void aFamilyNameAfterAParticleThatTheNerTaggedApartBelongsToTheName() {
        // Karl bin Anton arrived .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Karl_NNP_Karl_PERSON bin_NNP_bin Anton_NNP_Anton_PERSON arrived_VBD_arrive ._.");
        List<String> names = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .map(Entity::name).toList();
        assertEquals(List.of("Karl bin Anton"), names);
    }

    @Test
    void aPlaceRunFromANationalityThroughATitleIntoAFirstNameIsThePerson() {
        // Ruritanian Crown Prince Mark Adler visited Strelsau with the Ruritanian Marine Corps .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Ruritanian_JJ_Ruritanian_LOCATION Crown_NNP_Crown_LOCATION Prince_NNP_Prince_LOCATION")
                .tokens("Mark_NNP_Mark_LOCATION Adler_NNP_Adler_LOCATION visited_VBD_visit Strelsau_NNP_Strelsau_LOCATION")
                .tokens("with_IN the_DT Ruritanian_JJ_Ruritanian_ORGANIZATION Marine_NNP_Marine_ORGANIZATION")
                .tokens("Corps_NNP_Corps_ORGANIZATION ._.");
        Map<String, EntityType> types = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .collect(Collectors.toMap(Entity::name, Entity::type));
        assertEquals(EntityType.PERSON, types.get("Mark Adler"), types.toString());
        assertEquals(EntityType.COUNTRY, types.get("Ruritania"), types.toString());
        assertTrue(types.keySet().stream().noneMatch(n -> n.contains("Crown") || n.equals("Corps")), types.toString());
    }

    @Test
    void anOrganisationOpenedByAPersonsPossessiveIsThePersonAndTheOrganisation() {
        // Eva Lund spoke . Lund 's Unity Party and the People 's Action Party won .
        EventTestDocument d = new EventTestDocument("2025-06-12")
                .tokens("Eva_NNP_Eva_PERSON Lund_NNP_Lund_PERSON spoke_VBD_speak ._.")
                .tokens("Lund_NNP_Lund_ORGANIZATION ~'s_POS_'s_ORGANIZATION Unity_NNP_Unity_ORGANIZATION")
                .tokens("Party_NNP_Party_ORGANIZATION and_CC the_DT People_NNP_People_ORGANIZATION ~'s_POS_'s_ORGANIZATION")
                .tokens("Action_NNP_Action_ORGANIZATION Party_NNP_Party_ORGANIZATION won_VBD_win ._.");
        Map<String, Entity> byName = new EntityExtractor(gazetteer).extract(d.document()).entities().stream()
                .collect(Collectors.toMap(Entity::name, Function.identity()));
        assertEquals(List.of("Eva Lund", "People's Action Party", "Unity Party"), byName.keySet().stream().sorted().toList());
        assertEquals(EntityType.PERSON, byName.get("Eva Lund").type());
        assertEquals(2, byName.get("Eva Lund").mentions().size(), "the possessor is a mention of the person");
    }
}
