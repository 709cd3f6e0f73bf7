package org.newsgraph.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.newsgraph.NewsgraphException;

/**
 * A word list kept in a resource file beside this class: one entry per line, {@code #} starts a
 * comment, blank lines ignored. Entries are compared lower-cased.
 */
public final class Lexicon {
    private final String name;
    private final Set<String> entries;

    private Lexicon(String name, Set<String> entries) {
        this.name = name;
        this.entries = Set.copyOf(entries);
    }

    public static Lexicon load(String resource) {
        Set<String> entries = new LinkedHashSet<>();
        for (String line : lines(resource)) {
            entries.add(line.toLowerCase(Locale.ROOT));
        }
        return new Lexicon(resource, entries);
    }

    /** The non-comment, non-blank lines of a resource beside this class, trimmed. */
    public static List<String> lines(String resource) {
        List<String> out = new ArrayList<>();
        try (InputStream in = Lexicon.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new NewsgraphException("missing resource org/newsgraph/extract/" + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                int hash = line.indexOf(" #");
                String content = (line.startsWith("#") ? "" : hash >= 0 ? line.substring(0, hash) : line).strip();
                if (!content.isEmpty()) {
                    out.add(content);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public boolean contains(String phrase) {
        return entries.contains(phrase.toLowerCase(Locale.ROOT));
    }

    public Set<String> entries() {
        return entries;
    }

    @Override
    public String toString() {
        return name;
    }
}
