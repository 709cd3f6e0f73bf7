package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.jena.query.Query;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Iris;
import org.newsgraph.store.TdbKnowledgeStore;
import org.newsgraph.testdata.SampleExtractions;

/** Every bundled query has a header, parses, runs on the sample store and, where predictable, returns the expected rows. */
class QueryCatalogueTest {
    private static final Set<String> EXPECTED_QUERIES = Set.of("entities-by-type", "people-and-roles", "entity-profile",
            "articles-mentioning", "co-mentions", "who-met-whom", "timeline", "events-by-cameo-root", "events-at-place",
            "quotes-by-person", "sanctions", "event-record");

    /** Values for the required parameters, each matching something in the sample store. */
    private static final Map<String, String> SAMPLE_VALUES = Map.of("entity", "Ola Berg", "event", "Geneva meeting");

    @TempDir
    static Path dir;

    private static TdbKnowledgeStore store;
    private static QueryRunner runner;
    private static final QueryCatalogue catalogue = QueryCatalogue.bundled();

    @BeforeAll
    static void fillStore() {
        store = SampleExtractions.store(dir.resolve("tdb"));
        runner = new QueryRunner(store);
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    static Stream<CatalogueQuery> bundledQueries() {
        return catalogue.queries().stream();
    }

    @Test
    void catalogueHoldsTheDocumentedQueries() {
        assertEquals(EXPECTED_QUERIES, catalogue.queries().stream().map(CatalogueQuery::name).collect(Collectors.toSet()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("bundledQueries")
    void everyQueryHasAHeaderParsesAndRuns(CatalogueQuery query) {
        assertFalse(query.title().isBlank());
        assertFalse(query.description().isBlank(), "description of " + query.name());
        Map<String, String> values = new HashMap<>();
        for (QueryParameter parameter : query.parameters()) {
            assertTrue(query.sparql().contains("?" + parameter.name()), query.name() + " never uses ?" + parameter.name());
            assertFalse(parameter.meaning().isBlank());
            if (parameter.required()) {
                values.put(parameter.name(), SAMPLE_VALUES.get(parameter.name()));
            }
        }
        Query bound = query.bind(values);
        assertTrue(bound.isSelectType());
        assertFalse(runner.rows(query, values).isEmpty(), query.name() + " found nothing in the sample store");
    }

    @ParameterizedTest
    @EnumSource(ResultFormat.class)
    void everyResultFormatPrintsTheRows(ResultFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        runner.run(catalogue.get("quotes-by-person"), Map.of(), format, out);
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("We have a lot of work ahead of us"), format::name);
    }

    @Test
    void headersAreParsedIntoTitleDescriptionAndParameters() {
        CatalogueQuery profile = catalogue.get("entity-profile");
        assertEquals("Entity profile", profile.title());
        assertEquals(1, profile.parameters().size());
        assertTrue(profile.parameters().get(0).required());
        CatalogueQuery byRoot = catalogue.get("events-by-cameo-root");
        assertEquals("04", byRoot.parameters().get(0).defaultValue());
        QueryParameter actor = catalogue.get("timeline").parameters().get(0);
        assertTrue(actor.optional());
        assertNull(actor.defaultValue());
    }

    @Test
    void quotesByPersonFindsTheQuoteByAlias() {
        List<Map<String, String>> rows = runner.rows(catalogue.get("quotes-by-person"), Map.of("person", "ruiz"));
        assertEquals(1, rows.size());
        assertEquals(SampleExtractions.QUOTE, rows.get(0).get("text"));
        assertEquals("Ana Ruiz", rows.get(0).get("speakerName"));
        assertTrue(rows.get(0).get("evidence").contains("Ruiz told reporters"));
        assertEquals(List.of(), runner.rows(catalogue.get("quotes-by-person"), Map.of("person", "Ola Berg")));
    }

    @Test
    void whoMetWhomReturnsThePhoneCallOnceAndThePlannedMeeting() {
        List<Map<String, String>> rows = runner.rows(catalogue.get("who-met-whom"), Map.of());
        assertEquals(2, rows.size(), rows::toString);
        Map<String, String> call = rows.get(0);
        assertEquals("041", call.get("code"));
        assertEquals("2025-05-19", call.get("date"));
        assertEquals(Set.of("Ana Ruiz", "Ola Berg"), Set.of(call.get("aName"), call.get("bName")));
        assertEquals("Occurred", call.get("statusName"));
        Map<String, String> meeting = rows.get(1);
        assertEquals("044", meeting.get("code"));
        assertEquals("Geneva", meeting.get("placeName"));
        assertEquals(1, runner.rows(catalogue.get("who-met-whom"), Map.of("status", "occurred")).size());
        assertEquals(1, runner.rows(catalogue.get("who-met-whom"), Map.of("status", "ng:Planned")).size());
    }

    @Test
    void sanctionsNamesWhoThreatenedWhom() {
        List<Map<String, String>> rows = runner.rows(catalogue.get("sanctions"), Map.of());
        assertEquals(1, rows.size());
        assertEquals("1312", rows.get(0).get("code"));
        assertEquals("Norway", rows.get(0).get("initiatorName"));
        assertEquals("Arctic Freight", rows.get(0).get("targetName"));
        assertEquals("Threatened", rows.get(0).get("statusName"));
    }

    @Test
    void timelineIsInDateOrderAndFiltersByActor() {
        List<Map<String, String>> all = runner.rows(catalogue.get("timeline"), Map.of());
        assertEquals(List.of("041", "044", "1312"), all.stream().map(r -> r.get("code")).toList());
        List<Map<String, String>> norway = runner.rows(catalogue.get("timeline"), Map.of("actor", "wd:Q20"));
        assertEquals(List.of("1312"), norway.stream().map(r -> r.get("code")).toList());
        List<Map<String, String>> byIri = runner.rows(catalogue.get("timeline"), Map.of("actor", Iris.entity("person/ana-ruiz")));
        assertEquals(2, byIri.size());
    }

    @Test
    void eventsByCameoRootAndAtPlace() {
        assertEquals(2, runner.rows(catalogue.get("events-by-cameo-root"), Map.of()).size());
        List<Map<String, String>> threats = runner.rows(catalogue.get("events-by-cameo-root"), Map.of("root", "13"));
        assertEquals(1, threats.size());
        assertEquals("https://w3id.org/newsgraph/ontology#ThreatenWithSanctions", threats.get(0).get("class"));
        List<Map<String, String>> geneva = runner.rows(catalogue.get("events-at-place"), Map.of("place", "geneva"));
        assertEquals(1, geneva.size());
        assertEquals("Geneva meeting", geneva.get(0).get("label"));
        assertEquals(List.of(), runner.rows(catalogue.get("events-at-place"), Map.of("place", "Oslo")));
    }

    @Test
    void entityProfileGivesNamesRolesAndMentionSentences() {
        List<Map<String, String>> rows = runner.rows(catalogue.get("entity-profile"), Map.of("entity", "BERG"));
        assertTrue(rows.contains(Map.of("e", Iris.entity("person/ola-berg"), "field", "name", "value", "Ola Berg")), rows::toString);
        assertTrue(rows.stream().anyMatch(r -> "role".equals(r.get("field")) && "Foreign Minister of Norway".equals(r.get("value"))));
        assertTrue(rows.stream().anyMatch(r -> "mention".equals(r.get("field")) && "Berg".equals(r.get("value"))
                && r.get("evidence").equals("The two agreed to meet in Geneva in June, Berg said.")));
        assertEquals(3, rows.stream().filter(r -> "mention".equals(r.get("field"))).count(), "two in one article, one in the other");
    }

    @Test
    void articlesMentioningAndEntitiesByType() {
        List<Map<String, String>> articles = runner.rows(catalogue.get("articles-mentioning"), Map.of("entity", "wd:Q20"));
        assertEquals(List.of(SampleExtractions.FOLLOW_UP_HEADLINE, SampleExtractions.HEADLINE),
                articles.stream().map(r -> r.get("headline")).toList());
        assertEquals("3", articles.get(1).get("mentions"));
        List<Map<String, String>> countries = runner.rows(catalogue.get("entities-by-type"), Map.of("class", "Country"));
        assertEquals(List.of("Norway", "Chile"), countries.stream().map(r -> r.get("name")).toList());
        assertEquals("4", countries.get(0).get("mentions"));
    }

    @Test
    void peopleAndRolesAndCoMentions() {
        List<Map<String, String>> people = runner.rows(catalogue.get("people-and-roles"), Map.of());
        assertEquals(List.of("Ana Ruiz", "Ola Berg"), people.stream().map(r -> r.get("name")).toList());
        assertEquals("President", people.get(0).get("roleName"));
        assertEquals("Chile", people.get(0).get("ofName"));
        List<Map<String, String>> pairs = runner.rows(catalogue.get("co-mentions"), Map.of());
        Map<String, String> top = pairs.get(0);
        assertEquals(Set.of("Ana Ruiz", "Ola Berg"), Set.of(top.get("aName"), top.get("bName")));
        assertEquals("2", top.get("articles"));
        assertEquals("2", top.get("sentences"));
    }

    @Test
    void eventRecordByLabelListsActorsAndEvidence() {
        List<Map<String, String>> rows = runner.rows(catalogue.get("event-record"), Map.of("event", "berg-ruiz PHONE call"));
        assertTrue(rows.stream().anyMatch(r -> "initiator".equals(r.get("field")) && "Ola Berg".equals(r.get("valueName"))));
        List<String> evidence = rows.stream().filter(r -> "evidence".equals(r.get("field"))).map(r -> r.get("evidence")).sorted().toList();
        assertEquals(List.of(SampleExtractions.S1, SampleExtractions.F1).stream().sorted().toList(), evidence);
    }

    @Test
    void parameterValuesAreTypedAndChecked() {
        assertEquals(Iris.entity("Q20"), CatalogueQuery.asIri("ngr:entity/Q20"));
        assertEquals("http://www.wikidata.org/entity/Q20", CatalogueQuery.asIri("wd:Q20"));
        assertNull(CatalogueQuery.asIri("Vladimir Putin"));
        assertNull(CatalogueQuery.asIri("04"));
        CatalogueQuery profile = catalogue.get("entity-profile");
        NewsgraphException missing = assertThrows(NewsgraphException.class, () -> profile.bind(Map.of()));
        assertTrue(missing.getMessage().contains("entity"), missing.getMessage());
        NewsgraphException unknown = assertThrows(NewsgraphException.class, () -> profile.bind(Map.of("person", "x")));
        assertTrue(unknown.getMessage().contains("person"), unknown.getMessage());
        // a quote in a value cannot break out of the string literal
        assertTrue(runner.rows(profile, Map.of("entity", "x\" } DROP ALL #")).isEmpty());
    }

    @Test
    void aDirectoryCatalogueAndItsErrors(@TempDir Path queries) throws IOException {
        Files.writeString(queries.resolve("count.rq"), """
                # title: Count
                # description: How many quads.
                # param: limit — unused here (default "10")
                SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }
                """);
        QueryCatalogue fromDir = QueryCatalogue.fromDirectory(queries);
        assertEquals("10", fromDir.get("count").parameters().get(0).defaultValue());
        NewsgraphException noSuch = assertThrows(NewsgraphException.class, () -> fromDir.get("nope"));
        assertTrue(noSuch.getMessage().contains("count"));
        Files.writeString(queries.resolve("bad.rq"), "SELECT * { ?s ?p ?o }\n");
        NewsgraphException noTitle = assertThrows(NewsgraphException.class, () -> QueryCatalogue.fromDirectory(queries));
        assertTrue(noTitle.getMessage().contains("bad.rq"), noTitle.getMessage());
    }
}
