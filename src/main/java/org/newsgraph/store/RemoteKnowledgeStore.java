package org.newsgraph.store;

import java.net.ConnectException;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.apache.jena.atlas.web.HttpException;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.GSP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.sparql.exec.http.UpdateExecutionHTTP;
import org.apache.jena.system.Txn;
import org.newsgraph.NewsgraphException;

/**
 * A {@link KnowledgeStore} on a remote SPARQL 1.1 server, through Jena's own HTTP clients: each article
 * graph is one Graph Store Protocol PUT (which replaces it, so re-ingesting never duplicates), the
 * ledger rows are SPARQL Update in {@link Ledger#REMOTE_GRAPH}, and every read is a SPARQL query run by
 * the server; only {@code export} and {@code validate}, which need every quad, fetch them all.
 *
 * <p>The bundled queries expect the default graph to be the union of the article graphs (as in the
 * TDB2 store and {@code serve}). Servers differ: Fuseki over TDB2 can be set up so, a plain
 * {@code fuseki --mem} keeps a separate, empty default graph. One ASK tells which: is a triple of some
 * named graph also in the default graph? If not, each query is sent with {@code FROM} and
 * {@code FROM NAMED} for every data graph (all named graphs but the ledger), the standard way to
 * name a query's dataset, which any SPARQL 1.1 server honours without knowing the other's setup.
 */
public final class RemoteKnowledgeStore implements KnowledgeStore {
    /** The default connect and answer timeout ({@code --endpoint-timeout}). */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    private static final String UNION_PROBE = "ASK { { SELECT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } "
            + "FILTER (?g != <" + Ledger.REMOTE_GRAPH + ">) } LIMIT 1 } ?s ?p ?o }";

    private final RemoteEndpoints endpoints;
    private final Duration timeout;
    private final HttpClient http;
    private Boolean defaultIsUnion;
    /** The named graphs as last listed; dropped on every write. */
    private List<String> graphs;

    private RemoteKnowledgeStore(RemoteEndpoints endpoints, Duration timeout) {
        this.endpoints = endpoints;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
    }

    /**
     * Connects and asks the SPARQL endpoint one question, so a wrong URL fails before any article is read.
     *
     * @throws NewsgraphException in one line naming the URL, for an unreachable server or an HTTP error
     */
    public static RemoteKnowledgeStore open(RemoteEndpoints endpoints, Duration timeout) {
        RemoteKnowledgeStore store = new RemoteKnowledgeStore(endpoints, timeout);
        store.defaultIsUnion = store.ask(UNION_PROBE);
        return store;
    }

    public RemoteEndpoints endpoints() {
        return endpoints;
    }

    /**
     * The old graph's share of the entity graph is taken away while it is still stored, the graph is
     * PUT, then one SPARQL Update request carries the ledger row and the new graph's share. A failure
     * between the requests leaves the entity graph behind the article graphs (rebuild it with
     * {@link EntityGraph#rebuild}) and the article without a ledger row, which the next build writes again.
     */
    @Override
    public void replaceArticle(String articleIri, Graph graph) {
        update(EntityGraph.beforeRemoving(articleIri));
        put(articleIri, graph);
        List<String> operations = new ArrayList<>(List.of(Ledger.remoteRemove(articleIri)));
        operations.addAll(EntityGraph.afterAdding(articleIri));
        update(operations);
    }

    /** As {@link #replaceArticle}, with one request before the PUTs and one after for the whole batch. */
    @Override
    public void replaceArticles(List<ArticleWrite> writes) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (ArticleWrite write : writes) {
            before.addAll(EntityGraph.beforeRemoving(write.articleIri()));
            after.addAll(Ledger.remotePut(write.entry()));
            after.addAll(EntityGraph.afterAdding(write.articleIri()));
        }
        update(before);
        for (ArticleWrite write : writes) {
            put(write.articleIri(), write.graph());
        }
        update(after);
    }

    @Override
    public Map<String, LedgerEntry> ledger() {
        Graph rows = remote("CONSTRUCT ledger", endpoints.sparql().toString(), () -> {
            try (QueryExecution execution = queryExecution(QueryFactory.create(
                    "CONSTRUCT { ?a ?p ?o } WHERE { GRAPH <" + Ledger.REMOTE_GRAPH + "> { ?a ?p ?o } }"))) {
                return execution.execConstruct().getGraph();
            }
        });
        return Ledger.fromTriples(rows.find());
    }

    @Override
    public boolean removeArticle(String articleIri) {
        boolean present = articleIris().contains(articleIri);
        List<String> operations = new ArrayList<>(EntityGraph.beforeRemoving(articleIri));
        operations.add("DROP SILENT GRAPH <" + articleIri + ">");
        operations.add(Ledger.remoteRemove(articleIri));
        operations.addAll(EntityGraph.refresh());
        update(operations);
        return present;
    }

    @Override
    public List<String> articleIris() {
        return dataGraphs().stream().filter(EntityGraph::isArticleGraph).toList();
    }

    /** Every quad of the article graphs, fetched into memory for a command that needs them all (export, validate). */
    @Override
    public void read(Consumer<DatasetGraph> action) {
        calculateRead(dsg -> {
            action.accept(dsg);
            return null;
        });
    }

    @Override
    public <T> T calculateRead(Function<DatasetGraph, T> action) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        // One transaction for the whole copy: outside one, every quad is a transaction of its own.
        Txn.executeWrite(copy, () -> select("SELECT ?g ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } " + notSystem("?g") + " }",
                row -> copy.add(row.get("g").asNode(), row.get("s").asNode(), row.get("p").asNode(), row.get("o").asNode())));
        return Txn.calculateRead(copy, () -> action.apply(copy));
    }

    @Override
    public <T> T query(Query query, Function<QueryExecution, T> handler) {
        Query sent = defaultIsUnion || query.hasDatasetDescription() ? query : overDataGraphs(query);
        return remote("query", endpoints.sparql().toString(), () -> {
            try (QueryExecution execution = queryExecution(sent)) {
                return handler.apply(execution);
            }
        });
    }

    @Override
    public long countQuads() {
        long[] count = {0};
        select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } " + notSystem("?g") + " }",
                row -> count[0] = row.getLiteral("n").getLong());
        return count[0];
    }

    /** One SPARQL Update request: applied whole or not at all by a server that runs a request in one transaction. */
    @Override
    public void rebuildEntityGraph() {
        update(EntityGraph.rebuild(articleIris()));
    }

    @Override
    public long entityGraphSize() {
        long[] count = {0};
        select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH <" + EntityGraph.IRI + "> { ?s ?p ?o } }",
                row -> count[0] = row.getLiteral("n").getLong());
        return count[0];
    }

    @Override
    public void close() {
        graphs = null;
    }

    /** The query with its dataset named: every data graph as default graph (their union) and as named graph. */
    private Query overDataGraphs(Query query) {
        Query copy = query.cloneQuery();
        for (String graph : dataGraphs()) {
            copy.addGraphURI(graph);
            copy.addNamedGraphURI(graph);
        }
        return copy;
    }

    /** The named graphs but the ledger, sorted. */
    private List<String> dataGraphs() {
        if (graphs == null) {
            List<String> names = new ArrayList<>();
            select("SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER (?g != <" + Ledger.REMOTE_GRAPH + ">) }",
                    row -> names.add(row.getResource("g").getURI()));
            names.sort(null);
            graphs = List.copyOf(names);
        }
        return graphs;
    }

    private static String notSystem(String variable) {
        return "FILTER (!STRSTARTS(STR(" + variable + "), \"" + EntityGraph.STORE_GRAPHS + "\"))";
    }

    private QueryExecution queryExecution(Query query) {
        return QueryExecutionHTTP.service(endpoints.sparql().toString()).query(query).httpClient(http)
                .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build();
    }

    private void select(String query, Consumer<QuerySolution> row) {
        remote("query", endpoints.sparql().toString(), () -> {
            try (QueryExecution execution = queryExecution(QueryFactory.create(query))) {
                ResultSet results = execution.execSelect();
                results.forEachRemaining(row);
            }
            return null;
        });
    }

    private boolean ask(String query) {
        return remote("query", endpoints.sparql().toString(), () -> {
            try (QueryExecution execution = queryExecution(QueryFactory.create(query))) {
                return execution.execAsk();
            }
        });
    }

    private void put(String articleIri, Graph graph) {
        String url = requireWritable().graphStore().toString();
        remote("PUT", url + "?graph=" + articleIri, () -> {
            GSP.service(url).httpClient(http).graphName(articleIri).PUT(graph);
            return null;
        });
        graphs = null;
    }

    private void update(List<String> operations) {
        if (operations.isEmpty()) {
            return;
        }
        String url = requireWritable().update().toString();
        remote("SPARQL Update", url, () -> {
            UpdateExecutionHTTP.service(url).httpClient(http).update(String.join(" ;\n", operations))
                    .timeout(timeout.toMillis(), TimeUnit.MILLISECONDS).build().execute();
            return null;
        });
        graphs = null;
    }

    private RemoteEndpoints requireWritable() {
        if (!endpoints.writable()) {
            throw new NewsgraphException(endpoints.sparql() + ": this store is only read through SPARQL; "
                    + "build into it with --endpoint GRAPH_STORE_URL");
        }
        return endpoints;
    }

    /** Runs one exchange with the server, turning what Jena throws into one line that names the URL. */
    private <T> T remote(String what, String url, Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (NewsgraphException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new NewsgraphException(what + " " + url + ": " + reason(e), e);
        }
    }

    private String reason(RuntimeException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "cannot connect to the server (is it running, and is the URL right?)";
            }
            if (t instanceof HttpTimeoutException) {
                return "the server did not answer within " + timeout.toMillis() / 1000.0 + " s (--endpoint-timeout)";
            }
        }
        int status = e instanceof HttpException h ? h.getStatusCode()
                : e instanceof QueryExceptionHTTP q ? q.getStatusCode() : -1;
        String response = e instanceof HttpException h ? h.getResponse()
                : e instanceof QueryExceptionHTTP q ? q.getResponse() : null;
        String detail = firstLine(response != null && !response.isBlank() ? response : e.getMessage());
        // Jetty's error page repeats the status ("HTTP ERROR 404 Not Found"); say it once.
        return status > 0 ? "HTTP " + status + (detail.isEmpty() || detail.contains(Integer.toString(status)) ? "" : " " + detail)
                : detail;
    }

    private static String firstLine(String text) {
        String line = text == null ? "" : text.strip().lines().findFirst().orElse("").strip();
        return line.startsWith("<") ? "" : line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
