package org.newsgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.IsoMatcher;

/** Checks the maintained entity graph against one rebuilt from the article graphs. */
public final class EntityGraphCheck {
    private EntityGraphCheck() {
    }

    private static Graph entityGraph(TdbKnowledgeStore store) {
        return store.calculateRead(dsg -> {
            Graph copy = GraphFactory.createDefaultGraph();
            dsg.getGraph(EntityGraph.NODE).find().forEachRemaining(copy::add);
            return copy;
        });
    }

    /** Rebuilds the store's entity graph (leaving it rebuilt) and asserts it equals the one maintained before. */
    public static void assertEqualsRebuild(TdbKnowledgeStore store) {
        Graph maintained = entityGraph(store);
        store.rebuildEntityGraph();
        Graph rebuilt = entityGraph(store);
        assertTrue(rebuilt.size() > 0 || store.articleIris().isEmpty(), "no entity graph rebuilt from the articles");
        assertTrue(IsoMatcher.isomorphic(rebuilt, maintained),
                () -> "maintained entity graph differs from a rebuild:\nmaintained " + maintained + "\nrebuilt " + rebuilt);
    }
}
