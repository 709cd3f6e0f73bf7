package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/**
 * The one CoreNLP pipeline of a process. Loading the models takes seconds, so it is built once
 * ({@link #shared()}) and then used from any number of threads: {@code StanfordCoreNLP.annotate}
 * is thread-safe.
 *
 * <p>Annotators and their settings live in {@code corenlp.properties}. They are chosen for speed:
 * the 4-class CRF instead of the three default models and no fine-grained KBP regexner, since
 * fine-grained types (country, nationality, title) come from our gazetteer.
 */
public final class CoreNlpPipeline implements NlpPipeline {

    private static volatile CoreNlpPipeline shared;

    private final StanfordCoreNLP pipeline;
    private final long loadMillis;

    private CoreNlpPipeline(Properties props) {
        long start = System.nanoTime();
        this.pipeline = new StanfordCoreNLP(props);
        this.loadMillis = (System.nanoTime() - start) / 1_000_000;
    }

    /** The process-wide pipeline, loading the models on first use. */
    public static CoreNlpPipeline shared() {
        CoreNlpPipeline local = shared;
        if (local == null) {
            synchronized (CoreNlpPipeline.class) {
                local = shared;
                if (local == null) {
                    shared = local = new CoreNlpPipeline(defaultProperties());
                }
            }
        }
        return local;
    }

    static Properties defaultProperties() {
        Properties props = new Properties();
        try (InputStream in = CoreNlpPipeline.class.getResourceAsStream("corenlp.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return props;
    }

    /** How long loading the models took, in milliseconds. */
    public long loadMillis() {
        return loadMillis;
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        if (article.published() != null) {
            // SUTime resolves "Monday", "last week" and "in February" against this date.
            doc.set(CoreAnnotations.DocDateAnnotation.class, article.published().toString());
        }
        pipeline.annotate(doc);
        return convert(article, doc);
    }

    private static AnnotatedDocument convert(Article article, Annotation doc) {
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        int sentenceIndex = 0;
        for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int first = tokens.size();
            for (CoreLabel label : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String ner = label.ner() == null ? "O" : label.ner();
                String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(tokens.size(), label.originalText(), label.beginPosition(),
                        label.endPosition(), label.tag(), label.lemma(), ner, normalized, sentenceIndex));
            }
            Span span = new Span(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
                    s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
            sentences.add(new Sentence(sentenceIndex, span, first, tokens.size()));
            mentions.addAll(NerMentions.group(article.text(), tokens.subList(first, tokens.size())));
            sentenceIndex++;
        }
        return new AnnotatedDocument(article, tokens, sentences, mentions);
    }
}
