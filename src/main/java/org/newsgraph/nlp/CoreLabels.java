package org.newsgraph.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;

/** Our tokens as CoreNLP labels, for the CoreNLP tools run on one sentence at a time (parser, SUTime). */
final class CoreLabels {
    private CoreLabels() {
    }

    /** One label per token: word, tag, lemma, NER tag, offsets into the article text; indices from 1 in the sentence. */
    static List<CoreLabel> of(List<Token> sentenceTokens) {
        List<CoreLabel> labels = new ArrayList<>(sentenceTokens.size());
        for (int i = 0; i < sentenceTokens.size(); i++) {
            Token t = sentenceTokens.get(i);
            CoreLabel label = new CoreLabel();
            label.setWord(t.text());
            label.setValue(t.text());
            label.setOriginalText(t.text());
            label.setTag(t.pos());
            label.setLemma(t.lemma());
            label.setNER(t.ner());
            label.setIndex(i + 1);
            label.setBeginPosition(t.begin());
            label.setEndPosition(t.end());
            labels.add(label);
        }
        return labels;
    }
}
