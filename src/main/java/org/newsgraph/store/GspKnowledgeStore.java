package org.newsgraph.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.HttpURLConnection;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URLEncoder;
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
import org.apache.jena.system.Txn;
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
    /** The default connect and read timeout ({@code --endpoint-timeout}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    /**
     * The most a whole-dataset GET may send. The answer is parsed into memory (several times its size
     * as nodes), so an endless or huge answer must stop here, not when the heap runs out: an endless
     * answer exhausted a 3 GiB heap in about 10 seconds, and the process then ignored SIGTERM.
     */
    public static final long MAX_DATASET_BYTES = 256L * 1024 * 1024;
    /** An error answer is read for its first line only. */
    private static final int MAX_ERROR_BYTES = 64 * 1024;

    private final URI endpoint;
    private final Duration timeout;
    private final long maxDatasetBytes;
    /** The remote dataset as last fetched; dropped on every write. */
    private DatasetGraph snapshot;

    private GspKnowledgeStore(URI endpoint, Duration timeout, long maxDatasetBytes) {
        this.endpoint = endpoint;
        this.timeout = timeout;
        this.maxDatasetBytes = maxDatasetBytes;
    }

    /** One HTTP exchange: the status and at most {@link #MAX_ERROR_BYTES} of the answer. */
    private record Answer(int statusCode, byte[] body) {
    }

    /**
     * Connects to the endpoint and checks it answers, so a wrong URL fails before any article is read.
     *
     * @throws NewsgraphException for a URL that is not http(s), an unreachable server, or an HTTP error
     */
    public static GspKnowledgeStore open(URI endpoint) {
        return open(endpoint, DEFAULT_TIMEOUT, MAX_DATASET_BYTES);
    }

    /**
     * As {@link #open(URI)}, with a connect and read timeout: a server that accepts the connection and
     * then says nothing fails after {@code timeout} (it took a fixed 5 minutes), and one that keeps
     * sending fails after {@code maxDatasetBytes}.
     */
    public static GspKnowledgeStore open(URI endpoint, Duration timeout, long maxDatasetBytes) {
        if (!"http".equalsIgnoreCase(endpoint.getScheme()) && !"https".equalsIgnoreCase(endpoint.getScheme())
                || endpoint.getHost() == null) {
            throw new NewsgraphException("--endpoint " + endpoint + ": not an http(s) URL of a Graph Store Protocol endpoint");
        }
        GspKnowledgeStore store = new GspKnowledgeStore(endpoint, timeout, maxDatasetBytes);
        // HEAD of the default graph: any answer but a refusal of access shows the endpoint is there.
        Answer probe = store.send("HEAD", store.graphUri("default", null), null, null);
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
        Answer response = send("PUT", target, "application/n-triples", body.toByteArray());
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
        Answer response = send("DELETE", target, null, null);
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
            HttpURLConnection connection = connect("GET", endpoint);
            connection.setRequestProperty("Accept", "application/n-quads");
            try {
                int status = connection.getResponseCode();
                if (status / 100 != 2) {
                    throw new NewsgraphException("GET " + endpoint + ": HTTP " + status
                            + firstLine(errorBody(connection)) + " (reading needs an endpoint that serves its whole dataset on GET)");
                }
                DatasetGraph fetched = DatasetGraphFactory.createTxnMem();
                String contentType = connection.getContentType() == null ? "application/n-quads" : connection.getContentType();
                // The server may answer in another quad syntax than the one asked for (TriG, say).
                Lang lang = RDFLanguages.contentTypeToLang(contentType.replaceFirst(";.*", "").strip());
                CappedInputStream in = new CappedInputStream(connection.getInputStream(), maxDatasetBytes);
                try {
                    // Parsed as it arrives: the answer is never held as one byte array.
                    // One transaction for the whole parse: outside one, every quad is a transaction of its own.
                    Txn.executeWrite(fetched, () -> RDFParser.source(in).lang(lang != null ? lang : Lang.NQUADS).parse(fetched));
                    in.close();
                } catch (RuntimeException e) {
                    // The parser wraps what the stream throws, and not always with its cause.
                    if (in.exceeded()) {
                        throw tooLarge();
                    }
                    if (causedBy(e, SocketTimeoutException.class)) {
                        throw failed("GET", endpoint, new SocketTimeoutException("read timed out"));
                    }
                    if (e instanceof RiotException) {
                        throw new NewsgraphException("GET " + endpoint + ": the answer (" + contentType + ") is not RDF quads: "
                                + e.getMessage(), e);
                    }
                    throw e;
                }
                snapshot = fetched;
            } catch (IOException e) {
                throw failed("GET", endpoint, e);
            } finally {
                connection.disconnect();
            }
        }
        return snapshot;
    }

    private NewsgraphException tooLarge() {
        return new NewsgraphException("GET " + endpoint + ": the answer is larger than " + maxDatasetBytes / (1024 * 1024)
                + " MiB, too large to read whole; query the server's own SPARQL endpoint instead");
    }

    private URI graphUri(String parameter, String graphIri) {
        String separator = endpoint.getRawQuery() == null ? "?" : "&";
        String query = graphIri == null ? parameter : parameter + "=" + URLEncoder.encode(graphIri, StandardCharsets.UTF_8);
        return URI.create(endpoint + separator + query);
    }

    private HttpURLConnection connect(String method, URI target) {
        try {
            HttpURLConnection connection = (HttpURLConnection) target.toURL().openConnection();
            connection.setRequestMethod(method);
            // Per socket operation: a server that stops sending for this long fails the request.
            connection.setConnectTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            connection.setReadTimeout((int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
            return connection;
        } catch (IOException e) {
            throw failed(method, target, e);
        }
    }

    private Answer send(String method, URI target, String contentType, byte[] body) {
        HttpURLConnection connection = connect(method, target);
        try {
            if (body != null) {
                connection.setDoOutput(true);
                connection.setRequestProperty("Content-Type", contentType);
                connection.setFixedLengthStreamingMode(body.length);
                try (OutputStream out = connection.getOutputStream()) {
                    out.write(body);
                }
            }
            int status = connection.getResponseCode();
            byte[] answer;
            try (InputStream in = status >= 400 ? connection.getErrorStream() : connection.getInputStream()) {
                answer = in == null ? new byte[0] : in.readNBytes(MAX_ERROR_BYTES);
            }
            return new Answer(status, answer);
        } catch (IOException e) {
            throw failed(method, target, e);
        } finally {
            connection.disconnect();
        }
    }

    private NewsgraphException failed(String method, URI target, IOException e) {
        if (e instanceof ConnectException) {
            return new NewsgraphException(method + " " + target + ": cannot connect to the Graph Store endpoint "
                    + "(is the server running, and is the URL right?)", e);
        }
        if (e instanceof SocketTimeoutException) {
            return new NewsgraphException(method + " " + target + ": the Graph Store endpoint did not answer within "
                    + timeout.toMillis() / 1000.0 + " s (--endpoint-timeout)", e);
        }
        return new NewsgraphException(method + " " + target + ": " + e, e);
    }

    private static byte[] errorBody(HttpURLConnection connection) {
        try (InputStream in = connection.getErrorStream()) {
            return in == null ? new byte[0] : in.readNBytes(MAX_ERROR_BYTES);
        } catch (IOException e) {
            return new byte[0];
        }
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private NewsgraphException httpError(String method, URI target, Answer response) {
        return new NewsgraphException(method + " " + target + ": HTTP " + response.statusCode() + firstLine(response.body()));
    }

    private static String firstLine(byte[] answer) {
        String body = new String(answer, StandardCharsets.UTF_8).strip();
        String line = body.lines().findFirst().orElse("");
        return line.isEmpty() || line.startsWith("<") ? "" : " " + (line.length() > 200 ? line.substring(0, 200) + "…" : line);
    }
}
