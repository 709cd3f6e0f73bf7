package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

/** Dates found on demand by SUTime over the real CoreNLP models, on invented sentences. */
class SentenceTimeTaggerIT {

    private static AnnotatedDocument annotate(String body, LocalDate published) {
        String headline = "Invented headline";
        String text = headline + "\n\n" + body;
        Article article = new Article("000000000002", Path.of("invented.txt"), headline, text,
                headline.length() + 2, published, null, null, null);
        return CoreNlpPipeline.shared().annotate(article);
    }

    @Test
    void theNerLeavesDatesUntaggedAndASentenceIsTaggedOnlyWhenAskedForAndOnce() {
        // Published on Thursday 2031-03-06.
        AnnotatedDocument doc = annotate("Ana Lopez met Ben Kim in Lisbon on March 7. They talked in February.",
                LocalDate.of(2031, 3, 6));
        assertTrue(doc.tokens().stream().noneMatch(t -> t.ner().equals("DATE") || t.ner().equals("NUMBER")),
                "the NER runs without SUTime and the numeric classifiers");
        assertEquals(0, doc.times().taggedSentences(), "annotate must not run SUTime");

        Sentence met = doc.sentences().get(1);
        List<NerMention> dates = doc.timeMentions(met);
        assertEquals(1, dates.size(), dates.toString());
        // A month and day without a year take the publication's year. (Not a weekday: which week
        // SUTime gives "on Friday" changes once it has read a sentence like "it was issued Friday" in
        // the same JVM, as it did inside the NER; EventDates places weekdays before or after the
        // publication date itself, so event dates do not depend on it. README, "Known limits".)
        assertEquals("March 7", dates.get(0).text());
        assertEquals("DATE", dates.get(0).type());
        assertEquals("2031-03-07", dates.get(0).normalized());
        assertEquals(met.index(), dates.get(0).sentence());
        assertEquals("March", doc.tokens().get(dates.get(0).firstToken()).text());
        assertEquals(dates, doc.timeMentions(met));
        assertEquals(1, doc.times().taggedSentences(), "a sentence is tagged once");

        // "in February" resolved against the publication date.
        List<NerMention> february = doc.timeMentions(doc.sentences().get(2));
        assertEquals(List.of("2031-02"), february.stream().map(NerMention::normalized).toList());
    }

    @Test
    void aTimeExpressionDoesNotTakeTokensTheNerNamed() {
        // The CRF tags "Victory Day" MISC; SUTime's holiday must not take it over, as inside the NER.
        AnnotatedDocument doc = annotate("Crowds marched in Moscow on Victory Day.", LocalDate.of(2031, 5, 10));
        Sentence sentence = doc.sentences().get(1);
        for (NerMention m : doc.timeMentions(sentence)) {
            for (int i = m.firstToken(); i < m.endToken(); i++) {
                assertEquals("O", doc.tokens().get(i).ner(), m + " covers a named token");
            }
        }
    }
}
