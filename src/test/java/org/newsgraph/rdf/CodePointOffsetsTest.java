package org.newsgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.model.Article;
import org.newsgraph.model.Entity;
import org.newsgraph.model.EntityType;
import org.newsgraph.model.Extraction;
import org.newsgraph.model.Mention;
import org.newsgraph.model.Span;

/** NIF and RFC 5147 count characters (code points), not Java's UTF-16 units (issue 12, item 11). */
class CodePointOffsetsTest {
    // Invented text with astral characters: emoji, a flag (two regional indicators), a CJK
    // extension-B ideograph and a mathematical letter, each two UTF-16 units but one character.
    private static final String HEADLINE = "Harbour 😀 festival";
    private static final String BODY = "Ana Rivera 🇳🇴 met 𠀋 Bo Lind in Corvan, and 𝒜 Cai Moss 🎉 joined Ana Rivera.";
    private static final String TEXT = HEADLINE + "\n\n" + BODY;

    @Test
    void convertsUtf16OffsetsToCodePoints() {
        // a, the emoji, b, the emoji, c and the end of "a😀b😀c" are at UTF-16 offsets 0, 1, 3, 4, 6, 7
        CodePointOffsets offsets = CodePointOffsets.of("a😀b😀c");
        assertEquals(List.of(0, 1, 2, 3, 4, 5), List.of(0, 1, 3, 4, 6, 7).stream().map(offsets::codePoints).toList());
        assertEquals(new Span(2, 3), offsets.codePoints(new Span(3, 4)), "b");
    }

    @Test
    void everySpanInTheGraphSelectsItsAnchorWithSparqlSubstr() {
        List<Mention> mentions = new ArrayList<>();
        for (String name : List.of("Ana Rivera", "Bo Lind", "Corvan", "Cai Moss")) {
            for (int at = TEXT.indexOf(name); at >= 0; at = TEXT.indexOf(name, at + 1)) {
                mentions.add(new Mention(new Span(at, at + name.length()), name, 0));
            }
        }
        Entity someone = new Entity("person/someone", EntityType.PERSON, null, "Someone", Set.of(), null, mentions);
        Article article = new Article("0a0b0c0d0e0f", Path.of("festival.txt"), HEADLINE, TEXT, HEADLINE.length() + 2,
                LocalDate.of(2025, 6, 1), null, null, null);
        Extraction extraction = new Extraction(article, List.of(new Span(HEADLINE.length() + 2, TEXT.length())),
                List.of(someone), List.of(), List.of(), List.of());

        Graph graph = new ExtractionMapper().map(extraction);

        List<String> checked = new ArrayList<>();
        String query = """
                PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
                SELECT ?span ?anchor ?begin ?end (SUBSTR(?text, ?begin + 1, ?end - ?begin) AS ?cut) ?length WHERE {
                  ?span nif:anchorOf ?anchor ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:referenceContext ?c .
                  ?c nif:isString ?text ; nif:endIndex ?length .
                }""";
        try (QueryExecution qe = QueryExecution.model(ModelFactory.createModelForGraph(graph)).query(query).build()) {
            qe.execSelect().forEachRemaining((QuerySolution row) -> {
                String anchor = row.getLiteral("anchor").getString();
                assertEquals(anchor, row.getLiteral("cut").getString(), "SUBSTR at the span's offsets");
                int begin = row.getLiteral("begin").getInt();
                int end = row.getLiteral("end").getInt();
                assertEquals(row.getResource("span").getURI(), Iris.article("0a0b0c0d0e0f") + "#char=" + begin + "," + end);
                assertEquals(TEXT.codePointCount(0, TEXT.length()), row.getLiteral("length").getInt());
                checked.add(anchor);
            });
        }
        assertEquals(mentions.size() + 1, checked.size(), "every mention and the sentence: " + checked);
    }
}
