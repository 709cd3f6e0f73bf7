package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.EntityGraphCheck;
import org.newsgraph.store.LedgerEntry;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * Crash safety: a {@code build} of 100+ articles, with the real models, in its own JVM, killed with
 * SIGKILL at random moments while it stores articles, then restarted. After every kill the store must
 * open, every article graph must match its ledger entry (so none is partial), and the final run must
 * finish the rest. The entity graph must equal one rebuilt from the article graphs after every kill.
 */
class BuildCrashIT {
    private static final int ARTICLES = 104;
    private static final int KILLS = 5;

    @Test
    void killedBuildsLeaveOnlyWholeArticlesAndARerunFinishes(@TempDir Path dir) throws Exception {
        Path corpus = dir.resolve("corpus");
        CorpusCopies.write(corpus, ARTICLES);
        Path store = dir.resolve("db");
        long seed = Long.getLong("newsgraph.crash.seed", System.nanoTime());
        Random random = new Random(seed);
        String context = " (seed " + seed + ", -Dnewsgraph.crash.seed to repeat)";

        int kills = 0;
        int previouslyStored = 0;
        while (kills < KILLS) {
            Process build = ChildJvm.newsgraph(List.of(), "build", "--store", store.toString(), corpus.toString())
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            // Kill after a random number of finished articles (progress lines), a random few ms later,
            // so that the kill lands before, during or after a batch commit.
            int afterArticles = 1 + random.nextInt(12);
            int seen = 0;
            try (BufferedReader err = new BufferedReader(new InputStreamReader(build.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while (seen < afterArticles && (line = err.readLine()) != null) {
                    if (line.startsWith("[")) {
                        seen++;
                    }
                }
                Thread.sleep(random.nextInt(6000));
                if (build.isAlive()) {
                    build.destroyForcibly();
                    kills++;
                }
                assertTrue(build.waitFor(60, TimeUnit.SECONDS), "killed build did not exit");
            }
            int stored = checkWholeArticles(store, context);
            assertTrue(stored >= previouslyStored, "articles were lost: " + stored + " < " + previouslyStored + context);
            previouslyStored = stored;
        }
        assertTrue(previouslyStored < ARTICLES, "the kills came too late to test anything" + context);

        BundledData.Run rest = ChildJvm.run(List.of(), "build", "--quiet", "--store", store.toString(), corpus.toString());
        assertEquals(0, rest.exit(), rest.out() + context);
        assertTrue(rest.out().contains("unchanged: " + previouslyStored), rest.out() + context);
        assertEquals(ARTICLES, checkWholeArticles(store, context), context);
    }

    /** Every graph has a ledger entry and exactly the triples it records, and vice versa; returns the article count. */
    private static int checkWholeArticles(Path store, String context) {
        try (TdbKnowledgeStore s = TdbKnowledgeStore.open(store)) {
            Map<String, LedgerEntry> ledger = s.ledger();
            List<String> graphs = s.articleIris();
            assertEquals(ledger.keySet().stream().sorted().toList(), graphs, "graphs without ledger entries or the reverse" + context);
            for (String iri : graphs) {
                Node name = NodeFactory.createURI(iri);
                long triples = s.calculateRead(ds -> (long) ds.getGraph(name).size());
                assertEquals(ledger.get(iri).tripleCount(), triples, iri + " is not whole" + context);
            }
            // the entity graph moves in the same transactions as the articles: a kill leaves it in step
            EntityGraphCheck.assertEqualsRebuild(s);
            return graphs.size();
        }
    }
}
