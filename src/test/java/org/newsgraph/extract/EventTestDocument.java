package org.newsgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.newsgraph.gazetteer.Gazetteer;
import org.newsgraph.gazetteer.GazetteerEntry;
import org.newsgraph.gazetteer.KnownRole;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.NerMentions;
import org.newsgraph.nlp.NerMention;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/**
 * Builds an annotated document by hand for event tests, without CoreNLP. Tokens are written
 * {@code text_POS[_lemma[_NER[_normalised]]]}; a token "._." ends a sentence; the lemma defaults to
 * the lower-cased text and the NER tag to O. Mentions are added by token range.
 */
final class EventTestDocument {
    private final LocalDate published;
    private final List<String[]> specs = new ArrayList<>();
    private final List<Object[]> mentionSpecs = new ArrayList<>();
    private final Set<Integer> sentenceBreaks = new HashSet<>();
    private final Set<Integer> paragraphBreaks = new HashSet<>();

    EventTestDocument(String published) {
        this.published = LocalDate.parse(published);
    }

    EventTestDocument tokens(String line) {
        for (String spec : line.strip().split("\\s+")) {
            specs.add(spec.split("_"));
        }
        return this;
    }

    /** Ends the sentence after the last token so far, as the parser does after "?”" or "!”". */
    EventTestDocument endSentence() {
        sentenceBreaks.add(specs.size());
        return this;
    }

    /** Starts a new paragraph (and sentence) with the next token: the text gets a blank line. */
    EventTestDocument newParagraph() {
        paragraphBreaks.add(specs.size());
        return endSentence();
    }

    /** An entity mention over tokens {@code [first, end)} of the whole document. */
    EventTestDocument mention(String key, EntityType type, int first, int end, boolean demonym) {
        mentionSpecs.add(new Object[] {key, type, first, end, demonym});
        return this;
    }

    int size() {
        return specs.size();
    }

    AnnotatedDocument document() {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        int sentence = 0;
        for (String[] spec : specs) {
            // "~in_NNP" is glued to the token before it, as the tokeniser splits "Jae-in".
            boolean glued = spec[0].length() > 1 && spec[0].startsWith("~");
            String[] s = spec.clone();
            if (glued) {
                s[0] = s[0].substring(1);
            }
            if (sentenceBreaks.contains(tokens.size()) && !tokens.isEmpty()
                    && !tokens.get(tokens.size() - 1).text().equals(".")) {
                sentence++;
            }
            if (!text.isEmpty() && !glued) {
                text.append(paragraphBreaks.contains(tokens.size()) ? "\n\n" : " ");
            }
            int begin = text.length();
            text.append(s[0]);
            String lemma = s.length > 2 ? s[2] : s[0].toLowerCase();
            String ner = s.length > 3 ? s[3] : "O";
            String normalized = s.length > 4 ? s[4] : null;
            tokens.add(new Token(tokens.size(), s[0], begin, text.length(), s[1], lemma, ner, normalized, sentence));
            if (s[0].equals(".")) {
                sentence++;
            }
        }
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> ner = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int j = i;
            while (j < tokens.size() && tokens.get(j).sentence() == tokens.get(i).sentence()) {
                j++;
            }
            sentences.add(new Sentence(sentences.size(), new Span(tokens.get(i).begin(), tokens.get(j - 1).end()), i, j));
            ner.addAll(NerMentions.group(text.toString(), tokens.subList(i, j)));
            i = j;
        }
        Article article = new Article("0123456789ab", Path.of("test.txt"), "", text.toString(), 0, published,
                null, null, null);
        return new AnnotatedDocument(article, tokens, sentences, ner);
    }

    EntityMentions mentions() {
        List<Token> tokens = document().tokens();
        List<EntityMentions.Located> out = new ArrayList<>();
        for (Object[] m : mentionSpecs) {
            int first = (int) m[2];
            int end = (int) m[3];
            out.add(new EntityMentions.Located((String) m[0], (EntityType) m[1],
                    new Span(tokens.get(first).begin(), tokens.get(end - 1).end()), tokens.get(first).sentence(),
                    first, end, (boolean) m[4]));
        }
        return new EntityMentions(out);
    }

    /** A gazetteer that knows nothing: event extraction must work from the mentions alone. */
    static Gazetteer emptyGazetteer() {
        return gazetteerOfTitles(Set.of());
    }

    /** A gazetteer that knows these titles (lower case) and nothing else. */
    static Gazetteer gazetteerOfTitles(Set<String> titles) {
        return new Gazetteer() {
            @Override
            public List<GazetteerEntry> byName(String surface) {
                return List.of();
            }

            @Override
            public Optional<GazetteerEntry> byDemonym(String word) {
                return Optional.empty();
            }

            @Override
            public Optional<GazetteerEntry> byId(String wikidataId) {
                return Optional.empty();
            }

            @Override
            public List<GazetteerEntry> personsBySurname(String surname) {
                return List.of();
            }

            @Override
            public List<KnownRole> rolesOf(String personId) {
                return List.of();
            }

            @Override
            public boolean isTitle(String phrase) {
                return titles.contains(phrase.toLowerCase());
            }

            @Override
            public int maxNameTokens() {
                return 4;
            }
        };
    }
}
