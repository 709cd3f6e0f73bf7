package org.newsgraph.extract.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.newsgraph.NewsgraphException;
import org.newsgraph.extract.Lexicon;

/**
 * Grammatical gender of a person, as a pronoun must agree with it ("she" cannot stand for a man
 * named earlier). Read from courtesy titles and gendered role nouns ({@code gendered-words.tsv})
 * and from first names in CoreNLP's name-gender list.
 */
public enum Gender {
    MALE, FEMALE, UNKNOWN;

    private static final String CORENLP_NAMES = "edu/stanford/nlp/models/dcoref/namegender.combine.txt";
    private static final Map<String, Gender> WORDS = words();
    private static final Map<String, Gender> FIRST_NAMES = firstNames();

    /** The gender a word gives ("Mrs.", "spokesman"), or UNKNOWN. */
    public static Gender ofWord(String word) {
        return WORDS.getOrDefault(word.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** The gender of a first name in CoreNLP's list, or UNKNOWN (absent, or listed as both). */
    public static Gender ofFirstName(String name) {
        return FIRST_NAMES.getOrDefault(name.toLowerCase(Locale.ROOT), UNKNOWN);
    }

    /** Whether CoreNLP's name-gender list has this first name, with either gender or both. */
    public static boolean isFirstName(String name) {
        return FIRST_NAMES.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** The gender a pronoun asks for: he/him/his MALE, she/her FEMALE, others UNKNOWN. */
    public static Gender ofPronoun(String pronoun) {
        return switch (pronoun.toLowerCase(Locale.ROOT)) {
            case "he", "him", "his", "himself" -> MALE;
            case "she", "her", "hers", "herself" -> FEMALE;
            default -> UNKNOWN;
        };
    }

    /** Whether a person of this gender can be what {@code wanted} asks for. */
    public boolean agreesWith(Gender wanted) {
        return wanted == UNKNOWN || this == UNKNOWN || this == wanted;
    }

    private static Map<String, Gender> words() {
        Map<String, Gender> out = new HashMap<>();
        for (String line : Lexicon.lines("gendered-words.tsv")) {
            String[] parts = line.split("\t");
            out.put(parts[0].toLowerCase(Locale.ROOT), valueOf(parts[1].toUpperCase(Locale.ROOT)));
        }
        return Map.copyOf(out);
    }

    private static Map<String, Gender> firstNames() {
        Map<String, Gender> out = new HashMap<>();
        try (InputStream in = Gender.class.getClassLoader().getResourceAsStream(CORENLP_NAMES)) {
            if (in == null) {
                throw new NewsgraphException("missing " + CORENLP_NAMES + " (the CoreNLP models jar is not on the class path)");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] parts = line.strip().split("\\s+");
                if (parts.length != 2 || !List.of("MALE", "FEMALE").contains(parts[1])) {
                    continue;
                }
                Gender g = valueOf(parts[1]);
                // A name listed with both genders ("jordan") tells nothing.
                out.merge(parts[0].toLowerCase(Locale.ROOT), g, (a, b) -> a == b ? a : UNKNOWN);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(out);
    }
}
