package org.newsgraph.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Coordinates;
import org.newsgraph.model.EntityType;

/**
 * The gazetteer read from the TSV files {@link ReferenceGazetteerCompiler} writes. Immutable once
 * built, so lookups are thread-safe without locks. {@link #personsBySurname} uses the
 * {@code surnames} column: the last word of each person's name (without "Jr."; none for monarchs'
 * styled names such as "Harald V of Norway") and the Congress files' {@code last} column.
 */
public final class TsvGazetteer implements Gazetteer {

    static final String ENTITIES = "entities.tsv";
    static final String ROLES = "roles.tsv";
    static final String TITLES = "titles.tsv";
    static final String COORDINATES = "coordinates.tsv";
    static final List<String> ENTITY_COLUMNS =
            List.of("id", "type", "subtype", "name", "aliases", "demonyms", "strong", "surnames", "source");
    static final List<String> COORDINATE_COLUMNS = List.of("id", "latitude", "longitude", "source");
    static final List<String> ROLE_COLUMNS =
            List.of("person_id", "role", "of_id", "start", "end", "state", "party", "source");
    private static final String CLASSPATH_FOLDER = "org/newsgraph/gazetteer/";

    private final Map<String, List<GazetteerEntry>> byName;
    private final Map<String, GazetteerEntry> byDemonym;
    private final Map<String, GazetteerEntry> byId;
    private final Map<String, List<GazetteerEntry>> bySurname;
    private final Map<String, List<KnownRole>> roles;
    private final Set<String> titles;
    private final int maxNameTokens;
    private final int size;

    private TsvGazetteer(List<GazetteerEntry> entries, Map<GazetteerEntry, List<String>> surnames,
                         List<KnownRole> knownRoles, Set<String> titleKeys) {
        Map<String, List<GazetteerEntry>> names = new HashMap<>();
        Map<String, List<GazetteerEntry>> demonyms = new HashMap<>();
        Map<String, GazetteerEntry> ids = new HashMap<>();
        Map<String, List<GazetteerEntry>> families = new HashMap<>();
        int longest = 0;
        for (GazetteerEntry e : entries) {
            if (e.id() != null) {
                ids.put(e.id(), e);
            }
            Set<String> keys = new LinkedHashSet<>();
            keys.add(Names.normalise(e.name()));
            e.aliases().forEach(a -> keys.add(Names.normalise(a)));
            for (String key : keys) {
                names.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                longest = Math.max(longest, Names.keyTokenCount(key));
            }
            Set<String> demonymKeys = new HashSet<>();
            e.demonyms().forEach(d -> demonymKeys.add(Names.normalise(d)));
            demonymKeys.forEach(d -> demonyms.computeIfAbsent(d, k -> new ArrayList<>()).add(e));
            if (e.type() == EntityType.PERSON) {
                Set<String> familyKeys = new HashSet<>();
                surnames.getOrDefault(e, List.of()).forEach(s -> familyKeys.add(Names.normalise(s)));
                familyKeys.forEach(s -> families.computeIfAbsent(s, k -> new ArrayList<>()).add(e));
            }
        }
        for (String title : titleKeys) {
            longest = Math.max(longest, Names.keyTokenCount(title));
        }
        Map<String, GazetteerEntry> demonymOwner = new HashMap<>();
        demonyms.forEach((key, owners) -> {
            // A country wins over a region; between two countries ("Koreans") no answer beats a wrong one.
            List<GazetteerEntry> countries = owners.stream().filter(o -> o.type() == EntityType.COUNTRY).toList();
            List<GazetteerEntry> candidates = countries.isEmpty() ? owners : countries;
            if (candidates.size() == 1) {
                demonymOwner.put(key, candidates.get(0));
            }
        });
        Map<String, List<KnownRole>> rolesByPerson = new HashMap<>();
        knownRoles.forEach(r -> rolesByPerson.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r));
        this.byName = freeze(names);
        this.byDemonym = Map.copyOf(demonymOwner);
        this.byId = Map.copyOf(ids);
        this.bySurname = freeze(families);
        this.roles = freeze(rolesByPerson);
        this.titles = Set.copyOf(titleKeys);
        this.maxNameTokens = longest;
        this.size = entries.size();
    }

    /** The gazetteer bundled on the classpath ({@code data/gazetteer} in the repository). */
    public static TsvGazetteer loadDefault() {
        return load(name -> TsvGazetteer.class.getClassLoader().getResourceAsStream(CLASSPATH_FOLDER + name),
                "classpath:" + CLASSPATH_FOLDER);
    }

    /** The gazetteer in {@code dir} (entities.tsv, coordinates.tsv, roles.tsv, titles.tsv). */
    public static TsvGazetteer load(Path dir) {
        return load(name -> {
            try {
                return Files.newInputStream(dir.resolve(name));
            } catch (IOException e) {
                return null;
            }
        }, dir + "/");
    }

    private interface Opener {
        InputStream open(String name) throws IOException;
    }

    private static TsvGazetteer load(Opener opener, String where) {
        // Optional: a gazetteer folder written before coordinates existed (or by hand) still loads,
        // its places simply have no coordinates.
        Map<String, Coordinates> coordinates = new HashMap<>();
        if (exists(opener, COORDINATES)) {
            readTable(opener, where, COORDINATES, COORDINATE_COLUMNS, (cells, location) ->
                    coordinates.put(cells[0], coordinates(cells[1], cells[2], location)));
        }
        List<GazetteerEntry> entries = new ArrayList<>();
        // Identity, not equals: hashing a record hashes all its lists, which is slow for 10,000 entries.
        Map<GazetteerEntry, List<String>> surnames = new IdentityHashMap<>();
        readTable(opener, where, ENTITIES, ENTITY_COLUMNS, (cells, location) -> {
            GazetteerEntry entry = new GazetteerEntry(emptyToNull(cells[0]), type(cells[1], location),
                    emptyToNull(cells[2]), cells[3], pipe(cells[4]), pipe(cells[5]), cells[6].equals("yes"), cells[8],
                    coordinates.get(cells[0]));
            entries.add(entry);
            if (!cells[7].isEmpty()) {
                surnames.put(entry, pipe(cells[7]));
            }
        });
        List<KnownRole> roles = new ArrayList<>();
        readTable(opener, where, ROLES, ROLE_COLUMNS, (cells, location) -> roles.add(new KnownRole(cells[0], cells[1],
                emptyToNull(cells[2]), date(cells[3], location), date(cells[4], location), cells[7])));
        Set<String> titles = new HashSet<>();
        forEachLine(opener, where, TITLES, (line, location) -> {
            if (!line.startsWith("#") && !line.isBlank()) {
                titles.add(Names.normalise(line));
            }
        });
        return new TsvGazetteer(entries, surnames, roles, titles);
    }

    private interface RowConsumer {
        void accept(String[] cells, String location);
    }

    private interface LineConsumer {
        void accept(String line, String location);
    }

    private static void readTable(Opener opener, String where, String file, List<String> columns, RowConsumer rows) {
        boolean[] headerSeen = {false};
        forEachLine(opener, where, file, (line, location) -> {
            if (line.startsWith("#") || line.isEmpty()) {
                return;
            }
            String[] cells = line.split("\t", -1);
            if (!headerSeen[0]) {
                if (!Arrays.asList(cells).equals(columns)) {
                    throw new NewsgraphException(location + ": expected the header " + String.join(",", columns));
                }
                headerSeen[0] = true;
            } else if (cells.length != columns.size()) {
                throw new NewsgraphException(location + ": " + cells.length + " columns, expected " + columns.size());
            } else {
                rows.accept(cells, location);
            }
        });
    }

    private static boolean exists(Opener opener, String file) {
        try (InputStream in = opener.open(file)) {
            return in != null;
        } catch (IOException e) {
            return false;
        }
    }

    private static void forEachLine(Opener opener, String where, String file, LineConsumer lines) {
        try (InputStream in = opener.open(file)) {
            if (in == null) {
                throw new NewsgraphException(where + file + ": gazetteer file missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16);
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                lines.accept(line, where + file + ":" + number);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(where + file, e);
        }
    }

    @Override
    public List<GazetteerEntry> byName(String surface) {
        return byName.getOrDefault(Names.normalise(surface), List.of());
    }

    @Override
    public Optional<GazetteerEntry> byDemonym(String word) {
        return Optional.ofNullable(byDemonym.get(Names.normalise(word)));
    }

    @Override
    public Optional<GazetteerEntry> byId(String wikidataId) {
        return Optional.ofNullable(wikidataId == null ? null : byId.get(wikidataId));
    }

    @Override
    public List<GazetteerEntry> personsBySurname(String surname) {
        return bySurname.getOrDefault(Names.normalise(surname), List.of());
    }

    @Override
    public List<KnownRole> rolesOf(String personId) {
        return personId == null ? List.of() : roles.getOrDefault(personId, List.of());
    }

    @Override
    public boolean isTitle(String phrase) {
        return titles.contains(Names.normalise(phrase));
    }

    @Override
    public int maxNameTokens() {
        return maxNameTokens;
    }

    /** Number of entries, for reports. */
    public int size() {
        return size;
    }

    private static <V> Map<String, List<V>> freeze(Map<String, List<V>> map) {
        Map<String, List<V>> frozen = new HashMap<>(map.size() * 2);
        map.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }

    private static List<String> pipe(String cell) {
        return cell.isEmpty() ? List.of() : List.of(cell.split("\\|"));
    }

    private static String emptyToNull(String s) {
        return s.isEmpty() ? null : s;
    }

    private static EntityType type(String value, String location) {
        try {
            return EntityType.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw new NewsgraphException(location + ": unknown entity type '" + value + "'");
        }
    }

    private static Coordinates coordinates(String latitude, String longitude, String location) {
        try {
            return new Coordinates(Double.parseDouble(latitude), Double.parseDouble(longitude));
        } catch (IllegalArgumentException e) {
            throw new NewsgraphException(location + ": '" + latitude + "', '" + longitude + "' are not coordinates");
        }
    }

    private static LocalDate date(String value, String location) {
        try {
            return value.isEmpty() ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new NewsgraphException(location + ": '" + value + "' is not a date");
        }
    }
}
