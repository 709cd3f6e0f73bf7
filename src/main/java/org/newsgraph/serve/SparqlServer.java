package org.newsgraph.serve;

import java.net.BindException;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.sparql.ARQConstants;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.TDB2;
import org.newsgraph.NewsgraphException;
import org.newsgraph.store.TdbKnowledgeStore;

/**
 * An embedded Fuseki over the store: SPARQL Query at {@code /sparql}, Graph Store Protocol at
 * {@code /data}, the explorer at {@code /}. The dataset sits at the server's root so the endpoints
 * have short, stable paths.
 */
public final class SparqlServer implements AutoCloseable {
    private final FusekiServer server;
    private final String url;

    private SparqlServer(FusekiServer server, String url) {
        this.server = server;
        this.url = url;
    }

    /** Starts serving the TDB2 store, which stays open (and locked) while the server runs. */
    public static SparqlServer start(TdbKnowledgeStore store, ServeSettings settings) {
        // TDB2 keeps one connection per directory in a JVM, so this is the very dataset the store
        // opened and locked, not a second copy.
        return start(DatabaseMgr.connectDatasetGraph(store.directory().toString()), settings);
    }

    /**
     * Starts serving {@code dataset} (article graphs as named graphs; queries see their union as the
     * default graph).
     *
     * @throws NewsgraphException when the port is taken or the server cannot start
     */
    public static SparqlServer start(DatasetGraph dataset, ServeSettings settings) {
        Context queryContext = queryContext(settings);
        DataService.Builder service = DataService.newBuilder(dataset)
                .addEndpoint(endpoint(Operation.Query, "sparql", queryContext))
                .addEndpoint(endpoint(settings.writable() ? Operation.GSP_RW : Operation.GSP_R, "data", queryContext));
        if (settings.writable()) {
            service.addEndpoint(endpoint(Operation.Update, "sparql", queryContext))
                    .addEndpoint(endpoint(Operation.Update, "update", queryContext));
        }
        FusekiServer server = FusekiServer.create()
                .port(settings.port())
                .loopback(settings.loopbackOnly())
                .enablePing(true)
                .add("/", service.build())
                // Guards first: they apply to every request, whatever page or endpoint it is for.
                .addFilter("/*", new RequestGuardFilter(settings.loopbackOnly(), settings.writable()))
                .addFilter("/*", new WholeAnswerFilter())
                .addFilter("/*", new ExplorerFilter())
                .addServlet("/queries/*", new QueryCatalogueServlet())
                .addServlet("/id/*", new LinkedDataServlet(dataset))
                .addServlet("/ontology", new OntologyServlet())
                .addServlet("/context.jsonld", new OntologyServlet())
                .addServlet("/cameo.json", new OntologyServlet())
                // CORS, so a notebook or a hosted query UI in a browser can reach the endpoint; it stays read-only.
                .enableCors(true)
                .build();
        try {
            server.start();
        } catch (RuntimeException e) {
            throw new NewsgraphException("cannot serve on port " + settings.port() + ": "
                    + (causedBy(e, BindException.class) ? "the port is in use; pick another with --port" : e.getMessage()), e);
        }
        String host = settings.loopbackOnly() ? "localhost" : settings.host();
        return new SparqlServer(server, "http://" + host + ":" + server.getHttpPort() + "/");
    }

    /**
     * The context every query runs with: the union of the article graphs as default graph, the
     * time limit, and no SERVICE calls (a public endpoint must not be a proxy to other servers).
     */
    private static Context queryContext(ServeSettings settings) {
        Context context = new Context();
        context.set(TDB2.symUnionDefaultGraph, true);
        context.set(ARQ.queryTimeout, Long.toString(settings.timeout().toMillis()));
        context.set(ARQ.httpServiceAllowed, false);
        // The timeout is checked between solutions; a REGEX match checks the clock itself.
        context.set(ARQConstants.sysOptimizerFactory, DeadlineRegex.optimizer(settings.timeout()));
        return context;
    }

    private static Endpoint endpoint(Operation operation, String name, Context context) {
        return Endpoint.create().operation(operation).endpointName(name).context(context).build();
    }

    private static boolean causedBy(Throwable e, Class<? extends Throwable> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    /** The explorer's address, ending in a slash; the SPARQL endpoint is {@code url() + "sparql"}. */
    public String url() {
        return url;
    }

    public int port() {
        return server.getHttpPort();
    }

    /** Blocks until the server stops (Ctrl-C). */
    public void join() {
        server.join();
    }

    @Override
    public void close() {
        server.stop();
    }
}
