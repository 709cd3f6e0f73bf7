package org.newsgraph.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A classpath file of regular expressions, one per line, so that patterns can be tuned without
 * touching Java. Lines starting with {@code #} are comments, blank lines are ignored, and a line
 * {@code [name]} starts a section. Patterns are compiled case-insensitive (Unicode-aware).
 */
final class PatternFile {
    private static final Pattern SECTION = Pattern.compile("^\\[([\\w-]+)]$");

    private final String resource;
    private final Map<String, List<Pattern>> sections;

    private PatternFile(String resource, Map<String, List<Pattern>> sections) {
        this.resource = resource;
        this.sections = sections;
    }

    /** Loads a resource next to this class, e.g. {@code "datelines.txt"}. */
    static PatternFile load(String resource) {
        Map<String, List<Pattern>> sections = new LinkedHashMap<>();
        String section = "";
        try (InputStream in = PatternFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/newsgraph/ingest/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                var header = SECTION.matcher(trimmed);
                if (header.matches()) {
                    section = header.group(1);
                    continue;
                }
                try {
                    sections.computeIfAbsent(section, s -> new ArrayList<>()).add(Pattern.compile(
                            trimmed, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new IllegalStateException(resource + ":" + number + ": bad regex: "
                            + e.getDescription(), e);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new PatternFile(resource, sections);
    }

    /** The patterns of a section ({@code ""} for lines before any section header). */
    List<Pattern> section(String name) {
        List<Pattern> patterns = sections.get(name);
        if (patterns == null) {
            throw new IllegalStateException(resource + " has no section [" + name + "]");
        }
        return List.copyOf(patterns);
    }
}
