package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * The server against hostile clients (issue 12, items 4, 5, 6, 13, 15, 16): oversized requests,
 * a catastrophic regex (in REGEX and REPLACE), a cross-site form that wipes the store, DNS rebinding, bad parameters, and a
 * timeout in the middle of the results. A small store of invented triples, served read-only and
 * writable, with a 1 s query time limit.
 */
class ServerHardeningIT {
    private static final String GRAPH = "https://example.org/graph/harbour";
    private static final String COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }";

    @TempDir
    static Path dir;

    private static TdbKnowledgeStore readOnlyStore;
    private static TdbKnowledgeStore writableStore;
    private static SparqlServer readOnly;
    private static SparqlServer writable;

    @BeforeAll
    static void serve() {
        readOnlyStore = TdbKnowledgeStore.open(dir.resolve("read-only"));
        writableStore = TdbKnowledgeStore.open(dir.resolve("writable"));
        readOnlyStore.replaceArticle(GRAPH, invented(60));
        writableStore.replaceArticle(GRAPH, invented(60));
        readOnly = SparqlServer.start(readOnlyStore, new ServeSettings("127.0.0.1", 0, false, Duration.ofSeconds(1)));
        writable = SparqlServer.start(writableStore, new ServeSettings("127.0.0.1", 0, true, Duration.ofSeconds(1)));
    }

    @AfterAll
    static void stop() {
        readOnly.close();
        writable.close();
        readOnlyStore.close();
        writableStore.close();
    }

    /** Invented harbour timetable triples, {@code n} of them. */
    private static Graph invented(int n) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (int i = 0; i < n; i++) {
            graph.add(Triple.create(NodeFactory.createURI("https://example.org/ferry/" + i),
                    NodeFactory.createURI("https://example.org/leaves"), NodeFactory.createLiteralString("at " + i + " o'clock")));
        }
        return graph;
    }

    @Test
    void aQueryLargerThanTheLimitIsRefusedBeforeItIsParsed() throws Exception {
        String big = "SELECT * WHERE { ?s ?p ?o } # " + "x".repeat(300_000);

        HttpResponse<String> withLength = send(readOnly, HttpRequest.newBuilder(uri(readOnly, "sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofString(big)));
        HttpResponse<String> chunked = send(readOnly, HttpRequest.newBuilder(uri(readOnly, "sparql"))
                .header("Content-Type", "application/sparql-query").POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8)))));

        assertEquals(413, withLength.statusCode(), withLength.body());
        assertEquals(413, chunked.statusCode(), chunked.body());
    }

    @Test
    void aCatastrophicRegexIsStoppedByTheTimeout() throws Exception {
        String query = "SELECT * WHERE { BIND(\"" + "a".repeat(60) + "\" AS ?x) FILTER REGEX(?x, \"(.*a){12}b\") }";
        long start = System.nanoTime();

        HttpResponse<String> response = send(readOnly, HttpRequest.newBuilder(uri(readOnly, "sparql?query=" + encode(query)))
                .timeout(Duration.ofSeconds(60)).GET());

        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(503, response.statusCode(), response.body());
        assertTrue(seconds < 30, "took " + seconds + " s");
    }

    @Test
    void aCatastrophicReplaceIsStoppedTooAndAnOrdinaryOneStillWorks() throws Exception {
        String slow = "SELECT * WHERE { BIND(REPLACE(\"" + "a".repeat(60) + "\", \"(.*a){12}b\", \"x\") AS ?x) }";
        String ordinary = "SELECT ?x WHERE { BIND(REPLACE(\"ferry boat\"@en, \"b(o)at\", \"c$1t\") AS ?x) }";

        HttpResponse<String> stopped = send(readOnly, HttpRequest.newBuilder(uri(readOnly, "sparql?query=" + encode(slow)))
                .timeout(Duration.ofSeconds(60)).GET());
        HttpResponse<String> answered = send(readOnly, HttpRequest.newBuilder(uri(readOnly, "sparql?query=" + encode(ordinary)))
                .header("Accept", "text/csv").GET());

        assertEquals(503, stopped.statusCode(), stopped.body());
        assertEquals("x\r\nferry cot\r\n", answered.body());
    }

    @Test
    void aTimeoutDuringTheResultsIsAnErrorNotTruncatedJson() throws Exception {
        // 60 triples four times over: 13 M rows, which start at once and go on far past 1 s. Each costs a
        // hash and is written as an empty binding ({ }), so however fast the machine, less than the
        // 16 MiB the server holds back is written before the time limit.
        String query = "SELECT ?unbound WHERE { GRAPH ?g { ?s ?p ?o . ?s2 ?p2 ?o2 . ?s3 ?p3 ?o3 . ?s4 ?p4 ?o4 } "
                + "BIND(SHA512(CONCAT(?o, ?o2, ?o3, ?o4)) AS ?hash) }";

        HttpResponse<String> response = send(readOnly, HttpRequest.newBuilder(uri(readOnly, "sparql?query=" + encode(query)))
                .header("Accept", "application/sparql-results+json").timeout(Duration.ofSeconds(60)).GET());

        assertEquals(503, response.statusCode(), response.body().substring(0, Math.min(300, response.body().length())));
        assertFalse(response.body().contains("\"bindings\""), "no partial results");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
    }

    @Test
    void aCrossSiteFormCannotWriteNorCanAnotherOrigin() throws Exception {
        HttpResponse<String> form = send(writable, HttpRequest.newBuilder(uri(writable, "sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Origin", "https://evil.example")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode("DROP ALL"))));
        HttpResponse<String> sameSiteForm = send(writable, HttpRequest.newBuilder(uri(writable, "update"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + encode("DROP ALL"))));
        HttpResponse<String> otherOrigin = send(writable, HttpRequest.newBuilder(uri(writable, "update"))
                .header("Content-Type", "application/sparql-update").header("Origin", "http://localhost:1")
                .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")));
        HttpResponse<String> multipart = send(writable, HttpRequest.newBuilder(uri(writable, "data?graph=" + encode(GRAPH)))
                .header("Content-Type", "multipart/form-data; boundary=x")
                .POST(HttpRequest.BodyPublishers.ofString("--x\r\nContent-Type: text/turtle\r\n\r\n<a:b> <a:c> <a:d> .\r\n--x--\r\n")));

        assertEquals(403, form.statusCode(), form.body());
        assertEquals(403, sameSiteForm.statusCode(), sameSiteForm.body());
        assertEquals(403, otherOrigin.statusCode(), otherOrigin.body());
        assertEquals(403, multipart.statusCode(), multipart.body());
        assertTrue(count(writable).contains("60"), "the store is intact");

        // A program (no Origin) sending SPARQL Update as such still writes.
        HttpResponse<String> update = send(writable, HttpRequest.newBuilder(uri(writable, "update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <" + GRAPH + "> { <https://example.org/ferry/x> "
                        + "<https://example.org/leaves> \"never\" } }")));
        assertEquals(204, update.statusCode(), update.body());
        assertTrue(count(writable).contains("61"), count(writable));
    }

    @Test
    void onlyLoopbackNamesAreServedSoDnsRebindingFails() throws IOException {
        assertTrue(rawGet(readOnly, "evil.example").startsWith("HTTP/1.1 403"));
        assertTrue(rawGet(readOnly, "evil.example:" + readOnly.port()).startsWith("HTTP/1.1 403"));
        assertTrue(rawGet(readOnly, "localhost:" + readOnly.port()).startsWith("HTTP/1.1 200"));
        assertTrue(rawGet(readOnly, "127.0.0.1:" + readOnly.port()).startsWith("HTTP/1.1 200"));
    }

    @Test
    void everyPageCarriesSecurityHeaders() throws Exception {
        for (String path : new String[] {"", "explorer/explorer.js", "sparql?query=" + encode(COUNT), "queries"}) {
            HttpResponse<String> response = send(readOnly, HttpRequest.newBuilder(uri(readOnly, path)).GET());
            assertEquals(200, response.statusCode(), path);
            assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""), path);
            String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
        }
    }

    @Test
    void aBadIriParameterIsABadRequest() throws Exception {
        HttpResponse<String> graph = send(readOnly, HttpRequest.newBuilder(uri(readOnly, "data?graph=" + encode("http://a>b"))).GET());
        HttpResponse<String> query = send(readOnly, HttpRequest.newBuilder(
                uri(readOnly, "queries/articles-mentioning?entity=" + encode("http://a>b"))).GET());

        assertEquals(400, graph.statusCode(), graph.body());
        assertEquals(400, query.statusCode(), query.body());
    }

    private static String count(SparqlServer server) throws Exception {
        return send(server, HttpRequest.newBuilder(uri(server, "sparql?query=" + encode(COUNT))).header("Accept", "text/csv").GET())
                .body();
    }

    /** A GET with a Host header of our choosing (Java's HTTP client will not send another). */
    private static String rawGet(SparqlServer server, String host) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET /sparql?query=" + encode(COUNT) + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static HttpResponse<String> send(SparqlServer server, HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(SparqlServer server, String path) {
        return URI.create(server.url() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
