package org.newsgraph.extract.events;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.NewsgraphException;

/**
 * Compiles the PETRARCH2 CAMEO dictionaries ({@code ../shared/reference/cameo}, MIT) into the
 * resource files the event coder reads: lower-case lemmas, one row per verb, pattern, synset phrase,
 * agent and discard, with the MIT notice in each header. Irregular forms are dropped (we match
 * lemmas). Output is deterministic, so a test regenerates it and compares bytes.
 *
 * <p>Usage: {@code java -cp 'target/classes:target/lib/*' org.newsgraph.extract.events.CameoDictionaryCompiler
 * ../shared/reference/cameo src/main/resources/org/newsgraph/extract/events}
 */
public final class CameoDictionaryCompiler {
    static final List<String> OUTPUTS = List.of("cameo-verbs.tsv", "cameo-patterns.tsv", "cameo-synsets.tsv",
            "cameo-agents.tsv", "cameo-discards.tsv");

    private static final Pattern BLOCK = Pattern.compile("^---\\s+(.+?)\\s+\\[([^\\]]*)\\]\\s+---");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern AGENT = Pattern.compile("^(.+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]]+)\\]");

    private final Path reference;
    private final Map<String, List<String>> rows = new LinkedHashMap<>();

    CameoDictionaryCompiler(Path reference) {
        this.reference = reference;
        OUTPUTS.forEach(o -> rows.put(o, new ArrayList<>()));
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CameoDictionaryCompiler <cameo-reference-dir> <output-dir>");
            System.exit(2);
        }
        CameoDictionaryCompiler compiler = new CameoDictionaryCompiler(Path.of(args[0]));
        compiler.compile();
        compiler.write(Path.of(args[1]));
    }

    void compile() throws IOException {
        readVerbs(reference.resolve("CAMEO.2.0.txt"));
        readAgents(reference.resolve("Phoenix.agents.txt"));
        readDiscards(reference.resolve("Phoenix.discards.txt"));
    }

    /** Synsets ({@code &NAME} then {@code +PHRASE} lines), then verb blocks with their patterns. */
    private void readVerbs(Path file) throws IOException {
        String synset = null;
        String block = null;
        String blockCode = null;
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = stripComment(raw).strip();
            if (line.isEmpty() || line.startsWith("~")) {
                continue; // "~" lines are PETRARCH's verb-combination rules, not dictionary entries
            }
            Matcher b = BLOCK.matcher(raw);
            if (b.find()) {
                block = words(b.group(1));
                blockCode = code(b.group(2));
                synset = null;
            } else if (block == null && line.startsWith("&")) {
                synset = line.toLowerCase(Locale.ROOT).replaceAll("_$", "");
            } else if (block == null && line.startsWith("+") && synset != null) {
                rows.get("cameo-synsets.tsv").add(synset + "\t" + words(line.substring(1)));
            } else if (block != null && line.startsWith("-")) {
                Matcher c = CODE.matcher(line);
                int at = line.lastIndexOf('[');
                if (at < 0 || !c.find(at)) {
                    continue;
                }
                String pattern = line.substring(1, at).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
                rows.get("cameo-patterns.tsv").add(block + "\t" + pattern + "\t" + code(c.group(1)));
            } else if (block != null) {
                String entry = line.replaceAll("\\{[^}]*\\}", " ").strip();
                Matcher c = CODE.matcher(entry);
                String code = c.find() ? code(c.group(1)) : blockCode;
                String phrase = entry.replaceAll("\\[[^\\]]*\\]", "").strip();
                if (phrase.isEmpty()) {
                    continue;
                }
                // "+CALL_OFF": the verb is the word after '+' ("call"), the rest is its particle.
                String head = phrase.contains("+") ? phrase.substring(phrase.indexOf('+') + 1).split("_")[0] : phrase;
                rows.get("cameo-verbs.tsv").add(block + "\t" + words(head) + "\t" + words(phrase.replace("+", ""))
                        + "\t" + code);
            }
        }
    }

    /** {@code PHRASE {PLURAL} [~CODE]} with {@code !PERSON!}-style substitution sets expanded. */
    private void readAgents(Path file) throws IOException {
        Map<String, List<String>> substitutions = new LinkedHashMap<>();
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = stripComment(raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.matches("^![A-Z]+!\\s*=.*")) {
                String name = line.substring(0, line.indexOf('=')).strip();
                List<String> values = new ArrayList<>();
                for (String v : line.substring(line.indexOf('=') + 1).split(",")) {
                    values.add(v.strip());
                }
                substitutions.put(name, values);
                continue;
            }
            Matcher m = AGENT.matcher(line);
            if (!m.find()) {
                continue;
            }
            // "{}" means no automatic plural (the form is its own plural, "police").
            String plural = m.group(2) == null ? "+s" : m.group(2).equals("{}") ? "-" : words(m.group(2)
                    .substring(1, m.group(2).length() - 1));
            String agentCode = m.group(3).strip();
            for (String phrase : expand(m.group(1).strip(), substitutions)) {
                rows.get("cameo-agents.tsv").add(words(phrase) + "\t" + plural + "\t" + agentCode);
            }
        }
    }

    private static List<String> expand(String phrase, Map<String, List<String>> substitutions) {
        for (Map.Entry<String, List<String>> s : substitutions.entrySet()) {
            if (phrase.contains(s.getKey())) {
                List<String> out = new ArrayList<>();
                for (String value : s.getValue()) {
                    out.addAll(expand(phrase.replace(s.getKey(), value), substitutions));
                }
                return out;
            }
        }
        return List.of(phrase);
    }

    /** Story-level discards start with '+', sentence-level ones do not. */
    private void readDiscards(Path file) throws IOException {
        for (String raw : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String line = stripComment(raw).strip();
            if (line.isEmpty() || line.matches("[0-9]+")) {
                continue; // bare years (sports seasons) would discard every dated sentence
            }
            boolean story = line.startsWith("+");
            String phrase = words(story ? line.substring(1) : line);
            if (!phrase.isEmpty()) {
                rows.get("cameo-discards.tsv").add((story ? "story" : "sentence") + "\t" + phrase);
            }
        }
    }

    void write(Path out) throws IOException {
        Files.createDirectories(out);
        String licence = Files.readString(reference.resolve("LICENSE"), StandardCharsets.UTF_8);
        for (Map.Entry<String, List<String>> e : rows.entrySet()) {
            StringBuilder text = new StringBuilder();
            text.append("# ").append(e.getKey()).append(": generated by CameoDictionaryCompiler from the PETRARCH2 CAMEO\n")
                    .append("# dictionaries (openeventdata/petrarch2, commit 676801cd9cb2924bbbad09f86d15c9323e7097bf,\n")
                    .append("# see ../shared/reference/cameo/README.md). Do not edit: regenerate. Columns: ")
                    .append(columns(e.getKey())).append("\n#\n# The source dictionaries are distributed under this licence:\n#\n");
            licence.lines().forEach(l -> text.append(l.isEmpty() ? "#" : "# " + l).append('\n'));
            e.getValue().forEach(r -> text.append(r).append('\n'));
            Files.writeString(out.resolve(e.getKey()), text.toString(), StandardCharsets.UTF_8);
        }
    }

    private static String columns(String file) {
        return switch (file) {
            case "cameo-verbs.tsv" -> "block, verb lemma, phrase, code (--- = no event).";
            case "cameo-patterns.tsv" -> "block, pattern (* verb, $ source, + target, ^ skip, (prep noun),"
                    + " {phrase}, &synset), code.";
            case "cameo-synsets.tsv" -> "synset, phrase.";
            case "cameo-agents.tsv" -> "phrase, plural (+s regular, - none, else the plural), agent code.";
            case "cameo-discards.tsv" -> "scope (story or sentence), phrase.";
            default -> throw new NewsgraphException("unknown output " + file);
        };
    }

    /** "CORDON_OFF " -> "cordon off". */
    private static String words(String s) {
        return s.replace('_', ' ').strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** "062:062" -> "062"; ":173" -> "173"; "---" stays. */
    private static String code(String s) {
        String[] parts = s.strip().split(":");
        for (String p : parts) {
            if (!p.isBlank()) {
                return p.strip();
            }
        }
        return "---";
    }

    private static String stripComment(String line) {
        int hash = line.indexOf('#');
        return hash < 0 ? line : line.substring(0, hash);
    }
}
