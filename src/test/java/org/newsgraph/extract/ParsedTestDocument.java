package org.newsgraph.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Span;
import org.newsgraph.nlp.AnnotatedDocument;
import org.newsgraph.nlp.Dependency;
import org.newsgraph.nlp.DependencyGraph;
import org.newsgraph.nlp.DependencyParses;
import org.newsgraph.nlp.Sentence;
import org.newsgraph.nlp.Token;

/** One invented sentence with a hand-written parse, for tests of parse-based rules without models. */
public final class ParsedTestDocument {
    private ParsedTestDocument() {
    }

    /** Tokens as "text POS lemma" in one sentence, parsed (on request) into {@code edges}. */
    public static AnnotatedDocument document(List<String> specs, List<Dependency> edges) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        for (String spec : specs) {
            String[] f = spec.split(" ");
            if (!text.isEmpty()) {
                text.append(' ');
            }
            int begin = text.length();
            text.append(f[0]);
            tokens.add(new Token(tokens.size(), f[0], begin, text.length(), f[1], f[2], "O", null, 0));
        }
        Article article = new Article("0123456789ab", Path.of("test.txt"), "", text.toString(), 0,
                LocalDate.parse("2031-03-04"), null, null, null);
        Sentence sentence = new Sentence(0, new Span(0, text.length()), 0, tokens.size());
        return new AnnotatedDocument(article, tokens, List.of(sentence), List.of(),
                new DependencyParses(sentenceTokens -> new DependencyGraph(edges)));
    }

    /** Capitalised invented names (NNP) are countries keyed country/lemma. */
    public static EntityMentions countryMentions(AnnotatedDocument doc) {
        List<EntityMentions.Located> mentions = new ArrayList<>();
        for (Token t : doc.tokens()) {
            if (t.pos().equals("NNP")) {
                mentions.add(new EntityMentions.Located("country/" + t.lemma(), EntityType.COUNTRY,
                        new Span(t.begin(), t.end()), 0, t.index(), t.index() + 1, false));
            }
        }
        return new EntityMentions(mentions);
    }
}
