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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.LongAdder;
import org.newsgraph.NewsgraphException;
import org.newsgraph.model.Article;
import org.newsgraph.model.Span;

/**
 * The one CoreNLP pipeline of a process. Loading the models takes seconds, so it is built once
 * ({@link #shared()}) and then used from any number of threads: {@code StanfordCoreNLP.annotate}
 * is thread-safe.
 *
 * <p>Annotators and their settings live in {@code corenlp.properties}. They are chosen for speed:
 * the 4-class CRF instead of the three default models and no fine-grained KBP regexner, since
 * fine-grained types (country, nationality, title) come from our gazetteer. Dependency parses and
 * dates (SUTime) are not part of the pipeline: a document it returns parses a sentence, or finds its
 * dates, when a stage asks for it ({@link AnnotatedDocument#dependencies},
 * {@link AnnotatedDocument#timeMentions}).
 */
public final class CoreNlpPipeline implements NlpPipeline {

    /**
     * The longest sentence, in characters, handed to the taggers. SUTime's and the NER's token
     * patterns backtrack within a sentence, so their time grows faster than linearly with its length:
     * a 600,000-character page without one full stop took 12 minutes. Real sentences stay far below
     * this (the longest in the development corpus is under 600 characters).
     */
    public static final int MAX_SENTENCE_CHARS = 3_000;

    private static volatile CoreNlpPipeline shared;

    /** Tokenizes and splits sentences: linear in the text, run first so long sentences can be refused. */
    private final TimedStage splitter;
    /** The rest of the annotators, one stage each, over the splitter's tokens and sentences. */
    private final List<TimedStage> taggers = new ArrayList<>();
    private final CoreNlpSentenceParser parser = new CoreNlpSentenceParser();
    private final SentenceTimeTagger timeTagger;
    private final long loadMillis;
    private volatile long parserLoadMillis;

    /**
     * One or more CoreNLP annotators run as one pipeline, with the thread CPU time spent in them, so
     * {@code build --timings} can say which annotator the time goes to (the POS tagger, the CRF and
     * SUTime inside {@code ner}, ...).
     */
    private record TimedStage(String name, StanfordCoreNLP annotators, LongAdder nanos) {
        TimedStage(Properties base, List<String> names) {
            this(String.join(",", names), new StanfordCoreNLP(withAnnotators(base, names)), new LongAdder());
        }

        void annotate(Annotation doc) {
            long start = ThreadCpuClock.nanos();
            try {
                annotators.annotate(doc);
            } finally {
                nanos.add(ThreadCpuClock.nanos() - start);
            }
        }

        private static Properties withAnnotators(Properties base, List<String> names) {
            Properties props = new Properties();
            props.putAll(base);
            props.setProperty("annotators", String.join(",", names));
            // Each stage runs on what the earlier ones left in the document.
            props.setProperty("enforceRequirements", "false");
            return props;
        }
    }

    private CoreNlpPipeline(Properties props) {
        long start = System.nanoTime();
        List<String> annotators = List.of(props.getProperty("annotators").split("\\s*,\\s*"));
        this.splitter = new TimedStage(props, annotators.subList(0, 2));
        for (String annotator : annotators.subList(2, annotators.size())) {
            taggers.add(new TimedStage(props, List.of(annotator)));
        }
        this.timeTagger = new CoreNlpSentenceTimeTagger(props);
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

    /**
     * Loads the dependency parser's model now rather than on the first sentence a stage asks to parse:
     * for a build, which parses nearly every article, so that the model's load (about 6 s of CPU) counts
     * as model loading and not as the first articles' processing. Tests and tools that never parse
     * do not call it and never pay for it.
     */
    public void loadParser() {
        long start = System.nanoTime();
        parser.load();
        parserLoadMillis += (System.nanoTime() - start) / 1_000_000; // a second call adds about nothing
    }

    /** How long loading the models took, in milliseconds, the parser's included once {@link #loadParser} ran. */
    public long loadMillis() {
        return loadMillis + parserLoadMillis;
    }

    /** Thread CPU time spent in each annotator stage so far, in seconds, in pipeline order. */
    public Map<String, Double> stageSeconds() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        seconds.put(splitter.name(), splitter.nanos().sum() / 1e9);
        taggers.forEach(t -> seconds.put(t.name(), t.nanos().sum() / 1e9));
        return seconds;
    }

    @Override
    public AnnotatedDocument annotate(Article article) {
        Annotation doc = new Annotation(article.text());
        splitter.annotate(doc);
        refuseLongSentences(article, doc);
        taggers.forEach(t -> t.annotate(doc));
        return convert(article, doc, parser, timeTagger);
    }

    private static void refuseLongSentences(Article article, Annotation doc) {
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int length = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class) - begin;
            if (length > MAX_SENTENCE_CHARS) {
                throw new NewsgraphException("a sentence of " + length + " characters at character " + begin
                        + ", over the cap of " + MAX_SENTENCE_CHARS + " (is the text missing its full stops?)");
            }
        }
    }

    private static AnnotatedDocument convert(Article article, Annotation doc, SentenceParser parser,
                                             SentenceTimeTagger timeTagger) {
        List<List<CoreLabel>> sentenceLabels = joinBrokenSentences(doc.get(CoreAnnotations.SentencesAnnotation.class));
        List<Token> tokens = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        List<NerMention> mentions = new ArrayList<>();
        for (List<CoreLabel> labels : sentenceLabels) {
            int sentenceIndex = sentences.size();
            int first = tokens.size();
            for (CoreLabel label : labels) {
                String ner = label.ner() == null ? "O" : label.ner();
                String normalized = label.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class);
                tokens.add(new Token(tokens.size(), label.originalText(), label.beginPosition(),
                        label.endPosition(), label.tag(), label.lemma(), ner, normalized, sentenceIndex));
            }
            Span span = new Span(labels.get(0).beginPosition(), labels.get(labels.size() - 1).endPosition());
            sentences.add(new Sentence(sentenceIndex, span, first, tokens.size()));
            mentions.addAll(NerMentions.group(article.text(), tokens.subList(first, tokens.size())));
        }
        return new AnnotatedDocument(article, tokens, sentences, mentions, new DependencyParses(parser),
                new SentenceTimes(timeTagger));
    }

    /**
     * Rejoins sentences CoreNLP split after an abbreviation it does not know ("Sen. Jane Doe,
     * D-N.H., said ..."): a "sentence" that starts with a comma or a lower-case word continues the
     * previous one, unless a paragraph break lies between them.
     */
    private static List<List<CoreLabel>> joinBrokenSentences(List<CoreMap> coreSentences) {
        List<List<CoreLabel>> out = new ArrayList<>();
        for (CoreMap s : coreSentences) {
            List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
            if (labels.isEmpty()) {
                continue;
            }
            CoreLabel first = labels.get(0);
            boolean continues = !out.isEmpty() && (first.originalText().equals(",")
                    || Character.isLowerCase(first.originalText().codePointAt(0)))
                    && !paragraphBreakBefore(first, out.get(out.size() - 1));
            if (continues) {
                out.get(out.size() - 1).addAll(labels);
            } else {
                out.add(new ArrayList<>(labels));
            }
        }
        return out;
    }

    /** True when the text between two tokens holds more than one character (a line break and more). */
    private static boolean paragraphBreakBefore(CoreLabel first, List<CoreLabel> previous) {
        return first.beginPosition() - previous.get(previous.size() - 1).endPosition() > 1;
    }
}
