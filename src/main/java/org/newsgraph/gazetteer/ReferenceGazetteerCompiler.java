package org.newsgraph.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compiles the shared reference data (see its README) into the gazetteer TSV files committed under
 * {@code data/gazetteer/}. Every ID written comes from a reference file; entries are general
 * reference data, never picked for a particular article. Output is deterministic, so a test can
 * regenerate it and compare bytes.
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' org.newsgraph.gazetteer.ReferenceGazetteerCompiler
 * ../shared/reference data/gazetteer}; the countries' coordinates come from the world outline the
 * build puts on the classpath ({@link CountryOutlines}, so run {@code mvn package} first).
 */
public final class ReferenceGazetteerCompiler {

    static final String KBP_RESOURCE = "edu/stanford/nlp/models/kbp/english/gazetteers/regexner_caseless.tab";

    private final Path reference;
    private final GazetteerDraft draft = new GazetteerDraft();

    ReferenceGazetteerCompiler(Path reference) {
        this.reference = reference;
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: ReferenceGazetteerCompiler <reference-dir> <output-dir>");
            System.exit(2);
        }
        ReferenceGazetteerCompiler compiler = new ReferenceGazetteerCompiler(Path.of(args[0]));
        compiler.compile();
        compiler.write(Path.of(args[1]));
        compiler.warnings().forEach(w -> System.err.println("warning: " + w));
        System.err.printf("%d entries, %d roles%n", compiler.draft.entries().size(), compiler.draft.roles().size());
    }

    /** Reads every source, best first (the first source to create an entry names it). */
    void compile() {
        new PlaceSources(reference, draft).read();
        new PersonSources(reference, draft).read();
        new CoordinateSources(draft).read(reference, CountryOutlines.bundled());
    }

    /** What the compiler noticed about the reference data (unknown country IDs, unusable rows). */
    List<String> warnings() {
        return List.copyOf(draft.warnings);
    }

    // ---------------------------------------------------------------- output

    /** Job titles: CoreNLP's KBP TITLE list plus the role names above, lower case, without digits or '/'. */
    private Set<String> titles() {
        Set<String> titles = new TreeSet<>();
        for (List<String> line : ReferenceTable.classpathLines(KBP_RESOURCE)) {
            if (line.size() >= 2 && line.get(1).equals("TITLE")) {
                titles.add(line.get(0).toLowerCase(Locale.ROOT));
            }
        }
        draft.roles().forEach(r -> titles.add(r.roleName().toLowerCase(Locale.ROOT)));
        titles.removeIf(t -> t.matches(".*[0-9/].*") || Names.normalise(t).isEmpty());
        // The KBP list spells many titles twice ("wine-fermenter", "wine fermenter"); lookups
        // normalise hyphens to spaces, so one spelling per key is enough: the one with fewer hyphens.
        Map<String, String> byKey = new HashMap<>();
        for (String title : titles) {
            byKey.merge(Names.normalise(title), title, (a, b) -> hyphens(b) < hyphens(a) ? b : a);
        }
        return new TreeSet<>(byKey.values());
    }

    private static long hyphens(String text) {
        return text.chars().filter(c -> c == '-').count();
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        List<EntryDraft> entries = draft.entries();
        try (Writer w = Files.newBufferedWriter(out.resolve(TsvGazetteer.ENTITIES), StandardCharsets.UTF_8)) {
            header(w, "Known entities (countries, regions, capitals, first-level subdivisions, cities of 100,000+,"
                    + " landmarks, international organisations, heads of state and government, US Congress,"
                    + " US executive, foreign ministers, international officeholders).", ENTITY_SOURCES);
            w.write(String.join("\t", TsvGazetteer.ENTITY_COLUMNS) + "\n");
            for (EntryDraft e : entries) {
                w.write(String.join("\t", e.id == null ? "" : e.id, e.type.name(), nullToEmpty(e.subtype), e.name,
                        String.join("|", e.aliases), String.join("|", e.demonyms), e.strong ? "yes" : "no",
                        String.join("|", e.surnames), String.join("|", e.sources)) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve(TsvGazetteer.COORDINATES), StandardCharsets.UTF_8)) {
            header(w, "Where the places and countries of entities.tsv lie: latitude and longitude in decimal degrees"
                    + " (WGS 84). A place: its row of the cities file, when no other row shares its ID; a country:"
                    + " the area centroid of its largest polygon in the explorer's world outline ("
                    + CoordinateSources.OUTLINE_SOURCE + "), matched on the ISO 3166-1 numeric code.",
                    coordinateSources());
            w.write(String.join("\t", TsvGazetteer.COORDINATE_COLUMNS) + "\n");
            for (EntryDraft e : entries) {
                if (e.latitude != null) {
                    w.write(String.join("\t", e.id, e.latitude, e.longitude, e.coordinateSource) + "\n");
                }
            }
        }
        List<RoleRow> sortedRoles = draft.roles();
        try (Writer w = Files.newBufferedWriter(out.resolve(TsvGazetteer.ROLES), StandardCharsets.UTF_8)) {
            header(w, "Offices held by known persons; start/end are days (years from the world-leaders files"
                    + " become Jan 1 / Dec 31); an empty end means held as far as the source knows.", ROLE_SOURCES);
            w.write(String.join("\t", TsvGazetteer.ROLE_COLUMNS) + "\n");
            for (RoleRow r : sortedRoles) {
                w.write(String.join("\t", r.personId(), r.roleName(), nullToEmpty(r.ofId()),
                        r.start() == null ? "" : r.start().toString(), r.end() == null ? "" : r.end().toString(),
                        nullToEmpty(r.state()), nullToEmpty(r.party()), r.source()) + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve(TsvGazetteer.TITLES), StandardCharsets.UTF_8)) {
            header(w, "Job titles and offices, one lower-case phrase a line.", TITLE_SOURCES);
            for (String title : titles()) {
                w.write(title + "\n");
            }
        }
    }

    private static void header(Writer w, String what, List<String> sources) throws IOException {
        w.write("# " + what + "\n");
        w.write("# Generated by org.newsgraph.gazetteer.ReferenceGazetteerCompiler from ../shared/reference;"
                + " do not edit, regenerate (see README.md).\n");
        w.write("# Sources and licences:\n");
        for (String source : sources) {
            w.write("#   " + source + "\n");
        }
    }

    private static final String WIKIDATA = "Wikidata IDs wherever they come from: Wikidata, CC0 1.0";
    private static final String CONGRESS = "us-congress/*.tsv: unitedstates/congress-legislators, CC0 1.0"
            + " (us-cabinet: every-politician-scrapers/us-cabinet, Wikidata query output, CC0)";
    private static final String LEADERS = "world-leaders/*: every-politician-scrapers/world-leaders-2021 and /world,"
            + " Wikidata query output, CC0 1.0";
    private static final List<String> ENTITY_SOURCES = List.of(
            "countries/countries.tsv, countries/admin1.tsv, cities/cities-dr5hn-unverified.tsv:"
                    + " dr5hn/countries-states-cities-database and mledoze/countries, ODbL 1.0;"
                    + " this file is a derived database under ODbL 1.0",
            "countries/capitals.tsv: waldenn/conzept capital IDs (Wikidata facts, CC0) with dr5hn (ODbL 1.0)",
            "organizations/supranational-bodies.tsv: confirmordeny/supraverden, CC BY-SA 4.0",
            "organizations/landmarks-audiala-sample.tsv: audiala/open-data README sample, CC BY 4.0,"
                    + " Data by Audiala - audiala.com",
            CONGRESS, LEADERS,
            PlaceSources.DEMONYMS_RESOURCE + ": Stanford CoreNLP 4.5.10 models, GPL v3 or later",
            WIKIDATA);
    private static List<String> coordinateSources() {
        return List.of(CoordinateSources.CITIES + ": dr5hn/countries-states-cities-database, ODbL 1.0;"
                        + " this file is a derived database under ODbL 1.0",
                CoordinateSources.OUTLINE_SOURCE + ": npm " + CountryOutlines.bundledVersion()
                        + " (src/build/fetch-map-data.sh): Natural Earth 1:50m Admin 0 countries, public domain;"
                        + " world-atlas ISC licence",
                WIKIDATA);
    }

    private static final List<String> ROLE_SOURCES = List.of(CONGRESS, LEADERS, WIKIDATA);
    private static final List<String> TITLE_SOURCES = List.of(
            KBP_RESOURCE + " (column 2 = TITLE): Stanford CoreNLP 4.5.10 models, GPL v3 or later",
            "role names of roles.tsv, from " + CONGRESS + "; " + LEADERS);

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

}
