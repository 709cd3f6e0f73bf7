package org.newsgraph.nlp;

import java.util.List;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/**
 * The NLP view of one article: tokens, sentences and NER mentions, with every offset into
 * {@link Article#text()}, and dependency parses and date mentions on demand. No CoreNLP type leaves
 * the {@code nlp} package; tests build these by hand.
 */
public record AnnotatedDocument(Article article, List<Token> tokens, List<Sentence> sentences,
                                List<NerMention> nerMentions, DependencyParses parses, SentenceTimes times) {

    public AnnotatedDocument {
        tokens = List.copyOf(tokens);
        sentences = List.copyOf(sentences);
        nerMentions = List.copyOf(nerMentions);
    }

    /** A document whose dates are the DATE and TIME mentions in its NER tags. */
    public AnnotatedDocument(Article article, List<Token> tokens, List<Sentence> sentences,
                             List<NerMention> nerMentions, DependencyParses parses) {
        this(article, tokens, sentences, nerMentions, parses, new SentenceTimes(SentenceTimeTagger.FROM_NER_TAGS));
    }

    /** A document without a parser: every sentence's dependency graph is empty. */
    public AnnotatedDocument(Article article, List<Token> tokens, List<Sentence> sentences,
                             List<NerMention> nerMentions) {
        this(article, tokens, sentences, nerMentions, new DependencyParses(SentenceParser.NONE));
    }

    /**
     * The dependency parse of a sentence, made the first time a stage asks for it. Parse only the
     * sentences a stage needs (those with a candidate trigger or a quotation): parsing every
     * sentence would cost more than the rest of the pipeline.
     */
    public DependencyGraph dependencies(Sentence sentence) {
        return parses.of(sentence, tokensOf(sentence));
    }

    /**
     * The DATE and TIME mentions of a sentence, normalised against the publication date, found the
     * first time a stage asks for them. The NER's tags do not hold dates (it runs without SUTime, for
     * speed); ask here, and only for the sentences whose dates a stage reads.
     */
    public List<NerMention> timeMentions(Sentence sentence) {
        return times.of(article.text(), sentence, tokensOf(sentence), article.published());
    }

    public String text() {
        return article.text();
    }

    public String textOf(Span span) {
        return span.of(article.text());
    }

    public Sentence sentenceAt(int charOffset) {
        for (Sentence s : sentences) {
            if (s.span().begin() <= charOffset && charOffset < s.span().end()) {
                return s;
            }
        }
        return null;
    }

    public List<Token> tokensOf(Sentence sentence) {
        return tokens.subList(sentence.firstToken(), sentence.endToken());
    }
}
