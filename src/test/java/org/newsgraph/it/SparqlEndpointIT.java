package org.newsgraph.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.io.TempDir;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsgraph.serve.ServeSettings;
import org.newsgraph.serve.SparqlServer;
import org.newsgraph.store.TdbKnowledgeStore;

/** The SPARQL endpoint of {@code serve} over the bundled data, spoken to over HTTP as any client would. */
class SparqlEndpointIT {
    private static final String PUTIN = "https://w3id.org/newsgraph/id/entity/Q7747";
    private static final String NAME_OF_PUTIN = "SELECT ?name WHERE { <" + PUTIN + "> <https://schema.org/name> ?name }";

    private static TdbKnowledgeStore store;
    private static SparqlServer server;

    @BeforeAll
    static void serve() {
        store = TdbKnowledgeStore.open(BundledData.store());
        server = SparqlServer.start(store, ServeSettings.readOnlyOnLoopback(0, Duration.ofSeconds(10)));
    }

    @AfterAll
    static void stop() {
        server.close();
        store.close();
    }

    @Test
    void getWithJsonResultsSeesTheUnionOfTheArticleGraphs() throws Exception {
        HttpResponse<String> response = get("sparql?query=" + encode(NAME_OF_PUTIN), "application/sparql-results+json");
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/sparql-results+json"));
        assertTrue(response.body().contains("\"Vladimir Putin\""), response.body());
    }

    @Test
    void postedFormGivesCsvAndXmlAndTsv() throws Exception {
        HttpResponse<String> csv = post("sparql", "application/x-www-form-urlencoded", "query=" + encode(NAME_OF_PUTIN), "text/csv");
        assertEquals(200, csv.statusCode(), csv.body());
        assertEquals("name\r\nVladimir Putin\r\n", csv.body());
        HttpResponse<String> xml = post("sparql", "application/sparql-query", NAME_OF_PUTIN, "application/sparql-results+xml");
        assertEquals(200, xml.statusCode(), xml.body());
        assertTrue(xml.body().contains("<literal>Vladimir Putin</literal>"), xml.body());
        HttpResponse<String> tsv = post("sparql", "application/sparql-query", NAME_OF_PUTIN, "text/tab-separated-values");
        assertTrue(tsv.body().contains("\"Vladimir Putin\""), tsv.body());
    }

    @Test
    void mintedIrisResolveWithContentNegotiation() throws Exception {
        HttpResponse<String> turtle = get("id/entity/Q7747", "text/turtle");
        assertEquals(200, turtle.statusCode(), turtle.body());
        Graph described = RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph();
        assertTrue(described.contains(NodeFactory.createURI(PUTIN), NodeFactory.createURI("https://schema.org/name"),
                NodeFactory.createLiteralString("Vladimir Putin")), turtle.body());
        assertTrue(turtle.body().contains("nge:Q7747"), "abbreviated with nge:\n" + turtle.body());

        HttpResponse<String> jsonld = get("id/entity/Q7747", "application/ld+json");
        assertEquals(200, jsonld.statusCode(), jsonld.body());
        assertTrue(jsonld.body().strip().startsWith("{\n") && jsonld.body().indexOf("\"@context\"") < 20, jsonld.body());
        assertTrue(RDFParser.fromString(jsonld.body(), Lang.JSONLD).toGraph().isIsomorphicWith(described));

        HttpResponse<String> browser = get("id/entity/Q7747", "text/html,application/xhtml+xml,*/*;q=0.8");
        assertEquals(303, browser.statusCode());
        assertEquals("/#/entity/" + encode(PUTIN), browser.headers().firstValue("Location").orElse(""));

        assertEquals(404, get("id/entity/Q0", "text/turtle").statusCode());
    }

    @Test
    void ontologyIsAPageForBrowsersTurtleOtherwiseAndTheContextIsServed() throws Exception {
        HttpResponse<String> page = get("ontology", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"Negotiation\"") && page.body().contains("046"), page.body());
        HttpResponse<String> turtle = get("ontology", "text/turtle");
        assertTrue(RDFParser.fromString(turtle.body(), Lang.TURTLE).toGraph().size() > 100);
        HttpResponse<String> context = get("context.jsonld", "application/ld+json");
        assertEquals(200, context.statusCode());
        assertTrue(context.body().contains("\"hasActor\""), context.body());
    }

    @Test
    void constructAnswersTurtleAndJsonLd() throws Exception {
        String construct = "CONSTRUCT { <" + PUTIN + "> ?p ?o } WHERE { <" + PUTIN + "> ?p ?o }";
        for (Lang lang : new Lang[] {Lang.TURTLE, Lang.JSONLD}) {
            HttpResponse<String> response = post("sparql", "application/sparql-query", construct,
                    lang.getHeaderString());
            assertEquals(200, response.statusCode(), response.body());
            Graph graph = GraphFactory.createDefaultGraph();
            RDFParser.create().source(new StringReader(response.body())).lang(lang).parse(graph);
            assertTrue(graph.size() >= 3, lang + ": " + response.body());
        }
    }

    @Test
    void graphStoreProtocolReadsOneArticleGraph() throws Exception {
        String article = store.articleIris().get(0);
        HttpResponse<String> response = get("data?graph=" + encode(article), "text/turtle");
        assertEquals(200, response.statusCode(), response.body());
        Graph graph = GraphFactory.createDefaultGraph();
        RDFParser.create().source(new StringReader(response.body())).lang(Lang.TURTLE).parse(graph);
        assertTrue(graph.size() > 100, "article graph has only " + graph.size() + " triples");
    }

    @Test
    void updatesAndGraphStoreWritesAreRefused() throws Exception {
        long before = store.countQuads();
        String insert = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
        assertRefused(post("sparql", "application/sparql-update", insert, "*/*"));
        assertRefused(post("sparql", "application/x-www-form-urlencoded", "update=" + encode(insert), "*/*"));
        assertRefused(post("update", "application/sparql-update", insert, "*/*"));
        assertRefused(send(HttpRequest.newBuilder(uri("data?graph=" + encode("urn:x:g")))
                .header("Content-Type", "text/turtle")
                .PUT(HttpRequest.BodyPublishers.ofString("<urn:x:s> <urn:x:p> <urn:x:o> ."))));
        assertRefused(send(HttpRequest.newBuilder(uri("data?graph=" + encode(store.articleIris().get(0)))).DELETE()));
        assertEquals(before, store.countQuads());
    }

    @Test
    void badQueryIs400WithTheParserMessage() throws Exception {
        HttpResponse<String> response = get("sparql?query=" + encode("SELEKT ?x WHERE { ?x ?y ?z }"), "*/*");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("Parse error") && response.body().contains("line 1"), response.body());
    }

    @Test
    void serviceFederationIsOff() throws Exception {
        HttpResponse<String> response = get("sparql?query="
                + encode("SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }"), "*/*");
        assertNotEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("SERVICE"), response.body());
    }

    @Test
    void slowQueryIsCancelledAtTheTimeout() throws Exception {
        try (SparqlServer impatient = SparqlServer.start(store, ServeSettings.readOnlyOnLoopback(0, Duration.ofMillis(500)))) {
            // Three-way cross product of about 1,200 triples: some 10^9 rows to count, minutes of work.
            String slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }";
            long start = System.nanoTime();
            HttpResponse<String> response = send(HttpRequest.newBuilder(
                    URI.create(impatient.url() + "sparql?query=" + encode(slow))).timeout(Duration.ofSeconds(60)));
            long millis = (System.nanoTime() - start) / 1_000_000;
            assertEquals(503, response.statusCode(), response.body());
            assertTrue(response.body().toLowerCase().contains("timed out"),
                    response.body());
            assertTrue(millis < 20_000, "took " + millis + " ms");
        }
    }

    @Test
    void explorerPagesLibraryAndQueryCatalogueAreServed() throws Exception {
        HttpResponse<String> page = get("", "text/html");
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("newsgraph explorer"), page.body());
        assertEquals(200, get("explorer/explorer.js", "*/*").statusCode());
        HttpResponse<String> library = get("webjars/cytoscape/dist/cytoscape.min.js", "*/*");
        assertEquals(200, library.statusCode());
        assertTrue(library.body().length() > 100_000);
        HttpResponse<String> list = get("queries", "application/json");
        assertEquals(200, list.statusCode());
        assertTrue(list.body().contains("\"name\":\"who-met-whom\""), list.body());
        HttpResponse<String> bound = get("queries/quotes-by-person?person=Trump", "*/*");
        assertEquals(200, bound.statusCode(), bound.body());
        assertTrue(bound.body().contains("\"Trump\""), bound.body());
        HttpResponse<String> unknown = get("queries/no-such-query", "*/*");
        assertEquals(400, unknown.statusCode());
        assertFalse(unknown.body().isBlank());
    }

    @Test
    void writableServerTakesUpdates() throws Exception {
        DatasetGraph scratch = DatasetGraphFactory.createTxnMem();
        try (SparqlServer writable = SparqlServer.start(scratch,
                new ServeSettings("127.0.0.1", 0, true, Duration.ofSeconds(10)))) {
            HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(writable.url() + "sparql"))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> 1 } }")));
            assertEquals(2, update.statusCode() / 100, update.body());
            assertEquals(1L, Txn.calculateRead(scratch, () -> (long) scratch.getGraph(NodeFactory.createURI("urn:x:g")).size()));
        }
    }

    /** A query UI or notebook served from another origin may ask; writing stays off on a read-only server. */
    @Test
    void sparqlAnswersCrossOriginRequests() throws Exception {
        String origin = "https://notebook.example.org";
        HttpResponse<String> preflight = send(HttpRequest.newBuilder(URI.create(server.url() + "sparql"))
                .header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
        assertEquals(200, preflight.statusCode());
        assertEquals(origin, preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        HttpResponse<String> query = send(HttpRequest.newBuilder(URI.create(server.url() + "sparql?query=" + encode(NAME_OF_PUTIN)))
                .header("Origin", origin).header("Accept", "application/sparql-results+json"));
        assertEquals(origin, query.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
        assertTrue(query.body().contains("Vladimir Putin"));
        HttpResponse<String> update = send(HttpRequest.newBuilder(URI.create(server.url() + "sparql"))
                .header("Origin", origin).header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:x:s> <urn:x:p> 1 }")));
        assertEquals(4, update.statusCode() / 100, "an update through CORS on a read-only server: " + update.statusCode());
    }

    @Test
    void cameoNamesAreServedForTheExplorer() throws Exception {
        HttpResponse<String> names = get("cameo.json", "application/json");
        assertEquals(200, names.statusCode());
        assertTrue(names.body().contains("\"041\":\"phone call\""), names.body());
    }

    @Test
    void serveCommandRefusesBadOptionsAndABusyPortInOneLine(@TempDir Path dir) {
        String emptyStore = dir.toString();
        BundledData.Run host = BundledData.run("serve", "--store", emptyStore, "--host", "10.1.2.3");
        assertEquals(1, host.exit());
        assertTrue(host.err().contains("--host 10.1.2.3"), host.err());
        BundledData.Run timeout = BundledData.run("serve", "--store", emptyStore, "--timeout", "soon");
        assertEquals(1, timeout.exit());
        assertTrue(timeout.err().contains("--timeout soon"), timeout.err());
        BundledData.Run missing = BundledData.run("serve", "--store", dir.resolve("nothing-here").toString());
        assertEquals(1, missing.exit());
        assertTrue(missing.err().contains("no store here"), missing.err());
        BundledData.Run busy = BundledData.run("serve", "--store", emptyStore, "--port", Integer.toString(server.port()));
        assertEquals(1, busy.exit());
        assertTrue(busy.err().contains("port is in use"), busy.err());
        assertEquals(1, busy.err().strip().lines().count(), busy.err());
    }

    private static void assertRefused(HttpResponse<String> response) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, "expected a 4xx refusal, got " + status + ": " + response.body());
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", accept).GET());
    }

    private static HttpResponse<String> post(String path, String contentType, String body, String accept)
            throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(uri(path)).header("Content-Type", contentType).header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A new client (and so a new connection) per request: the server may close a connection after
     * an error response, and a pooled connection reused after that fails with "no bytes" at random.
     */
    private static HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static URI uri(String path) {
        return URI.create(server.url() + path);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
