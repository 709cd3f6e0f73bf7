package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

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
import org.newsgraph.query.CatalogueQuery;
import org.newsgraph.query.QueryCatalogue;
import org.newsgraph.query.QueryRunner;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * Every bundled query has an expected result on the bundled data, kept in
 * src/test/resources/queries-expected/NAME.tsv (rows sorted, so the order of unordered results does
 * not matter). On a difference the actual rows are written to target/queries-actual/ to compare;
 * {@code -Dnewsgraph.updateExpected=true} rewrites the expected files after a reviewed change.
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
        if (Boolean.getBoolean("newsgraph.updateExpected")) {
            Files.createDirectories(expectedFile.getParent());
            Files.write(expectedFile, actual);
        }
        List<String> expected = Files.readAllLines(expectedFile);
        if (!expected.equals(actual)) {
            Path actualFile = BundledData.home().resolve("target/queries-actual/" + query.name() + ".tsv");
            Files.createDirectories(actualFile.getParent());
            Files.write(actualFile, actual);
        }
        assertEquals(expected, actual, "result of " + query.name() + " differs; actual rows in target/queries-actual/");
        assertFalse(actual.isEmpty(), query.name() + " returns nothing on the bundled data");
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
