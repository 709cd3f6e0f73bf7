package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.KnowledgeStore;
import org.newsgraph.store.TdbKnowledgeStore;

/** {@code build --endpoint URL} against a real Fuseki server, started here on a free port. */
class GraphStoreEndpointIT {

    @Test
    void buildPutsEachArticleGraphAndRebuildingReplacesIt(@TempDir Path dir) throws Exception {
        DatasetGraph remote = DatasetGraphFactory.createTxnMem();
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true).add("/ds", remote, true).build().start();
        try {
            String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds/data";
            BundledData.Run first = BundledData.run("build", "--quiet", "--endpoint", endpoint, BundledData.articles().toString());
            assertEquals(0, first.exit(), first.err());
            long quads = Txn.calculateRead(remote, () -> count(remote));

            BundledData.Run again = BundledData.run("build", "--quiet", "--endpoint", endpoint, BundledData.articles().toString());
            assertEquals(0, again.exit(), again.err());
            assertEquals(quads, Txn.calculateRead(remote, () -> count(remote)), "rebuilding added quads");

            try (KnowledgeStore local = TdbKnowledgeStore.open(BundledData.store())) {
                List<String> articles = local.articleIris();
                assertEquals(articles, Txn.calculateRead(remote, () -> graphNames(remote)));
                assertEquals(local.countQuads(), quads, "the remote store holds what the local build holds");
                Node article = NodeFactory.createURI(articles.get(0));
                assertTrue(Txn.calculateRead(remote, () -> remote.getGraph(article).size() > 100));
            }
            assertTrue(again.out().contains("articles in store: 1, quads: " + quads), again.out());

            BundledData.Run stats = BundledData.run("stats", "--endpoint", endpoint);
            assertEquals(0, stats.exit(), stats.err());
            assertTrue(stats.out().contains("articles\t1"), stats.out());
            Path exported = dir.resolve("remote.nq");
            BundledData.Run export = BundledData.run("export", "--endpoint", endpoint, "--format", "nq", "-o", exported.toString());
            assertEquals(0, export.exit(), export.err());
            assertEquals(quads, Files.readAllLines(exported).stream().filter(l -> !l.isBlank()).count());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void unreachableEndpointIsOneLineNamingTheUrl() {
        BundledData.Run run = BundledData.run("build", "--quiet", "--endpoint", "http://127.0.0.1:1/ds/data",
                BundledData.articles().toString());
        assertEquals(1, run.exit());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains("http://127.0.0.1:1/ds/data") && run.err().contains("cannot connect"), run.err());
    }

    @Test
    void httpErrorIsOneLineWithStatusAndUrl() {
        // A read-only Fuseki: the Graph Store endpoint answers, but refuses the PUT.
        FusekiServer fuseki = FusekiServer.create().port(0).loopback(true)
                .add("/ds", DatasetGraphFactory.createTxnMem(), false).build().start();
        try {
            String endpoint = "http://localhost:" + fuseki.getHttpPort() + "/ds/data";
            BundledData.Run run = BundledData.run("build", "--quiet", "--endpoint", endpoint, BundledData.articles().toString());
            assertEquals(1, run.exit());
            assertTrue(run.err().contains("PUT " + endpoint + "?graph=https%3A%2F%2Fw3id.org%2Fnewsgraph%2Fid%2Farticle%2F"),
                    run.err());
            assertTrue(run.err().matches("(?s).*HTTP 4\\d\\d.*"), run.err());
        } finally {
            fuseki.stop();
        }
    }

    @Test
    void notAnHttpUrlIsRefused() {
        BundledData.Run run = BundledData.run("stats", "--endpoint", "ftp://example.org/data");
        assertEquals(1, run.exit());
        assertTrue(run.err().contains("not an http(s) URL"), run.err());
    }

    private static long count(DatasetGraph dsg) {
        long[] n = {0};
        dsg.find().forEachRemaining(q -> n[0]++);
        return n[0];
    }

    private static List<String> graphNames(DatasetGraph dsg) {
        List<String> names = new ArrayList<>();
        dsg.listGraphNodes().forEachRemaining(node -> names.add(node.getURI()));
        names.sort(null);
        return names;
    }
}
