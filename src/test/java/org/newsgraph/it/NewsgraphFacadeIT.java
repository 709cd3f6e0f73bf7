package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.newsgraph.Newsgraph;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.Vocab;

/** The "Use from Java" call of the README, with the real models, on an invented article. */
class NewsgraphFacadeIT {
    private static final String TEXT = """
            Ministers meet in Geneva

            The foreign ministers of France and Germany met in Geneva on Monday to discuss trade, \
            the French Foreign Ministry said.
            """;

    @Test
    void textAndDateInGraphOut() {
        Graph graph = Newsgraph.extract(TEXT, LocalDate.of(2025, 3, 6));
        assertEquals(1, graph.find(Node.ANY, Vocab.TYPE, Vocab.SCHEMA_NEWS_ARTICLE).toList().size());
        assertTrue(graph.contains(Node.ANY, Vocab.SCHEMA_HEADLINE, NodeFactory.createLiteralString("Ministers meet in Geneva")));
        assertTrue(graph.contains(Node.ANY, Vocab.SCHEMA_NAME, NodeFactory.createLiteralString("Geneva")), "no Geneva");
        assertEquals(graph.size(), Newsgraph.extract(TEXT, LocalDate.of(2025, 3, 6)).size(), "the same text gives the same graph");
    }

    @Test
    void aTextWithoutBodyIsRefusedWithAReason() {
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> Newsgraph.extract("Only a headline", null));
        assertTrue(e.getMessage().contains("headline"), e.getMessage());
    }
}
