package org.newsgraph.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.newsgraph.NewsgraphException;

/**
 * A {@link KnowledgeStore} behind a SPARQL 1.1 Graph Store Protocol endpoint (Fuseki, RDF4J Server,
 * GraphDB, Virtuoso, Neptune...). Each article is one HTTP PUT of its named graph
 * ({@code ?graph=ARTICLE_IRI}): PUT replaces, so re-ingesting an article never duplicates it, and the
 * server applies each PUT atomically.
 *
 * <p>The protocol has no query operation, so reads (the build summary, {@code stats},
 * {@code query}, {@code export}) fetch the whole dataset once with {@code GET URL} (N-Quads), which
 * Fuseki and RDF4J Server answer; for a large remote store, query its own SPARQL endpoint instead.
 */
public final class GspKnowledgeStore implements KnowledgeStore {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofMinutes(5);

    private final URI endpoint;
    private final HttpClient http;
    /** The remote dataset as last fetched; dropped on every write. */
    private DatasetGraph snapshot;

    private GspKnowledgeStore(URI endpoint, HttpClient http) {
        this.endpoint = endpoint;
        this.http = http;
    }

    /**
     * Connects to the endpoint and checks it answers, so a wrong URL fails before any article is read.
     *
     * @throws NewsgraphException for a URL that is not http(s), an unreachable server, or an HTTP error
     */
    public static GspKnowledgeStore open(URI endpoint) {
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) && !"https".equalsIgnoreCase(endpoint.getScheme())
                || endpoint.getHost() == null) {
            throw new NewsgraphException("--endpoint " + endpoint + ": not an http(s) URL of a Graph Store Protocol endpoint");
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();
        GspKnowledgeStore store = new GspKnowledgeStore(endpoint, http);
        // HEAD of the default graph: any answer but a refusal of access shows the endpoint is there.
        HttpResponse<byte[]> probe = store.send(HttpRequest.newBuilder(store.graphUri("default", null))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()));
        if (probe.statusCode() == 401 || probe.statusCode() == 403 || probe.statusCode() >= 500) {
            throw store.httpError("HEAD", store.graphUri("default", null), probe);
        }
        return store;
    }

    public URI endpoint() {
        return endpoint;
    }

    @Override
    public void replaceArticle(String articleIri, Graph graph) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        RDFDataMgr.write(body, graph, Lang.NTRIPLES);
        URI target = graphUri("graph", articleIri);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(target)
                .header("Content-Type", "application/n-triples")
                .PUT(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
        snapshot = null;
        if (response.statusCode() / 100 != 2) {
            throw httpError("PUT", target, response);
        }
    }

    /**
     * A remote store keeps no build ledger (its ledger is empty, so every build sends every article):
     * one PUT per article graph, each replacing that graph, so a rerun after a failure is idempotent.
     */
    @Override
    public void replaceArticles(List<ArticleWrite> writes) {
        writes.forEach(w -> replaceArticle(w.articleIri(), w.graph()));
    }

    @Override
    public boolean removeArticle(String articleIri) {
        URI target = graphUri("graph", articleIri);
        HttpResponse<byte[]> response = send(HttpRequest.newBuilder(target).DELETE());
        snapshot = null;
        if (response.statusCode() == 404) {
            return false;
        }
        if (response.statusCode() / 100 != 2) {
            throw httpError("DELETE", target, response);
        }
        return true;
    }

    @Override
    public List<String> articleIris() {
        List<String> iris = new ArrayList<>();
        snapshot().listGraphNodes().forEachRemaining(node -> iris.add(node.getURI()));
        iris.sort(null);
        return iris;
    }

    @Override
    public void read(Consumer<DatasetGraph> action) {
        action.accept(snapshot());
    }

    @Override
    public <T> T calculateRead(Function<DatasetGraph, T> action) {
        return action.apply(snapshot());
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> handler) {
        // The article graphs stay named graphs; the default graph is their union, as in the TDB2 store.
        DatasetGraph all = snapshot();
        DatasetGraph view = DatasetGraphFactory.create(all.getUnionGraph());
        all.listGraphNodes().forEachRemaining(name -> view.addGraph(name, all.getGraph(name)));
        Dataset dataset = DatasetFactory.wrap(view);
        try (QueryExecution execution = QueryExecution.dataset(dataset).query(query).build()) {
            return handler.apply(execution);
        }
    }

    @Override
    public long countQuads() {
        return Iter.count(snapshot().find(Node.ANY, Node.ANY, Node.ANY, Node.ANY));
    }

    @Override
    public void close() {
        snapshot = null;
    }

    private DatasetGraph snapshot() {
        if (snapshot == null) {
            HttpResponse<byte[]> response = send(HttpRequest.newBuilder(endpoint)
                    .header("Accept", "application/n-quads").GET());
            if (response.statusCode() / 100 != 2) {
                throw new NewsgraphException("GET " + endpoint + ": HTTP " + response.statusCode()
                        + firstLine(response) + " (reading needs an endpoint that serves its whole dataset on GET)");
            }
            DatasetGraph fetched = DatasetGraphFactory.createTxnMem();
            String contentType = response.headers().firstValue("Content-Type").orElse("application/n-quads");
            try {
                // The server may answer in another quad syntax than the one asked for (TriG, say).
                Lang lang = RDFLanguages.contentTypeToLang(contentType.replaceFirst(";.*", "").strip());
                RDFParser.source(new ByteArrayInputStream(response.body()))
                        .lang(lang != null ? lang : Lang.NQUADS).parse(fetched);
            } catch (RiotException e) {
                throw new NewsgraphException("GET " + endpoint + ": the answer (" + contentType + ") is not RDF quads: "
                        + e.getMessage(), e);
            }
            snapshot = fetched;
        }
        return snapshot;
    }

    private URI graphUri(String parameter, String graphIri) {
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        String query = graphIri == null ? parameter : parameter + "=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
        return URI.create(endpoint + separator + query);
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) {
        HttpRequest built = request.timeout(REQUEST_TIMEOUT).build();
        try {
            return http.send(built, HttpResponse.BodyHandlers.ofByteArray());
        } catch (ConnectException e) {
            throw new NewsgraphException(built.method() + " " + built.uri() + ": cannot connect to the Graph Store endpoint "
                    + "(is the server running, and is the URL right?)", e);
        } catch (HttpTimeoutException e) {
            throw new NewsgraphException(built.method() + " " + built.uri() + ": the Graph Store endpoint did not answer in time", e);
        } catch (IOException e) {
            throw new NewsgraphException(built.method() + " " + built.uri() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NewsgraphException(built.method() + " " + built.uri() + ": interrupted", e);
        }
    }

    private NewsgraphException httpError(String method, URI target, HttpResponse<byte[]> response) {
        return new NewsgraphException(method + " " + target + ": HTTP " + response.statusCode() + firstLine(response));
    }

    private static String firstLine(HttpResponse<byte[]> response) {
        String body = new String(response.body(), StandardCharsets.UTF_8).strip();
        String line = body.lines().findFirst().orElse("");
        return line.isEmpty() || line.startsWith("<") ? "" : " " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
