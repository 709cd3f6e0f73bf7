package org.newsgraph.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;

/** The parse-on-demand layer over the real CoreNLP models, on invented sentences. */
class DependencyParseIT {

    private static AnnotatedDocument annotate(String body) {
        String headline = "Invented headline";
        String text = headline + "\n\n" + body;
        Article article = new Article("000000000001", Path.of("invented.txt"), headline, text,
                headline.length() + 2, LocalDate.of(2031, 3, 4), null, null, null);
        return CoreNlpPipeline.shared().annotate(article);
    }

    private static Token token(AnnotatedDocument doc, Sentence sentence, String text) {
        return doc.tokensOf(sentence).stream().filter(t -> t.text().equals(text)).findFirst().orElseThrow();
    }

    private static Set<String> dependentWords(AnnotatedDocument doc, DependencyGraph graph, Token head, String relation) {
        return graph.dependents(head.index(), relation).stream()
                .map(d -> doc.tokens().get(d.dependent()).text()).collect(Collectors.toSet());
    }

    @Test
    void sentencesAreParsedOnlyWhenAskedForAndOnce() {
        AnnotatedDocument doc = annotate("Ana Lopez met Ben Kim. They talked for an hour.");
        assertEquals(0, doc.parses().parsedSentences(), "annotate must not parse");
        Sentence first = doc.sentences().get(1);
        DependencyGraph graph = doc.dependencies(first);
        assertEquals(1, doc.parses().parsedSentences());
        assertEquals(graph, doc.dependencies(first));
        assertEquals(1, doc.parses().parsedSentences(), "a sentence is parsed once");
    }

    @Test
    void coordinatedSubjectsAreBothSubjectsOfTheVerb() {
        AnnotatedDocument doc = annotate("Ana Lopez and Ben Kim signed the accord in Lisbon on Tuesday.");
        Sentence sentence = doc.sentences().get(1);
        DependencyGraph graph = doc.dependencies(sentence);
        Token signed = token(doc, sentence, "signed");
        assertEquals(signed.index(), graph.root().orElseThrow());
        assertEquals(Set.of("Lopez", "Kim"), dependentWords(doc, graph, signed, "nsubj"));
        assertEquals(Set.of("accord"), dependentWords(doc, graph, signed, "obj"));
        assertTrue(graph.dependents(signed.index(), "obl").stream().anyMatch(d -> d.relation().equals("obl:in")
                && doc.tokens().get(d.dependent()).text().equals("Lisbon")), graph.toString());
    }

    @Test
    void passivesNameTheAgent() {
        AnnotatedDocument doc = annotate("The envoy was expelled by the government of Freedonia.");
        Sentence sentence = doc.sentences().get(1);
        DependencyGraph graph = doc.dependencies(sentence);
        Token expelled = token(doc, sentence, "expelled");
        assertEquals(Set.of("envoy"), dependentWords(doc, graph, expelled, "nsubj:pass"));
        assertEquals(Set.of("government"), dependentWords(doc, graph, expelled, "obl:agent"));
    }
}
