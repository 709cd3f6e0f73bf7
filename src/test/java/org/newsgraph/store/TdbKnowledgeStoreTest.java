package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.NewsgraphException;
import org.newsgraph.rdf.ExtractionMapper;
import org.newsgraph.testdata.SampleExtractions;

class TdbKnowledgeStoreTest {
    private static final String CALL = ExtractionMapper.graphName(SampleExtractions.diplomaticCall());
    private static final String FOLLOW_UP = ExtractionMapper.graphName(SampleExtractions.followUp());

    @TempDir
    Path dir;

    private final ExtractionMapper mapper = new ExtractionMapper();
    private final Graph call = mapper.map(SampleExtractions.diplomaticCall());
    private final Graph followUp = mapper.map(SampleExtractions.followUp());

    @Test
    void replacingTwiceLeavesOneCopy() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, call);
            long once = store.countQuads();
            store.replaceArticle(CALL, mapper.map(SampleExtractions.diplomaticCall()));
            assertEquals(call.size(), once);
            assertEquals(once, store.countQuads());
            assertEquals(List.of(CALL), store.articleIris());
            assertTrue(isStored(store, call, CALL));
        }
    }

    @Test
    void queriesSeeTheUnionOfTheArticleGraphs() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, call);
            store.replaceArticle(FOLLOW_UP, followUp);
            long articles = store.query(QueryFactory.create(
                    "SELECT (COUNT(DISTINCT ?a) AS ?n) { ?a a <https://schema.org/NewsArticle> }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            assertEquals(2, articles);
            // The phone call is one node, read from two articles: evidence from both graphs.
            long evidence = store.query(QueryFactory.create(
                    "SELECT (COUNT(DISTINCT ?s) AS ?n) { ?e <https://w3id.org/newsgraph/ontology#cameoCode> \"041\" ; <http://www.w3.org/ns/prov#wasDerivedFrom> ?s }"),
                    qe -> qe.execSelect().next().getLiteral("n").getLong());
            assertEquals(2, evidence);
        }
    }

    @Test
    void failureInsideTheWriteLeavesThePreviousGraph() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, call);
            Graph failing = new FailingAfter(mapper.map(SampleExtractions.diplomaticCall()), 10);
            assertThrows(IllegalStateException.class, () -> store.replaceArticle(CALL, failing));
            assertEquals(call.size(), store.countQuads());
            assertTrue(isStored(store, call, CALL));
        }
    }

    @Test
    void removeArticleDropsOnlyItsGraph() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, call);
            store.replaceArticle(FOLLOW_UP, followUp);
            assertTrue(store.removeArticle(CALL));
            assertFalse(store.removeArticle(CALL));
            assertEquals(List.of(FOLLOW_UP), store.articleIris());
            assertEquals(followUp.size(), store.countQuads());
        }
    }

    @Test
    void contentSurvivesClosingAndReopening() {
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            store.replaceArticle(CALL, call);
        }
        try (TdbKnowledgeStore store = TdbKnowledgeStore.open(dir.resolve("tdb"))) {
            assertEquals(call.size(), store.countQuads());
        }
    }

    @Test
    void aFileWhereTheStoreShouldBeIsAOneLineErrorNamingIt() throws IOException {
        Path file = Files.writeString(dir.resolve("not-a-dir"), "x");
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> TdbKnowledgeStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    @Test
    void anUnusableDirectoryIsAOneLineErrorNamingIt() throws IOException {
        Path store = Files.createDirectories(dir.resolve("broken"));
        // A file where TDB2 expects its first data directory: TDB2 cannot set up the database.
        Files.writeString(store.resolve("Data-0001"), "not a database");
        NewsgraphException e = assertThrows(NewsgraphException.class, () -> TdbKnowledgeStore.open(store));
        assertTrue(e.getMessage().startsWith(store.toString()), e.getMessage());
        assertEquals(1, e.getMessage().lines().count());
    }

    private static boolean isStored(KnowledgeStore store, Graph graph, String name) {
        Boolean stored = store.calculateRead(dsg -> IsoMatcher.isomorphic(graph, dsg.getGraph(NodeFactory.createURI(name))));
        return stored;
    }

    /** A graph whose triples run out in an exception part way through, as a failing producer would. */
    private static final class FailingAfter extends GraphWrapper {
        private final int limit;

        FailingAfter(Graph graph, int limit) {
            super(graph);
            this.limit = limit;
        }

        @Override
        public ExtendedIterator<Triple> find() {
            return find(Node.ANY, Node.ANY, Node.ANY);
        }

        @Override
        public ExtendedIterator<Triple> find(Node s, Node p, Node o) {
            List<Triple> triples = get().find(s, p, o).toList();
            return WrappedIterator.create(new java.util.Iterator<Triple>() {
                private int next;

                @Override
                public boolean hasNext() {
                    return true;
                }

                @Override
                public Triple next() {
                    if (next == limit) {
                        throw new IllegalStateException("producer failed after " + limit + " triples");
                    }
                    return triples.get(next++);
                }
            });
        }
    }
}
