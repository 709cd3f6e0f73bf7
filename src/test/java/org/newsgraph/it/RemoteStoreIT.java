package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.store.EntityGraph;
import org.newsgraph.store.LedgerEntry;
import org.newsgraph.store.RemoteEndpoints;
import org.newsgraph.store.RemoteKnowledgeStore;

/**
 * {@code build --endpoint} into a real Fuseki server in a process of its own, and every reading
 * command with {@code --sparql} against it: the same answers as from the local TDB2 store, the ledger
 * kept in the server, pruning limited to this build's inputs, and bad URLs reported in one line.
 */
class RemoteStoreIT {
    private static final String ELSEWHERE = "https://w3id.org/newsgraph/id/article/built-on-another-machine";

    @TempDir
    static Path dir;
    private static FusekiProcess fuseki;

    @BeforeAll
    static void startFuseki() throws IOException, InterruptedException {
        fuseki = FusekiProcess.start(Files.createDirectories(dir.resolve("fuseki")));
    }

    @AfterAll
    static void stopFuseki() {
        if (fuseki != null) {
            fuseki.close();
        }
    }

    @Test
    void buildQueryRebuildAndPruneThroughTheServer() throws IOException {
        Path shard = Files.createDirectories(dir.resolve("shard"));
        try (Stream<Path> files = Files.list(BundledData.articles())) {
            for (Path file : files.toList()) {
                Files.copy(file, shard.resolve(file.getFileName()));
            }
        }
        String data = fuseki.dataset() + "/data";
        String sparql = fuseki.dataset() + "/sparql";
        Path local = BundledData.store();

        BundledData.Run first = BundledData.run("build", "--quiet", "--endpoint", data, shard.toString());
        assertEquals(0, first.exit(), first.err());
        assertTrue(first.out().contains("articles stored: 1, unchanged: 0"), first.out());

        // Fuseki --mem keeps a default graph of its own: the store names the article graphs in each query.
        for (String[] command : List.of(new String[] {"stats"}, new String[] {"query", "who-met-whom", "--format", "tsv"},
                new String[] {"query", "co-mentions", "--format", "tsv"}, new String[] {"events"})) {
            BundledData.Run remote = BundledData.run(concat(command, "--sparql", sparql));
            BundledData.Run tdb = BundledData.run(concat(command, "--store", local.toString()));
            assertEquals(0, remote.exit(), remote.err());
            assertTrue(remote.out().lines().count() > 1, String.join(" ", command) + ": " + remote.out());
            assertEquals(tdb.out(), remote.out(), String.join(" ", command));
        }
        BundledData.Run validate = BundledData.run("validate", "--sparql", sparql);
        assertEquals(0, validate.exit(), validate.out());
        assertTrue(validate.out().contains("1 article graph checked, 0 violations"), validate.out());
        Path exported = dir.resolve("remote.nq");
        BundledData.Run export = BundledData.run("export", "--sparql", sparql, "--format", "nq", "-o", exported.toString());
        assertEquals(0, export.exit(), export.err());
        long quads;
        try (RemoteKnowledgeStore store = open(data)) {
            quads = store.countQuads();
            assertEquals(quads, Files.readAllLines(exported).stream().filter(l -> !l.isBlank()).count());
            LedgerEntry row = store.ledger().get(store.articleIris().get(0));
            assertTrue(row.source().startsWith(shard.toAbsolutePath().toString()), row.source());
            assertEquals(quads, row.tripleCount(), "one article: its row counts every quad");
        }

        BundledData.Run again = BundledData.run("build", "--quiet", "--endpoint", data, shard.toString());
        assertEquals(0, again.exit(), again.err());
        assertTrue(again.out().contains("articles stored: 0, unchanged: 1"), "the remote ledger says unchanged: " + again.out());
        assertTrue(again.out().contains("articles in store: 1, quads: " + quads), again.out());

        // The entity graph kept in step write by write is the one rebuilt from the article graphs.
        Set<Triple> kept = entityGraph(sparql);
        assertTrue(kept.size() > 10, "the build described the article's entities: " + kept.size());
        BundledData.Run rebuilt = BundledData.run("rebuild-entities", "--endpoint", data);
        assertEquals(0, rebuilt.exit(), rebuilt.err());
        assertTrue(rebuilt.out().contains(kept.size() + " quads"), rebuilt.out());
        assertEquals(kept, entityGraph(sparql));

        // Another machine's shard: its source file does not exist here, and must survive this build's --prune.
        try (RemoteKnowledgeStore store = open(data)) {
            UpdateExecutionHTTP.service(fuseki.dataset() + "/update").update("""
                    INSERT DATA { GRAPH <%s> { <%s> a <https://schema.org/NewsArticle> } }""".formatted(ELSEWHERE, ELSEWHERE)
                    + " ;\n" + "INSERT DATA { GRAPH <https://w3id.org/newsgraph/id/graph/ledger> { <%s> "
                    .formatted(ELSEWHERE) + "<https://w3id.org/newsgraph/id/ledger#contentHash> \"h\" ; "
                    + "<https://w3id.org/newsgraph/id/ledger#tripleCount> \"1\" ; "
                    + "<https://w3id.org/newsgraph/id/ledger#source> \"/nowhere/on/this/machine.txt\" } }").build().execute();
            assertEquals(2, store.ledger().size());
        }
        try (Stream<Path> files = Files.list(shard)) {
            for (Path file : files.toList()) {
                Files.delete(file);
            }
        }
        BundledData.Run pruned = BundledData.run("build", "--quiet", "--prune", "--endpoint", data, shard.toString());
        assertEquals(0, pruned.exit(), pruned.err());
        assertTrue(pruned.err().contains("pruned: " + shard.toAbsolutePath()), pruned.err());
        assertTrue(!pruned.err().contains("/nowhere/"), pruned.err());
        try (RemoteKnowledgeStore store = open(data)) {
            assertEquals(List.of(ELSEWHERE), store.articleIris());
            assertEquals(List.of(ELSEWHERE), List.copyOf(store.ledger().keySet()));
        }
        assertEquals(Set.of(), entityGraph(sparql), "the pruned article's entities are gone from the entity graph");
    }

    private static Set<Triple> entityGraph(String sparql) {
        try (QueryExecution execution = QueryExecutionHTTP.service(sparql)
                .query("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <" + EntityGraph.IRI + "> { ?s ?p ?o } }").build()) {
            return Set.copyOf(execution.execConstruct().getGraph().find().toList());
        }
    }

    @Test
    void badEndpointsFailInOneLineNamingTheUrl() {
        BundledData.Run unreachable = BundledData.run("stats", "--sparql", "http://127.0.0.1:1/ds/sparql");
        assertEquals(1, unreachable.exit());
        assertEquals(1, unreachable.err().strip().lines().count(), unreachable.err());
        assertTrue(unreachable.err().contains("http://127.0.0.1:1/ds/sparql") && unreachable.err().contains("cannot connect"),
                unreachable.err());

        String missing = "http://127.0.0.1:" + fuseki.port() + "/no-such-dataset/sparql";
        BundledData.Run notFound = BundledData.run("query", "who-met-whom", "--sparql", missing);
        assertEquals(1, notFound.exit());
        assertEquals(1, notFound.err().strip().lines().count(), notFound.err());
        assertTrue(notFound.err().contains(missing) && notFound.err().contains("HTTP 404"), notFound.err());

        BundledData.Run build = BundledData.run("build", "--quiet", "--endpoint", "http://127.0.0.1:1/ds/data",
                BundledData.articles().toString());
        assertEquals(1, build.exit());
        assertEquals(1, build.err().strip().lines().count(), build.err());
        assertTrue(build.err().contains("http://127.0.0.1:1/ds/sparql") && build.err().contains("cannot connect"), build.err());

        BundledData.Run oldOption = BundledData.run("stats", "--endpoint", fuseki.dataset() + "/data");
        assertEquals(1, oldOption.exit());
        assertTrue(oldOption.err().contains("--sparql"), oldOption.err());
    }

    private static RemoteKnowledgeStore open(String data) {
        return RemoteKnowledgeStore.open(RemoteEndpoints.forBuild(URI.create(data), null, null),
                RemoteKnowledgeStore.DEFAULT_TIMEOUT);
    }

    private static String[] concat(String[] command, String... more) {
        return Stream.concat(Stream.of(command), Stream.of(more)).toArray(String[]::new);
    }
}
