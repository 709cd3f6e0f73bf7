package org.newsgraph.extract;

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
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerEntry;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * The US press convention "Sen. Jane Doe, R-S.C.": party letter, hyphen, state abbreviation. The
 * abbreviation names the state; the list of abbreviations is CoreNLP's own
 * ({@code edu/stanford/nlp/models/dcoref/state-abbreviations.txt} in the models jar).
 */
final class PartyStateTags {
    private static final String ABBREVIATIONS = "edu/stanford/nlp/models/dcoref/state-abbreviations.txt";
    private static final Pattern TAG = Pattern.compile("^[RDI]-([A-Z][A-Za-z.]{0,5})$");
    private static final Map<String, String> STATE_BY_ABBREVIATION = load();

    private final Gazetteer gazetteer;

    PartyStateTags(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /** A candidate for each state abbreviation in a party-state tag of the sentence. */
    void find(AnnotatedDocument doc, Sentence sentence, List<Candidate> out) {
        List<Token> tokens = doc.tokens();
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) {
            Matcher m = TAG.matcher(tokens.get(i).text());
            if (!m.matches()) {
                continue;
            }
            Token t = tokens.get(i);
            int end = t.end();
            int endToken = i + 1;
            if (endToken < sentence.endToken() && tokens.get(endToken).text().equals(".")
                    && tokens.get(endToken).begin() == end) {
                end = tokens.get(endToken).end(); // "N.H" + "." split by the tokenizer
                endToken++;
            }
            String state = STATE_BY_ABBREVIATION.get(key(m.group(1)));
            Optional<GazetteerEntry> entry = state == null ? Optional.empty() : gazetteer.byName(state).stream()
                    .filter(e -> e.type() == EntityType.PLACE && "AdministrativeArea".equals(e.subtype()))
                    .findFirst();
            if (entry.isPresent()) {
                Span span = new Span(t.begin() + 2, end);
                out.add(new Candidate(span, span.of(doc.text()), EntityType.PLACE, entry.get(), false,
                        sentence.index(), i, endToken));
            }
        }
    }

    private static String key(String abbreviation) {
        return abbreviation.replace(".", "").toLowerCase(Locale.ROOT);
    }

    private static Map<String, String> load() {
        Map<String, String> map = new HashMap<>();
        try (InputStream in = PartyStateTags.class.getClassLoader().getResourceAsStream(ABBREVIATIONS)) {
            if (in == null) {
                return Map.of();
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            while ((line = reader.readLine()) != null) {
                String[] cells = line.strip().split("\t");
                for (int i = 1; i < cells.length; i++) {
                    if (!cells[i].isBlank()) {
                        map.putIfAbsent(key(cells[i].strip()), cells[0].strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.copyOf(map);
    }
}
