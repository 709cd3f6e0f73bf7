package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.TimeExpressionExtractor;
import edu.stanford.nlp.time.TimeExpressionExtractorFactory;
import edu.stanford.nlp.time.Timex;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.newsgraph.model.Span;

/**
 * SUTime over one sentence's tokens, as CoreNLP's NER ran it over every sentence when
 * {@code ner.useSUTime} was on: the same rules, the same reference date, and, as there, a time
 * expression claims only the tokens the CRF left untagged ("Victory Day" tagged MISC stays MISC).
 * The rules load with the other models (a second or two), as they did inside the NER, so that no
 * article's time includes them. SUTime's extractor is shared by the threads, as it was inside the NER.
 */
final class CoreNlpSentenceTimeTagger implements SentenceTimeTagger {
    private final TimeExpressionExtractor extractor;

    /** @param properties the pipeline's properties; the {@code sutime.*} ones configure SUTime */
    CoreNlpSentenceTimeTagger(Properties properties) {
        Properties sutime = new Properties();
        properties.stringPropertyNames().stream().filter(k -> k.startsWith("sutime."))
                .forEach(k -> sutime.setProperty(k, properties.getProperty(k)));
        this.extractor = TimeExpressionExtractorFactory.createExtractor("sutime", sutime);
    }

    @Override
    public List<NerMention> tag(String text, List<Token> sentenceTokens, LocalDate reference) {
        if (sentenceTokens.isEmpty()) {
            return List.of();
        }
        Annotation document = new Annotation(text);
        if (reference != null) {
            document.set(CoreAnnotations.DocDateAnnotation.class, reference.toString());
        }
        List<NerMention> out = new ArrayList<>();
        for (CoreMap expression : extractor.extractTimeExpressionCoreMaps(asCoreNlpSentence(text, sentenceTokens),
                document)) {
            Timex timex = expression.get(TimeAnnotations.TimexAnnotation.class);
            if (timex == null || !(timex.timexType().equals("DATE") || timex.timexType().equals("TIME"))) {
                continue;
            }
            String value = timex.value() != null ? timex.value() : timex.altVal();
            int begin = expression.get(CoreAnnotations.TokenBeginAnnotation.class);
            int end = expression.get(CoreAnnotations.TokenEndAnnotation.class);
            addUntaggedRuns(text, sentenceTokens, begin, end, timex.timexType(), value, out);
        }
        return out;
    }

    /** One mention per run of tokens in [begin, end) that the CRF tagged O. */
    private static void addUntaggedRuns(String text, List<Token> tokens, int begin, int end, String type,
                                        String value, List<NerMention> out) {
        int i = begin;
        while (i < end) {
            if (!"O".equals(tokens.get(i).ner())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < end && "O".equals(tokens.get(j).ner())) {
                j++;
            }
            Token first = tokens.get(i);
            Token last = tokens.get(j - 1);
            Span span = new Span(first.begin(), last.end());
            out.add(new NerMention(span, span.of(text), type, value, first.sentence(), first.index(), last.index() + 1));
            i = j;
        }
    }

    /** The tokens as SUTime reads them: words with their tags and offsets into the article text. */
    private static CoreMap asCoreNlpSentence(String text, List<Token> tokens) {
        List<CoreLabel> labels = CoreLabels.of(tokens);
        int begin = tokens.get(0).begin();
        int end = tokens.get(tokens.size() - 1).end();
        Annotation sentence = new Annotation(text.substring(begin, end));
        sentence.set(CoreAnnotations.TokensAnnotation.class, labels);
        sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        sentence.set(CoreAnnotations.TokenBeginAnnotation.class, 0);
        sentence.set(CoreAnnotations.TokenEndAnnotation.class, tokens.size());
        return sentence;
    }
}
