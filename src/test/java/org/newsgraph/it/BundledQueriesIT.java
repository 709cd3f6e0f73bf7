package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * Every bundled query has an expected result on the bundled data, kept in
 * src/test/resources/queries-expected/NAME.tsv (rows sorted, so the order of unordered results does
 * not matter). On a difference the actual rows are written to target/queries-actual/ to compare;
 * {@code -Dnewsgraph.updateExpected=true} writes the new rows to target/queries-expected-new/ and prints
 * what differs, without asserting; the expected files change only by hand after that diff is read.
 */
class BundledQueriesIT {
    /** Parameters the parameterised queries run with on the bundled data. */
    private static final Map<String, Map<String, String>> PARAMETERS = Map.of(
            "entity-profile", Map.of("entity", "Putin"),
            "articles-mentioning", Map.of("entity", "Zelensky"),
            "quotes-by-person", Map.of("person", "Trump"),
            "events-by-cameo-root", Map.of("root", "04"),
            "events-at-place", Map.of("place", "Istanbul"),
            "timeline", Map.of("actor", "Putin"));

    static Stream<CatalogueQuery> queries() {
        return QueryCatalogue.bundled().queries().stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("queries")
    void queryGivesItsExpectedResultOnTheBundledData(CatalogueQuery query) throws IOException {
        Map<String, String> params = new TreeMap<>(PARAMETERS.getOrDefault(query.name(), Map.of()));
        if (query.name().equals("event-record")) {
            params.put("event", firstEventIri());
        }
        List<String> actual;
        try (KnowledgeStore store = TdbKnowledgeStore.open(BundledData.store())) {
            actual = asLines(new QueryRunner(store).rows(query, params));
        }
        Path expectedFile = BundledData.home().resolve("src/test/resources/queries-expected/" + query.name() + ".tsv");
        List<String> expected = Files.exists(expectedFile) ? Files.readAllLines(expectedFile) : List.of();
        if (Boolean.getBoolean("newsgraph.updateExpected")) {
            // Never overwrite the reviewed rows: write the new ones beside them and print the difference,
            // to be read before they are copied over src/test/resources/queries-expected/.
            Path proposed = BundledData.home().resolve("target/queries-expected-new/" + query.name() + ".tsv");
            Files.createDirectories(proposed.getParent());
            Files.write(proposed, actual);
            System.out.println(difference(query.name(), expected, actual));
            return;
        }
        if (!expected.equals(actual)) {
            Path actualFile = BundledData.home().resolve("target/queries-actual/" + query.name() + ".tsv");
            Files.createDirectories(actualFile.getParent());
            Files.write(actualFile, actual);
        }
        assertEquals(expected, actual, "result of " + query.name() + " differs; actual rows in target/queries-actual/");
        assertFalse(actual.isEmpty(), query.name() + " returns nothing on the bundled data");
    }

    /**
     * {@code from} and {@code to} keep the events whose date overlaps the range at its own precision: a
     * day inside it, or a month that holds part of it; undated events go once a range is given.
     */
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"timeline", "who-met-whom", "events-by-cameo-root", "events-at-place", "sanctions"})
    void aDateRangeKeepsOnlyTheEventsDatedInIt(String name) {
        CatalogueQuery query = QueryCatalogue.bundled().get(name);
        Map<String, String> wide = new TreeMap<>(PARAMETERS.getOrDefault(name, Map.of()));
        wide.remove("place");
        wide.remove("actor");
        Map<String, String> range = new TreeMap<>(wide);
        range.put("from", "2025-03-15");
        range.put("to", "2025-05-19");
        try (KnowledgeStore store = TdbKnowledgeStore.open(BundledData.store())) {
            QueryRunner runner = new QueryRunner(store);
            List<Map<String, String>> all = runner.rows(query, wide);
            List<Map<String, String>> inRange = runner.rows(query, range);
            List<String> dates = inRange.stream().map(row -> row.get("date")).toList();
            for (String date : dates) {
                assertTrue(date != null && date.compareTo("2025-03") >= 0 && date.compareTo("2025-05-19") <= 0,
                        name + ": " + date + " is outside 2025-03-15..2025-05-19 at its own precision");
            }
            long expected = all.stream().map(row -> row.get("date"))
                    .filter(d -> d != null && d.compareTo("2025-03") >= 0 && d.compareTo("2025-05-19") <= 0).count();
            assertEquals(expected, inRange.size(), name + ": every row dated in the range, and only those");
            assertTrue(all.size() > inRange.size(), name + ": the range leaves some rows out");
        }
    }

    /** The rows only in the old expected result ("-") and only in the new one ("+"). */
    static String difference(String name, List<String> expected, List<String> actual) {
        StringBuilder out = new StringBuilder("== " + name + (expected.equals(actual) ? ": unchanged" : ":"));
        expected.stream().filter(r -> !actual.contains(r)).forEach(r -> out.append("\n- ").append(r));
        actual.stream().filter(r -> !expected.contains(r)).forEach(r -> out.append("\n+ ").append(r));
        return out.toString();
    }

    private static String firstEventIri() {
        try (KnowledgeStore store = TdbKnowledgeStore.open(BundledData.store())) {
            CatalogueQuery timeline = QueryCatalogue.bundled().get("timeline");
            List<Map<String, String>> rows = new QueryRunner(store).rows(timeline, Map.of());
            return rows.isEmpty() ? "https://w3id.org/newsgraph/id/event/none" : rows.get(0).values().stream()
                    .filter(v -> v.contains("/id/event/")).findFirst().orElse("none");
        }
    }

    private static List<String> asLines(List<Map<String, String>> rows) {
        List<String> lines = new ArrayList<>();
        for (Map<String, String> row : rows) {
            lines.add(String.join("\t", new TreeMap<>(row).entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).toList()));
        }
        lines.sort(null);
        return lines;
    }
}
