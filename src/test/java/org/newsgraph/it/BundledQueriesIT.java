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
