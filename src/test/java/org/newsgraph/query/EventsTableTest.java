package org.newsgraph.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.TdbKnowledgeStore;
import org.newsgraph.testdata.SampleExtractions;

/** The flat event table and the plain result formats, on the invented sample articles in a real TDB2 store. */
class EventsTableTest {
    @TempDir
    static Path dir;

    private static TdbKnowledgeStore store;

    @BeforeAll
    static void fillStore() {
        store = SampleExtractions.store(dir.resolve("tdb"));
    }

    @AfterAll
    static void closeStore() {
        store.close();
    }

    /** Reads TSV the plain way a data tool does: split lines on \n, fields on \t, header first. */
    private static List<Map<String, String>> parseTsv(String text) {
        List<String> lines = text.lines().toList();
        List<String> header = List.of(lines.get(0).split("\t", -1));
        return lines.subList(1, lines.size()).stream().map(line -> {
            String[] fields = line.split("\t", -1);
            assertEquals(header.size(), fields.length, "fields in: " + line);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < fields.length; i++) {
                row.put(header.get(i), fields[i]);
            }
            return row;
        }).toList();
    }

    @Test
    void eventsTsvHasTheStatedColumnsAndOneRowPerEvent() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventsTable.write(EventsTable.rows(store), EventsTable.Layout.TSV, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertEquals(String.join("\t", EventsTable.COLUMNS), text.lines().findFirst().orElseThrow());
        List<Map<String, String>> rows = parseTsv(text);
        assertEquals(3, rows.size(), text);

        Map<String, String> call = withCode(rows, "041");
        assertEquals("2025-05-19", call.get("date"));
        assertEquals("04", call.get("cameo_root"));
        assertEquals("consult", call.get("cameo_root_name"));
        assertEquals("Occurred", call.get("status"));
        assertEquals("Ola Berg", call.get("actor1_name"));
        assertEquals("Norway", call.get("actor1_country"));
        assertEquals("Ana Ruiz", call.get("actor2_name"));
        assertEquals("Chile", call.get("actor2_country"));
        assertEquals("Ana Ruiz; Ola Berg", call.get("actors"));
        // Read by two articles: the evidence comes from the earlier one, with its URL.
        assertEquals(SampleExtractions.S1, call.get("evidence"));
        assertEquals("https://news.example.org/2025/05/22/norway-chile-call", call.get("article_url"));

        Map<String, String> meeting = withCode(rows, "044");
        assertEquals("Geneva", meeting.get("place_name"));
        assertEquals("Q71", meeting.get("place_wikidata"));
        assertEquals("12.5", meeting.get("place_lat"));
        assertEquals("-7.25", meeting.get("place_long"));
        assertEquals("", call.get("place_lat"), "an event without a place has no coordinates");
        assertEquals("Planned", meeting.get("status"));

        Map<String, String> threat = withCode(rows, "1312");
        assertEquals("", threat.get("date"));
        assertEquals("13", threat.get("cameo_root"));
        assertEquals("Norway", threat.get("actor1_name"));
        assertEquals("Q20", threat.get("actor1_wikidata"));
        assertEquals("Norway", threat.get("actor1_country"));
        assertEquals("Arctic Freight", threat.get("actor2_name"));
        assertEquals(rows.get(rows.size() - 1), threat, "undated events come last");
    }

    private static Map<String, String> withCode(List<Map<String, String>> rows, String code) {
        return rows.stream().filter(r -> r.get("cameo_code").equals(code)).findFirst().orElseThrow();
    }

    @Test
    void eventsCsvQuotesFieldsWithCommas() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        EventsTable.write(EventsTable.rows(store), EventsTable.Layout.CSV, out);
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith(String.join(",", EventsTable.COLUMNS) + "\r\n"), text);
        // The meeting's evidence sentence holds a comma, so it is quoted.
        assertTrue(text.contains("\"" + SampleExtractions.S2 + "\""), text);
    }

    @Test
    void plainTsvHasABareHeaderAndBareValues() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryCatalogue.bundled().get("timeline"), Map.of(), ResultFormat.TSV, out);
        String text = out.toString(StandardCharsets.UTF_8);
        String header = text.lines().findFirst().orElseThrow();
        assertTrue(header.startsWith("date\t"), header);
        assertTrue(!text.contains("?") && !text.contains("^^") && !text.contains("<http"), text);
        List<Map<String, String>> rows = parseTsv(text);
        assertTrue(rows.stream().anyMatch(r -> r.get("date").equals("2025-06")), text);
    }

    @Test
    void jsonIsAnArrayOfRecordsWithNumbersAsNumbers() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new QueryRunner(store).run(QueryCatalogue.bundled().get("entities-by-type"), Map.of(), ResultFormat.JSON, out);
        List<Map<String, Object>> records = new ObjectMapper().readValue(out.toByteArray(), new TypeReference<>() { });
        Map<String, Object> berg = records.stream().filter(r -> "Ola Berg".equals(r.get("name"))).findFirst().orElseThrow();
        assertTrue(berg.get("mentions") instanceof Number, berg::toString);
        assertEquals("https://w3id.org/newsgraph/id/entity/person/ola-berg", berg.get("entity"));
        assertTrue(records.stream().allMatch(r -> r.keySet().equals(berg.keySet())), "every record has every column");
    }
}
