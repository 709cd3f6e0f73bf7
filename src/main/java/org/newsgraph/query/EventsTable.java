package org.newsgraph.query;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.KnowledgeStore;

/**
 * The flat event table data people reach for first (as GDELT's): one row per event with its date,
 * CAMEO code and root, status, two principal actors with their Wikidata item and country, every
 * actor, the place with its coordinates, and one article and evidence sentence.
 *
 * <p>Actor 1 is the initiator when the text names one, else the first actor by name; actor 2 is the
 * target, else the first other actor by name. The evidence is a sentence from the earliest article
 * that reported the event, the first in the text that is not the headline.
 */
public final class EventsTable {
    public static final List<String> COLUMNS = List.of("event", "date", "cameo_code", "cameo_root",
            "cameo_root_name", "status", "label", "actor1_name", "actor1_wikidata", "actor1_country",
            "actor2_name", "actor2_wikidata", "actor2_country", "actors", "place_name", "place_wikidata",
            "place_lat", "place_long", "article", "article_url", "published", "evidence");

    private static final String FOLDER = "org/newsgraph/query/events-table/";

    private EventsTable() {
    }

    /** Column separators users can ask for. */
    public enum Layout {
        /** Tab-separated, a plain header; tabs and line breaks inside values become spaces. */
        TSV,
        /** RFC 4180: fields with a comma, quote or line break are quoted, quotes doubled. */
        CSV;

        @Override
        public String toString() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The rows, in date order (undated events last), each a list in {@link #COLUMNS} order. */
    public static List<List<String>> rows(KnowledgeStore store) {
        QueryRunner runner = new QueryRunner(store);
        List<Map<String, String>> events = runner.rows(query("events.rq"));
        Map<String, TreeSet<String>> actors = new HashMap<>();
        for (Map<String, String> row : runner.rows(query("actors.rq"))) {
            actors.computeIfAbsent(row.get("event"), e -> new TreeSet<>()).add(row.get("actor"));
        }
        Map<String, Map<String, String>> entities = new HashMap<>();
        for (Map<String, String> row : runner.rows(query("entities.rq"))) {
            entities.put(row.get("entity"), row);
        }
        Map<String, Map<String, String>> evidence = new HashMap<>();
        for (Map<String, String> row : runner.rows(query("evidence.rq"))) {
            evidence.merge(row.get("event"), row, (a, b) -> EVIDENCE_ORDER.compare(a, b) <= 0 ? a : b);
        }
        List<List<String>> table = new ArrayList<>();
        for (Map<String, String> event : events) {
            table.add(row(event, actors.getOrDefault(event.get("event"), new TreeSet<>()), entities,
                    evidence.getOrDefault(event.get("event"), Map.of())));
        }
        table.sort(Comparator.comparing((List<String> r) -> r.get(1).isEmpty() ? "~" : r.get(1))
                .thenComparing(r -> r.get(0)));
        return table;
    }

    /** Writes the header and the rows. */
    public static void write(List<List<String>> rows, Layout layout, OutputStream out) {
        PrintWriter writer = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        writer.print(line(COLUMNS, layout));
        for (List<String> row : rows) {
            writer.print(line(row, layout));
        }
        writer.flush();
    }

    private static String line(List<String> fields, Layout layout) {
        List<String> cells = fields.stream().map(f -> layout == Layout.TSV ? ResultFormat.tsvField(f) : csvField(f)).toList();
        return String.join(layout == Layout.TSV ? "\t" : ",", cells) + (layout == Layout.TSV ? "\n" : "\r\n");
    }

    private static String csvField(String value) {
        if (value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r")) {
            return "\"" + value.replace("\"", "\"\"") + "\"";
        }
        return value;
    }

    /** Earliest article first, then sentences that are not the headline, then by position in the text. */
    private static final Comparator<Map<String, String>> EVIDENCE_ORDER = Comparator
            .comparing((Map<String, String> e) -> e.getOrDefault("published", "~"))
            .thenComparing(e -> e.get("article"))
            .thenComparing(e -> e.get("text").equals(e.get("headline")))
            .thenComparingLong(e -> Long.parseLong(e.getOrDefault("begin", "0")));

    private static List<String> row(Map<String, String> event, TreeSet<String> actorIris,
                                    Map<String, Map<String, String>> entities, Map<String, String> evidence) {
        Comparator<String> byName = Comparator.comparing((String iri) -> name(entities, iri)).thenComparing(iri -> iri);
        List<String> actorsByName = actorIris.stream().sorted(byName).toList();
        String actor1 = event.containsKey("initiator") ? event.get("initiator")
                : actorsByName.isEmpty() ? null : actorsByName.get(0);
        String actor2 = event.containsKey("target") ? event.get("target")
                : actorsByName.stream().filter(a -> !a.equals(actor1)).findFirst().orElse(null);
        String code = event.getOrDefault("code", "");
        String root = code.length() >= 2 ? code.substring(0, 2) : "";
        String place = event.get("place");
        Map<String, String> placeInfo = place == null ? Map.of() : entities.getOrDefault(place, Map.of());
        List<String> row = new ArrayList<>(List.of(event.get("event"), event.getOrDefault("date", ""), code, root,
                root.isEmpty() ? "" : CameoNames.nameOf(root), localName(event.getOrDefault("status", "")),
                event.getOrDefault("label", "")));
        row.addAll(actorColumns(actor1, entities));
        row.addAll(actorColumns(actor2, entities));
        row.add(String.join("; ", actorsByName.stream().map(a -> name(entities, a)).toList()));
        row.add(place == null ? "" : name(entities, place));
        row.add(localName(placeInfo.getOrDefault("wikidata", "")));
        row.add(placeInfo.getOrDefault("lat", ""));
        row.add(placeInfo.getOrDefault("long", ""));
        row.add(evidence.getOrDefault("article", ""));
        row.add(evidence.getOrDefault("url", ""));
        row.add(evidence.getOrDefault("published", ""));
        row.add(evidence.getOrDefault("text", ""));
        return row;
    }

    private static List<String> actorColumns(String actor, Map<String, Map<String, String>> entities) {
        if (actor == null) {
            return List.of("", "", "");
        }
        Map<String, String> info = entities.getOrDefault(actor, Map.of());
        String country = info.getOrDefault("ownCountry", info.getOrDefault("currentCountry", info.get("formerCountry")));
        return List.of(name(entities, actor), localName(info.getOrDefault("wikidata", "")),
                country == null ? "" : country);
    }

    /** The entity's name; an entity without one (which SHACL forbids) shows its IRI rather than nothing. */
    private static String name(Map<String, Map<String, String>> entities, String iri) {
        Map<String, String> info = entities.get(iri);
        return info != null && info.containsKey("name") ? info.get("name") : iri;
    }

    /** {@code Q7747} from a Wikidata IRI, {@code Occurred} from {@code ng:Occurred}. */
    private static String localName(String iri) {
        int cut = Math.max(iri.lastIndexOf('/'), iri.lastIndexOf('#'));
        return iri.substring(cut + 1);
    }

    private static Query query(String file) {
        try (InputStream in = EventsTable.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new NewsgraphException(FOLDER + file + ": not on the classpath; rebuild with mvn package");
            }
            return QueryFactory.create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
