package org.newsgraph.gazetteer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.testdata.SharedData;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed gazetteer against the reference data it was compiled from: every Wikidata ID must
 * occur in a reference file next to a compatible name, and regenerating must give the same bytes.
 */
class GazetteerReferenceTest {

    private static final Pattern QID = Pattern.compile("\\bQ[1-9][0-9]*\\b");
    private static final List<String> GENERATED = List.of(TsvGazetteer.ENTITIES, TsvGazetteer.ROLES, TsvGazetteer.TITLES,
            TsvGazetteer.COORDINATES);

    private static Path reference;
    private static Path committed;
    /** Wikidata ID -> the reference lines that mention it, as word keys (see {@link #words}). */
    private static Map<String, List<String>> linesById;

    /** The reference data; see data/gazetteer/README.md. */
    static Path referenceDir() {
        return SharedData.referenceDir();
    }

    static Path committedDir() {
        return Path.of(System.getProperty("newsgraph.home", ".")).resolve("data/gazetteer");
    }

    @BeforeAll
    static void indexReference() throws IOException {
        reference = referenceDir();
        committed = committedDir();
        linesById = new HashMap<>();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(reference)) {
            files = walk.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().endsWith(".md")).toList();
        }
        for (Path file : files) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                Matcher m = QID.matcher(line);
                String key = null;
                while (m.find()) {
                    key = key == null ? words(line) : key;
                    linesById.computeIfAbsent(m.group(), k -> new ArrayList<>()).add(key);
                }
            }
        }
    }

    /** " word word " in normalised form, so a name can be searched as whole words. */
    private static String words(String text) {
        return " " + Names.normalise(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip() + " ";
    }

    @Test
    void everyEntityIdIsInTheReferenceWithACompatibleName() throws IOException {
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (String[] row : rows(TsvGazetteer.ENTITIES)) {
            String id = row[0];
            if (id.isEmpty()) {
                continue;
            }
            checked++;
            List<String> lines = linesById.get(id);
            if (lines == null) {
                problems.add(id + " (" + row[3] + "): in no reference file");
                continue;
            }
            List<String> spellings = new ArrayList<>(List.of(row[3]));
            if (!row[4].isEmpty()) {
                spellings.addAll(List.of(row[4].split("\\|")));
            }
            // Compatible: the last word of the name or of an alias stands next to the ID somewhere.
            boolean compatible = spellings.stream().map(s -> words(s).strip())
                    .filter(w -> !w.isEmpty())
                    .map(w -> " " + w.substring(w.lastIndexOf(' ') + 1) + " ")
                    .anyMatch(last -> lines.stream().anyMatch(l -> l.contains(last)));
            if (!compatible) {
                problems.add(id + " (" + row[3] + "): no reference line gives it this name");
            }
        }
        assertTrue(checked > 5000, "only " + checked + " entries with IDs");
        assertTrue(problems.isEmpty(), problems.size() + " problems, e.g. " + problems.subList(0, Math.min(20, problems.size())));
    }

    @Test
    void everyRoleIdIsInTheReference() throws IOException {
        List<String> problems = new ArrayList<>();
        for (String[] row : rows(TsvGazetteer.ROLES)) {
            for (String id : new String[] {row[0], row[2]}) {
                if (!id.isEmpty() && !linesById.containsKey(id)) {
                    problems.add(String.join(" ", row) + ": " + id + " in no reference file");
                }
            }
        }
        assertTrue(problems.isEmpty(), problems.size() + " problems, e.g. " + problems.subList(0, Math.min(20, problems.size())));
    }

    @Test
    void regeneratingGivesTheCommittedFiles(@TempDir Path out) throws IOException {
        ReferenceGazetteerCompiler compiler = new ReferenceGazetteerCompiler(reference);
        compiler.compile();
        compiler.write(out);
        // Where the world-leaders and foreign-ministers files name a country countries.tsv knows,
        // both must give the same ID for the same name (unknown countries are only warned about).
        List<String> disagreements = compiler.warnings().stream().filter(w -> w.contains("' here, '")).toList();
        assertTrue(disagreements.isEmpty(), "country IDs disagree: " + disagreements);
        for (String file : GENERATED) {
            assertArrayEquals(Files.readAllBytes(committed.resolve(file)), Files.readAllBytes(out.resolve(file)),
                    "data/gazetteer/" + file + " differs from what ReferenceGazetteerCompiler generates now;"
                            + " regenerate it (see data/gazetteer/README.md)");
        }
    }

    @Test
    void everyGeneratedFileNamesItsGeneratorAndLicences() throws IOException {
        for (String file : GENERATED) {
            String head = String.join("\n", Files.readAllLines(committed.resolve(file)).subList(0, 8));
            assertTrue(head.contains("ReferenceGazetteerCompiler"), file + ": header does not name its generator");
            assertTrue(head.contains("CC0") || head.contains("GPL"), file + ": header names no licence");
        }
        String entities = String.join("\n", Files.readAllLines(committed.resolve(TsvGazetteer.ENTITIES)).subList(0, 12));
        for (String licence : List.of("ODbL", "CC BY-SA", "CC0", "CC BY 4.0")) {
            assertTrue(entities.contains(licence), "entities.tsv header lacks " + licence);
        }
    }

    private static List<String[]> rows(String file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean header = true;
        for (String line : Files.readAllLines(committed.resolve(file), StandardCharsets.UTF_8)) {
            if (line.startsWith("#")) {
                continue;
            }
            if (header) {
                header = false;
                continue;
            }
            rows.add(line.split("\t", -1));
        }
        return rows;
    }
}
