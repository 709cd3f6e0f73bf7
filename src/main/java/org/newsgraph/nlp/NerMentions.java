package org.newsgraph.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.newsgraph.model.Span;

/** Groups runs of tokens with the same NER tag (and, for dates, the same normalised value) into mentions. */
public final class NerMentions {
    private NerMentions() {
    }

    /** The mentions among one sentence's tokens. */
    public static List<NerMention> group(String text, List<Token> sentenceTokens) {
        List<NerMention> out = new ArrayList<>();
        int i = 0;
        while (i < sentenceTokens.size()) {
            Token t = sentenceTokens.get(i);
            if ("O".equals(t.ner())) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < sentenceTokens.size()
                    && sentenceTokens.get(j).ner().equals(t.ner())
                    && Objects.equals(sentenceTokens.get(j).normalized(), t.normalized())) {
                j++;
            }
            Token last = sentenceTokens.get(j - 1);
            Span span = new Span(t.begin(), last.end());
            out.add(new NerMention(span, span.of(text), t.ner(), t.normalized(), t.sentence(),
                    t.index(), last.index() + 1));
            i = j;
        }
        return out;
    }
}
